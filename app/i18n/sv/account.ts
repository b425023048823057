// Signing in, passwords and invitations.
import type { Texts } from "../texts";
import type { account as fi } from "../fi/account";

export const account: Texts<typeof fi> = {
  "login.title": "Logga in",
  "login.email": "E-postadress",
  "login.password": "Lösenord",
  "login.submit": "Logga in",
  "login.forgot": "Har du glömt ditt lösenord?",
  "login.failed": "E-postadressen eller lösenordet är fel.",
  "login.tooMany":
    "För många misslyckade inloggningar. Vänta {seconds, plural, one {# sekund} other {# sekunder}} och försök igen.",
  "forgot.title": "Byt lösenord",
  "forgot.intro": "Skriv din e-postadress. Vi skickar en länk där du kan välja ett nytt lösenord.",
  "forgot.submit": "Skicka länken",
  "forgot.sent": "Om adressen har ett konto har vi skickat en länk till den. Titta i din e-post.",
  "forgot.backToLogin": "Tillbaka till inloggningen",
  "reset.title": "Välj ett nytt lösenord",
  "reset.intro": "Skriv det nya lösenordet två gånger.",
  "reset.submit": "Spara lösenordet",
  "invitation.title": "Välkommen till Co-Act",
  "invitation.intro": "Du har bjudits in till Co-Act. Välj ett lösenord så tas ditt konto i bruk.",
  "invitation.submit": "Ta kontot i bruk",
  "password.new": "Nytt lösenord",
  "password.hint": "Minst 10 tecken.",
  "password.confirm": "Nytt lösenord en gång till",
};
