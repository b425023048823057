// E-mails and calendar entries: read only on the server, never sent to the browser.
import type { Texts } from "../texts";
import type { mail as fi } from "../fi/mail";

export const mail: Texts<typeof fi> = {
  "email.calendar.summary": "Första mötet: {activity}",
  "email.calendar.description":
    "Co-Act-hänvisning {reference}. Öppna den i Co-Act för att se de uppgifter som klienten har samtyckt till att dela.",
  "email.referral.action": "Öppna hänvisningen",
  "email.referral.noPersonalData":
    "Av dataskyddsskäl innehåller meddelandet inga uppgifter om klienten. Du ser dem i Co-Act när du har loggat in.",
  "email.referralForAssociation.new.subject": "Ny hänvisning {reference}: {activity} – svara senast {deadline}",
  "email.referralForAssociation.new.body":
    "{unit} har hänvisat en klient till aktiviteten {activity} med klientens samtycke. Godkänn hänvisningen och föreslå en tid för det första mötet, eller avböj den, senast {deadline}. Efter det går hänvisningen tillbaka till socialarbetaren.",
  "email.referralForAssociation.reminder.subject": "Påminnelse {reference}: {activity} – svara senast {deadline}",
  "email.referralForAssociation.reminder.body":
    "Hänvisningen från {unit} till aktiviteten {activity} har väntat på ert svar i fem vardagar. Godkänn den och föreslå en tid, eller avböj den, senast {deadline}.",
  "email.referralForAssociation.meeting.subject": "Första mötet {reference}: {activity}, {meetingAt}",
  "email.referralForAssociation.meeting.body":
    "Det första mötet för hänvisningen från {unit} till aktiviteten {activity} är överenskommet till {meetingAt}. Mötet finns som kalenderpost i bilagan; ni behöver inte göra något annat nu.",
  "email.referralForAssociation.withdrawn.subject": "Samtycket återkallat {reference}: {activity}",
  "email.referralForAssociation.withdrawn.body":
    "Klienten i hänvisningen från {unit} till aktiviteten {activity} har återkallat sitt samtycke. Klientens uppgifter har raderats och ett möte som ännu inte har hållits är inställt. Ni behöver inte göra något.",
  "email.referralForAssociation.cancelled.subject": "Hänvisningen inställd {reference}: {activity}",
  "email.referralForAssociation.cancelled.body":
    "{unit} har ställt in sin hänvisning till aktiviteten {activity}, och ett möte som ännu inte har hållits är inställt. Ni behöver inte göra något.",
  "email.referralForCounty.accepted.subject": "Godkänd {reference}: {activity}",
  "email.referralForCounty.accepted.body":
    "{associationName} har godkänt din hänvisning till aktiviteten {activity} och föreslår en tid för det första mötet.",
  "email.referralForCounty.times_proposed.subject": "Tider föreslagna {reference}: {activity} – välj en",
  "email.referralForCounty.times_proposed.body":
    "{associationName} har godkänt din hänvisning till aktiviteten {activity} och föreslagit tider för det första mötet: {times}. Kom överens med klienten om en av dem och bekräfta den i Co-Act.",
  "email.referralForCounty.declined.subject": "Kunde inte tas emot {reference}: {activity}",
  "email.referralForCounty.declined.body":
    "{associationName} kunde inte ta emot din hänvisning till aktiviteten {activity}. Du kan hänvisa klienten till en annan förening utan att skriva in uppgifterna på nytt.",
  "email.referralForCounty.meeting.subject": "Första mötet {reference}: {activity}, {meetingAt}",
  "email.referralForCounty.meeting.body":
    "Det första mötet för din hänvisning till aktiviteten {activity} är överenskommet till {meetingAt}. Mötet finns som kalenderpost i bilagan; meddela klienten tiden.",
  "email.referralForCounty.no_answer.subject": "Inget svar {reference}: {activity}",
  "email.referralForCounty.no_answer.body":
    "{associationName} har inte svarat på din hänvisning till aktiviteten {activity} på tio vardagar. Du kan hänvisa klienten till en annan förening utan att skriva in uppgifterna på nytt.",
  "email.referralForCounty.attended.subject": "Klienten kom {reference}: {activity}",
  "email.referralForCounty.attended.body":
    "{associationName} har antecknat att klienten kom till det första mötet ({activity}). Du behöver inte göra något nu.",
  "email.referralForCounty.no_show.subject": "Klienten kom inte {reference}: {activity}",
  "email.referralForCounty.no_show.body":
    "{associationName} har antecknat att klienten inte kom till det första mötet ({activity}). Kontakta klienten och kom överens om en ny tid, eller avsluta hänvisningen.",
  "email.referralForCounty.withdrawn.subject": "Samtycket återkallat {reference}: {activity}",
  "email.referralForCounty.withdrawn.body":
    "{associationName} har antecknat att klienten i din hänvisning ({activity}) har återkallat sitt samtycke. Klientens uppgifter har raderats och ett möte som ännu inte har hållits är inställt.",
  "email.footer": "Det här meddelandet har skickats från Co-Act. Svara inte på det.",
  "email.invitation.subject": "Inbjudan till Co-Act",
  "email.invitation.body":
    "{inviterName} har bjudit in dig till Co-Act, där välfärdsområdet och föreningar samarbetar för att stödja personer som har flyttat till Finland.",
  "email.invitation.expiry": "Länken gäller i {days, plural, one {# dag} other {# dagar}}.",
  "email.invitation.action": "Ta kontot i bruk",
  "email.passwordReset.subject": "Co-Act: byte av lösenord",
  "email.passwordReset.body":
    "Någon har bett om att byta lösenordet till ditt konto. Om det inte var du kan du bortse från det här meddelandet.",
  "email.passwordReset.expiry": "Länken gäller i {hours, plural, one {# timme} other {# timmar}} och fungerar en gång.",
  "email.passwordReset.action": "Välj ett nytt lösenord",
  "email.profileReview.subject": "Är uppgifterna om {associationName} aktuella?",
  "email.profileReview.body":
    "Uppgifterna om {associationName} i Co-Act granskades senast {lastReviewed}. Socialarbetarna hänvisar klienter utifrån de här uppgifterna.",
  "email.profileReview.oneClick":
    "Om uppgifterna stämmer, bekräfta dem med ett klick. Du kan också rätta dem på samma sida.",
  "email.profileReview.action": "Granska och bekräfta uppgifterna",
  "barometer.email.subject": "Hur fungerar samarbetet inom {countyName}? En enkät på fem minuter",
  "barometer.email.body":
    "{countyName} frågar föreningar och tjänster hur samarbetet mellan dem fungerar. Din syn är viktig, också när det gäller det som inte fungerar.",
  "barometer.email.personal":
    "Länken är personlig: du kan svara utan att logga in och ändra ditt svar fram till {closesOn}. Du kan hoppa över vilken fråga som helst.",
  "barometer.email.anonymous": "Svaren rapporteras bara i grupper med minst fem svarande och aldrig med ditt namn.",
  "barometer.email.action": "Svara på enkäten",
  "path.email.action": "Öppna Co-Act-stigen",
  "path.email.owner.subject": "Du är ansvarsperson för steg {number} ({step}) – {county}",
  "path.email.owner.body":
    "{actor} har utsett dig till ansvarsperson för steg {number} ({step}) på Co-Act-stigen för {county}. Måldatumet är {date}.",
  "path.email.owner.todo":
    "Vad du ska göra: öppna stigen och se vilka belägg steget kräver. Steget blir etablerat när uppgifterna i Co-Act visar att det har tagits.",
  "path.email.lapsed.subject": "Steg {number} ({step}) på Co-Act-stigen har förfallit – {county}",
  "path.email.lapsed.body":
    "Beläggen för steg {number} ({step}) på Co-Act-stigen för {county} räckte inte längre till vid kontrollen {checkedAt}, så steget har nu förfallit.",
  "path.email.lapsed.todo":
    "Vad du ska göra: förnya beläggen (orsaken står ovan). Steget blir etablerat igen vid nästa dagliga kontroll eller när du trycker på knappen för att kontrollera beläggen på stigens sida.",
  "meeting.calendar.description": "Arrangör: {organiser}. Information och svar: {url}",
  "meeting.email.placeLater": "platsen meddelas senare",
  "meeting.email.details": "Tid: {times}. Plats: {where}. Språk: {languages}. Arrangör: {organiser}.",
  "meeting.email.page": "Mötesseriens sida: {url}",
  "meeting.email.answer": "Svara på inbjudan",
  "meeting.email.action": "Öppna mötesserien",
  "meeting.email.invitation.subject": "Inbjudan: {title}",
  "meeting.email.invitation.body":
    "Du har bjudits in: {title} ({kind}). Mötet finns som kalenderpost i bilagan. Meddela om du kommer: du behöver inte logga in för att svara.",
  "meeting.email.update.subject": "Ändring: {title}",
  "meeting.email.update.body":
    "Uppgifterna för mötesserien {title} har ändrats. Kalenderposten i bilagan uppdaterar din kalender; kontrollera att den nya tiden passar dig.",
  "meeting.email.cancelled.subject": "Inställt: {title}",
  "meeting.email.cancelled.body":
    "Mötesserien {title} är inställd. Avbokningen i bilagan tar bort mötena ur din kalender; du behöver inte göra något annat.",
  "meeting.email.occurrence_cancelled.subject": "Inställt {cancelled}: {title}",
  "meeting.email.occurrence_cancelled.body":
    "Mötet {title} {cancelled} är inställt. De andra mötena hålls som planerat; avbokningen i bilagan tar bara bort det här tillfället ur din kalender.",
  "meeting.email.reminder.subject": "Påminnelse om i morgon: {title}",
  "meeting.email.reminder.body":
    "Påminnelse: {title} är i morgon {times}. Om du inte kan komma, meddela det via svarslänken.",
  "contact.email.action": "Öppna kontaktbegäran",
  "contact.email.linkIsPersonal": "Länken är personlig: vidarebefordra den inte.",
  "contact.email.receipt.subject": "Din kontaktbegäran har tagits emot ({reference})",
  "contact.email.receipt.body": "{countyName} har tagit emot det du skickade: {kind}. Referensnumret är {reference}.",
  "contact.email.receipt.target": "Målet är att svara senast {dueOn}. Via länken ser du svaret när det har getts.",
  "contact.email.answer.subject": "Svar på din kontaktbegäran ({reference})",
  "contact.email.answer.body": "{countyName} ({unitName}) har svarat på din kontaktbegäran {reference}:",
  "contact.email.reply": "Du kan svara via länken; ditt svar går till samma enhet.",
  "contact.email.county.action": "Öppna kontaktbegäran",
  "contact.email.county.new.subject": "Ny kontaktbegäran {reference}",
  "contact.email.county.new.body": "En organisation har kontaktat {countyName} ({reference}). Svara senast {dueOn}.",
  "contact.email.county.routed.subject": "Kontaktbegäran {reference} har skickats vidare till er enhet",
  "contact.email.county.routed.body":
    "Kontaktbegäran {reference} har skickats vidare till er enhet. Svara senast {dueOn}.",
  "contact.email.county.reply.subject": "Avsändaren har svarat: {reference}",
  "contact.email.county.reply.body": "Avsändaren av kontaktbegäran {reference} har svarat. Svara senast {dueOn}.",
  "contact.email.county.reminder.subject": "Påminnelse: kontaktbegäran {reference} väntar på svar",
  "contact.email.county.reminder.body": "Kontaktbegäran {reference} väntar på svar. Tidsfristen är {dueOn}.",
  "concern.email.subject": "Ny orosanmälan {reference}",
  "concern.email.body": "Er enhet har fått orosanmälan {reference}. Läs den i Co-Act och markera den som mottagen.",
  "concern.email.noPersonalData": "Det här meddelandet innehåller inga personuppgifter; de syns bara i Co-Act.",
  "concern.email.action": "Öppna anmälan",
  "network.email.handover.subject":
    "En representant har slutat: {unit} behöver en ny representant i nätverket {network}",
  "network.email.handover.deactivated":
    "Kontot för {person} har stängts. Personen representerade {unit} i nätverket {network}; representationen håller nu på att bytas och platsen visas som ledig.",
  "network.email.handover.left_unit":
    "{person} hör inte längre till {unit}. Personen representerade enheten i nätverket {network}; representationen håller nu på att bytas och platsen visas som ledig.",
  "network.email.handover.todo":
    "Vad ni ska göra: föreslå en ny representant från {unit} på nätverkets sida. Platsen är ledig tills den nya representanten tar emot uppdraget.",
  "network.email.handover.action": "Öppna nätverkets sida",
};
