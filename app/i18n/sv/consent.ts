// Consent: the consent texts a client reads (by language and version), choosing one on a referral, withdrawing, and
// the admin's page of consent-text versions.
import type { Texts } from "../texts";
import type { consent as fi } from "../fi/consent";

export const consent: Texts<typeof fi> = {
  "consent.event.WITHDRAW": "Återkalla samtycket och radera klientens uppgifter",
  "consent.event.EXPIRE": "Samtycket upphörde",
  "consent.textChoice": "Samtyckestexten som klienten läste",
  "consent.textChoiceHint":
    "Välj det språk som klienten läste eller hörde samtyckestexten på. Texten för utskrift öppnas i en ny flik.",
  "consent.version": "version {version}",
  "consent.printText": "Text för utskrift: {language}",
  "consent.confirmed":
    "Klienten har sett samtyckestexten på det valda språket och samtyckt till att uppgifterna ovan lämnas ut",
  "consent.textUnavailable":
    "Den här samtyckestexten kan inte väljas: den har ersatts av en nyare version, den är inte granskad eller den finns inte. Välj texten på nytt.",
  "consent.shownText": "Samtyckestexten som visades för klienten",
  "consentText.title": "Samtyckestext",
  "consentText.otherLanguages": "Samtyckestexten på andra språk",
  "consentText.print": "Skriv ut",
  "consentText.language": "Språk",
  "consentText.reviewed": "granskad {date}",
  "consentText.older": "Det här är en äldre version för språket. Nya hänvisningar visar språkets nuvarande version.",
  "consentAdmin.title": "Samtyckestexter",
  "consentAdmin.intro":
    "Samtyckestexten finns som en egen version på varje språk. En ny version ersätter språkets tidigare version i nya hänvisningar; den tidigare finns kvar för de hänvisningar där den användes.",
  "consentAdmin.current": "I bruk",
  "consentAdmin.older": "Tidigare",
  "consentAdmin.reviewed": "Granskad av {name}, {date}",
  "consentAdmin.notReviewed": "Inte granskad: kan inte väljas",
  "consentAdmin.added": "Tillagd av {name}, {date}",
  "consentAdmin.baseText": "Grundtext som följer med tjänsten",
  "consentAdmin.open": "Öppna version {version}",
  "consentAdmin.add": "Lägg till en översättning som ny version",
  "consentAdmin.addIntro":
    "Skriv hela texten på det valda språket. Bara en granskad översättning kan sparas: ange vem som granskade den och när. Den nya versionen tas genast i bruk som språkets text.",
  "consentAdmin.language": "Språk",
  "consentAdmin.chooseLanguage": "Välj språk",
  "consentAdmin.versionLabel": "Versionens namn (till exempel 2026-12-v1)",
  "consentAdmin.textTitle": "Rubrik",
  "consentAdmin.beforeList": "Stycken före listan över uppgifter, ett stycke per rad",
  "consentAdmin.afterList": "Stycken efter listan, ett stycke per rad",
  "consentAdmin.itemNames": "Uppgifternas namn på det här språket",
  "consentAdmin.fieldLabels": "Fälten på blanketten som undertecknas, på det här språket",
  "consentAdmin.field.association": "Förening",
  "consentAdmin.field.purpose": "Vad uppgifterna används till",
  "consentAdmin.field.validUntil": "Gäller till",
  "consentAdmin.field.date": "Datum",
  "consentAdmin.field.signature": "Underskrift",
  "consentAdmin.review": "Granskning",
  "consentAdmin.reviewer": "Granskarens namn",
  "consentAdmin.reviewedOn": "Granskningsdatum",
  "consentAdmin.preview": "Förhandsgranska",
  "consentAdmin.previewHeading": "Förhandsvisning (inte sparad ännu)",
  "consentAdmin.save": "Spara ny version",
  "consentAdmin.saved": "Den nya versionen har sparats. Den är nu språkets samtyckestext i bruk.",
  "consentAdmin.versionTaken": "Språket har redan en version med samma namn. Ge den nya versionen ett eget namn.",
  "consentAdmin.reviewedInFuture": "Granskningsdatumet kan inte ligga i framtiden.",
};
