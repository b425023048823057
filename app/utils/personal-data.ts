// Recognises text that looks like personal data (Finnish identity code, phone number, e-mail address), so that forms meant for general, non-identifying information can refuse it. Shared by server and browser.

export type PersonalDataKind = "identityCode" | "email" | "phone";

const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

/** DDMMYY, century sign (+ 1800s; - Y X W V U 1900s; A–F 2000s), individual number, check character. */
const IDENTITY_CODE = /(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})[-+A-FYXWVU](\d{3})([0-9A-Y])(?![0-9A-Za-z])/gi;

const EMAIL = /[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[a-z]{2,}/i;

/** A run of digits with the separators people put in phone numbers (spaces, dashes, parentheses), maybe after a "+". */
const PHONE_LIKE = /\+?[\d(][\d \t\u00a0()-]*\d/g;

/** Runs of digits that are dates or year ranges, not phone numbers: 2027-03-15, 2026-2027, 2026 – 2027. */
const NOT_A_PHONE = [/^(19|20)\d{2}-\d{2}-\d{2}$/, /^(19|20)\d{2}[ \t\u00a0]*-[ \t\u00a0]*(19|20)\d{2}$/];

/** True for a Finnish personal identity code with a plausible date and the right check character. */
export function isIdentityCode(code: string): boolean {
  const match = new RegExp(`^${IDENTITY_CODE.source}$`, "i").exec(code.trim());
  return match !== null && validCode(match);
}

function validCode([, day, month, year, individual, check]: RegExpExecArray): boolean {
  const d = Number(day);
  const m = Number(month);
  if (d < 1 || d > 31 || m < 1 || m > 12) return false;
  const expected = CHECK_CHARACTERS[Number(`${day}${month}${year}${individual}`) % 31];
  return expected === check.toUpperCase();
}

function hasIdentityCode(text: string): boolean {
  for (const match of text.matchAll(IDENTITY_CODE)) if (validCode(match as RegExpExecArray)) return true;
  return false;
}

function hasPhone(text: string): boolean {
  for (const [run] of text.matchAll(PHONE_LIKE)) {
    if (run.replace(/\D/g, "").length < 7) continue;
    if (NOT_A_PHONE.some((pattern) => pattern.test(run.trim()))) continue;
    return true;
  }
  return false;
}

/** What kind of personal data the text seems to hold, or null when it looks general. */
export function personalDataIn(text: string): PersonalDataKind | null {
  if (hasIdentityCode(text)) return "identityCode";
  if (EMAIL.test(text)) return "email";
  if (hasPhone(text)) return "phone";
  return null;
}

export function looksPersonal(text: string): boolean {
  return personalDataIn(text) !== null;
}
