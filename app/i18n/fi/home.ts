// The home page of each role.
export const home = {
  "home.title": "Etusivu",
  "home.greeting": "Hei, {name}",
  "home.yourUnits": "Yksikkösi",
  "home.newActivities": "Uusimmat järjestöjen toiminnot alueellasi",
  "home.nothingNew": "Ei uusia toimintoja.",
  "home.staleProfiles": "Vanhentuneet järjestöprofiilit: {count}",
  "home.allProfilesCurrent": "Kaikki järjestöprofiilit on tarkistettu viimeisen puolen vuoden aikana.",
  "home.lastReviewed": "Tarkistettu viimeksi {date}",
  "home.associationCount": "Järjestöjä alueellasi: {count}",
  "home.pendingInvitations": "Vastaamattomia kutsuja: {count}",
  "home.yourAssociations": "Järjestösi",
  "home.activityCount": "Toimintoja: {count}",
  "home.profileStale": "Profiili on yli kuusi kuukautta vanha",
  "home.mailProblems":
    "Sähköpostien lähetyksessä on ongelmia: {failing, plural, one {# viestin} other {# viestin}} lähetys epäonnistuu tai on jumissa, {old, plural, one {# viesti} other {# viestiä}} on odottanut yli vuorokauden.",
  "home.adminCounts":
    "{counties, plural, one {# hyvinvointialue} other {# hyvinvointialuetta}}, {associations, plural, one {# järjestö} other {# järjestöä}}, {users, plural, one {# käyttäjä} other {# käyttäjää}}.",
  "home.referralsWaiting": "Ohjauksia, jotka odottavat sinua: {count}",
  "home.forYourUnit": "Yksikkösi asiat",
  "home.contactWaiting": "Vastausta odottavat yhteydenotot: {count}",
  "home.contactOverdue": "Vastausajan ylittäneet: {count}",
  "home.concernsPending": "Käsiteltävät huoli-ilmoitukset: {count}",
  "home.findActivity": "Etsi toimintaa ja ohjaa asiakas",
  "home.openReferrals": "Avaa ohjaukset",
  "home.newReferrals": "Uusia ohjauksia: {count}",
};
