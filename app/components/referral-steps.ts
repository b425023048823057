// Which of the referral events the machine offers a user the referral page lays out itself (a form, a place beside the
// proposed times, the destructive one last), and which are plain buttons. Every offered event is one or the other, so
// a new event in the machine appears on the page with no change here (its label comes from app/i18n).
import type { ReferralEvent } from "#workflows/referral/referral.machine";

type EventType = ReferralEvent["type"];

export const LAID_OUT: readonly EventType[] = [
  "DECLINE",
  "PROPOSE_TIMES",
  "CONFIRM_TIME",
  "ARRANGE_MEETING",
  "CLOSE",
  "REDIRECT",
  "CANCEL",
];

/** The offered events that are plain buttons, in the machine's order. */
export function plainButtons<T extends string>(offered: readonly T[]): T[] {
  return offered.filter((event) => !(LAID_OUT as readonly string[]).includes(event));
}
