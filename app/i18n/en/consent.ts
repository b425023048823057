// Consent: the consent texts a client reads (by language and version), choosing one on a referral, withdrawing, and
// the admin's page of consent-text versions.
import type { Texts } from "../texts";
import type { consent as fi } from "../fi/consent";

export const consent: Texts<typeof fi> = {
  "consent.event.WITHDRAW": "Withdraw consent and erase the client's data",
  "consent.event.EXPIRE": "Consent expired",
  "consent.textChoice": "The consent text the client read",
  "consent.textChoiceHint":
    "Choose the language in which the client read or heard the consent text. The printable text opens in a new tab.",
  "consent.version": "version {version}",
  "consent.printText": "Printable text: {language}",
  "consent.confirmed":
    "The client has seen the consent text in the chosen language and consented to sharing the data listed above",
  "consent.textUnavailable":
    "This consent text cannot be chosen: a newer version has replaced it, it has not been reviewed, or it does not exist. Choose the text again.",
  "consent.shownText": "Consent text shown to the client",
  "consentText.title": "Consent text",
  "consentText.otherLanguages": "The consent text in other languages",
  "consentText.print": "Print",
  "consentText.language": "Language",
  "consentText.reviewed": "reviewed {date}",
  "consentText.older": "This is an older version for its language. New referrals show the language's current version.",
  "consentAdmin.title": "Consent texts",
  "consentAdmin.intro":
    "The consent text is a version of its own in each language. A new version replaces the language's older one in new referrals; the older one stays for the referrals that used it.",
  "consentAdmin.current": "In use",
  "consentAdmin.older": "Older",
  "consentAdmin.reviewed": "Reviewed by {name}, {date}",
  "consentAdmin.notReviewed": "Not reviewed: cannot be chosen",
  "consentAdmin.added": "Added by {name}, {date}",
  "consentAdmin.baseText": "Base text that comes with the application",
  "consentAdmin.open": "Open version {version}",
  "consentAdmin.add": "Add a translation as a new version",
  "consentAdmin.addIntro":
    "Write the whole text in the chosen language. Only a reviewed translation can be saved: say who reviewed it and when. The new version becomes the language's text at once.",
  "consentAdmin.language": "Language",
  "consentAdmin.chooseLanguage": "Choose a language",
  "consentAdmin.versionLabel": "Version name (for example 2026-12-v1)",
  "consentAdmin.textTitle": "Title",
  "consentAdmin.beforeList": "Paragraphs before the list of data, one paragraph per line",
  "consentAdmin.afterList": "Paragraphs after the list, one paragraph per line",
  "consentAdmin.itemNames": "The data items' names in this language",
  "consentAdmin.fieldLabels": "The fields of the form to sign, in this language",
  "consentAdmin.field.association": "Association",
  "consentAdmin.field.purpose": "What the information is used for",
  "consentAdmin.field.validUntil": "Valid until",
  "consentAdmin.field.date": "Date",
  "consentAdmin.field.signature": "Signature",
  "consentAdmin.review": "Review",
  "consentAdmin.reviewer": "Reviewer's name",
  "consentAdmin.reviewedOn": "Date reviewed",
  "consentAdmin.preview": "Preview",
  "consentAdmin.previewHeading": "Preview (not saved yet)",
  "consentAdmin.save": "Save the new version",
  "consentAdmin.saved": "The new version is saved. It is now the language's consent text in use.",
  "consentAdmin.versionTaken":
    "This language already has a version with that name. Give the new version a name of its own.",
  "consentAdmin.reviewedInFuture": "The review date cannot be in the future.",
};
