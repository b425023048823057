// Signing in, passwords and invitations.
import type { Texts } from "../texts";
import type { account as fi } from "../fi/account";

export const account: Texts<typeof fi> = {
  "login.title": "Sign in",
  "login.email": "E-mail address",
  "login.password": "Password",
  "login.submit": "Sign in",
  "login.forgot": "Forgot your password?",
  "login.failed": "The e-mail address or the password is wrong.",
  "login.tooMany":
    "Too many failed sign-ins. Please wait {seconds, plural, one {# second} other {# seconds}} and try again.",
  "forgot.title": "Change your password",
  "forgot.intro": "Enter your e-mail address. We will send you a link to choose a new password.",
  "forgot.submit": "Send the link",
  "forgot.sent": "If the address has an account, we have sent a link to it. Please check your e-mail.",
  "forgot.backToLogin": "Back to sign-in",
  "reset.title": "Choose a new password",
  "reset.intro": "Enter your new password twice.",
  "reset.submit": "Save the password",
  "invitation.title": "Welcome to Co-Act",
  "invitation.intro": "You have been invited to Co-Act. Choose a password to activate your account.",
  "invitation.submit": "Activate my account",
  "password.new": "New password",
  "password.hint": "At least 10 characters.",
  "password.confirm": "New password again",
};
