// The home page of each role.
import type { Texts } from "../texts";
import type { home as fi } from "../fi/home";

export const home: Texts<typeof fi> = {
  "home.title": "Home",
  "home.greeting": "Hello, {name}",
  "home.yourUnits": "Your units",
  "home.newActivities": "Newest association activities in your area",
  "home.nothingNew": "No new activities.",
  "home.staleProfiles": "Out-of-date association profiles: {count}",
  "home.allProfilesCurrent": "Every association profile has been reviewed in the last six months.",
  "home.lastReviewed": "Last reviewed {date}",
  "home.associationCount": "Associations in your area: {count}",
  "home.pendingInvitations": "Invitations not yet accepted: {count}",
  "home.yourAssociations": "Your associations",
  "home.activityCount": "Activities: {count}",
  "home.profileStale": "Profile older than six months",
  "home.mailProblems":
    "E-mail delivery has problems: {failing, plural, one {# message is} other {# messages are}} failing or stuck, {old, plural, one {# has} other {# have}} waited more than a day.",
  "home.adminCounts":
    "{counties, plural, one {# county} other {# counties}}, {associations, plural, one {# association} other {# associations}}, {users, plural, one {# user} other {# users}}.",
  "home.referralsWaiting": "Referrals waiting for you: {count}",
  "home.forYourUnit": "For your unit",
  "home.contactWaiting": "Contact requests waiting for an answer: {count}",
  "home.contactOverdue": "Past the response target: {count}",
  "home.concernsPending": "Concern notices to handle: {count}",
  "home.findActivity": "Find an activity and refer a client",
  "home.openReferrals": "Open the referrals",
  "home.newReferrals": "New referrals: {count}",
};
