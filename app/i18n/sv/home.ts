// The home page of each role.
import type { Texts } from "../texts";
import type { home as fi } from "../fi/home";

export const home: Texts<typeof fi> = {
  "home.title": "Startsida",
  "home.greeting": "Hej, {name}",
  "home.yourUnits": "Dina enheter",
  "home.newActivities": "Föreningarnas nyaste aktiviteter i ditt område",
  "home.nothingNew": "Inga nya aktiviteter.",
  "home.staleProfiles": "Föråldrade föreningsprofiler: {count}",
  "home.allProfilesCurrent": "Alla föreningsprofiler har granskats under det senaste halvåret.",
  "home.lastReviewed": "Senast granskad {date}",
  "home.associationCount": "Föreningar i ditt område: {count}",
  "home.pendingInvitations": "Obesvarade inbjudningar: {count}",
  "home.yourAssociations": "Dina föreningar",
  "home.activityCount": "Aktiviteter: {count}",
  "home.profileStale": "Profilen är över sex månader gammal",
  "home.mailProblems":
    "Det finns problem med att skicka e-post: {failing, plural, one {# meddelande} other {# meddelanden}} går inte iväg eller har fastnat, {old, plural, one {# meddelande} other {# meddelanden}} har väntat i över ett dygn.",
  "home.adminCounts":
    "{counties, plural, one {# välfärdsområde} other {# välfärdsområden}}, {associations, plural, one {# förening} other {# föreningar}}, {users, plural, one {# användare} other {# användare}}.",
  "home.referralsWaiting": "Hänvisningar som väntar på dig: {count}",
  "home.forYourUnit": "Din enhets ärenden",
  "home.contactWaiting": "Kontaktbegäranden som väntar på svar: {count}",
  "home.contactOverdue": "Svarstiden har överskridits: {count}",
  "home.concernsPending": "Orosanmälningar att behandla: {count}",
  "home.findActivity": "Sök en aktivitet och hänvisa en klient",
  "home.openReferrals": "Öppna hänvisningarna",
  "home.newReferrals": "Nya hänvisningar: {count}",
};
