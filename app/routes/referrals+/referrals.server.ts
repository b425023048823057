// What the referral pages share: the forms' schemas (validated again on the server, always) and loading helpers.
import { z } from "zod";
import {
  actOnReferral, assignVolunteer, finishAccompaniment, redirectReferral, withdrawConsent,
} from "~/models/referral.server";
import type { SessionUser } from "~/utils/auth.server";
import { DATA_ITEMS, DECLINE_REASONS, LANGUAGE_CODES, OUTCOMES } from "~/utils/choices";
import { helsinkiDateTime } from "~/utils/dates";
import {
  checkbox, choice, choiceList, longText, optionalEmail, optionalPhone, optionalText, text, uuid,
} from "~/utils/forms";

const languageCode = z
  .string()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || (LANGUAGE_CODES as readonly string[]).includes(v), "errors.invalidChoice");

const optionalId = z
  .string()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || z.string().uuid().safeParse(v).success, "errors.unknownId");

/** A datetime-local value read as Helsinki time. */
const meetingTime = z
  .string({ required_error: "errors.required" })
  .transform((v, ctx) => {
    const date = helsinkiDateTime(v);
    if (!date) ctx.addIssue({ code: "custom", message: v ? "errors.dateTime" : "errors.required" });
    return date as Date;
  });

export const newReferralSchema = z
  .object({
    unitId: uuid,
    associationId: uuid,
    activityId: optionalId,
    firstName: optionalText(80).transform((v) => v ?? null),
    phone: optionalPhone,
    email: optionalEmail,
    languages: choiceList(LANGUAGE_CODES),
    address: optionalText(200).transform((v) => v ?? null),
    needs: longText(500).transform((v) => (v ? v : null)),
    items: choiceList(DATA_ITEMS).refine((list) => list.length > 0, "errors.consentItems"),
    purpose: text(300),
    method: choice(["written", "oral", "electronic"]),
    interpreterUsed: checkbox,
    interpreterLanguage: languageCode,
    validUntil: z
      .string({ required_error: "errors.required" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date")
      .transform((v) => new Date(`${v}T23:59:59+02:00`)),
    consentConfirmed: checkbox.refine((v) => v, "errors.consentConfirm"),
    pickup: checkbox,
    interpreting: checkbox,
    accompanimentLanguage: languageCode,
  })
  .superRefine((v, ctx) => {
    const need = (item: (typeof DATA_ITEMS)[number], value: unknown, path: string) => {
      const empty = value === null || (Array.isArray(value) && value.length === 0);
      if (v.items.includes(item) && empty) ctx.addIssue({ code: "custom", path: [path], message: "errors.consentedItemMissing" });
    };
    need("first_name", v.firstName, "firstName");
    need("phone", v.phone, "phone");
    need("email", v.email, "email");
    need("languages", v.languages, "languages");
    need("address", v.address, "address");
    need("needs", v.needs, "needs");
    if (v.pickup && !v.items.includes("address")) ctx.addIssue({ code: "custom", path: ["pickup"], message: "errors.pickupNeedsAddress" });
    if (v.interpreterUsed && !v.interpreterLanguage) ctx.addIssue({ code: "custom", path: ["interpreterLanguage"], message: "errors.required" });
    if (v.interpreting && !v.items.includes("languages")) ctx.addIssue({ code: "custom", path: ["interpreting"], message: "errors.interpretingNeedsLanguages" });
    if (v.interpreting && !v.accompanimentLanguage) ctx.addIssue({ code: "custom", path: ["accompanimentLanguage"], message: "errors.required" });
    if (!Number.isNaN(v.validUntil.getTime()) && v.validUntil.getTime() < Date.now()) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "errors.dateInPast" });
  });

const version = z.coerce.number({ invalid_type_error: "errors.concurrentChange" }).int().min(0);

const optionalMeetingTime = z
  .string()
  .optional()
  .transform((v) => (v ? helsinkiDateTime(v) ?? undefined : null))
  .refine((v) => v !== undefined, "errors.dateTime");


/** One schema per button on the referral page; the button's name is the intent. */
export const referralActionSchemas = {
  ACCEPT: z.object({ version }),
  DECLINE: z.object({ version, reason: choice(DECLINE_REASONS), text: optionalText(500).transform((v) => v ?? null) })
    .refine((v) => v.reason !== "other" || v.text, { path: ["text"], message: "errors.required" }),
  PROPOSE_TIMES: z.object({ version, time1: meetingTime, time2: optionalMeetingTime, time3: optionalMeetingTime }),
  CONFIRM_TIME: z.object({ version, at: z.string().datetime({ message: "errors.dateTime" }).transform((v) => new Date(v)) }),
  ARRANGE_MEETING: z.object({ version, at: meetingTime }),
  MARK_ATTENDED: z.object({ version }),
  MARK_NO_SHOW: z.object({ version }),
  CLOSE: z.object({ version, outcome: choice(OUTCOMES), text: optionalText(500).transform((v) => v ?? null) })
    .refine((v) => v.outcome !== "other" || v.text, { path: ["text"], message: "errors.required" }),
  CANCEL: z.object({ version }),
  WITHDRAW_CONSENT: z.object({ confirm: checkbox.refine((v) => v, "errors.confirmWithdrawal") }),
  REDIRECT: z.object({
    version, associationId: uuid, activityId: optionalId,
    method: choice(["written", "oral", "electronic"]), interpreterUsed: checkbox, interpreterLanguage: languageCode,
    consentConfirmed: checkbox.refine((v) => v, "errors.consentConfirm"),
  }),
  ASSIGN_VOLUNTEER: z.object({ volunteerName: text(120), volunteerPhone: optionalPhone }),
  ACCOMPANIMENT_DONE: z.object({}),
  ACCOMPANIMENT_CANCEL: z.object({}),
};

export type ReferralIntent = keyof typeof referralActionSchemas;

export function isReferralIntent(value: unknown): value is ReferralIntent {
  return typeof value === "string" && Object.hasOwn(referralActionSchemas, value);
}

type Input<I extends ReferralIntent> = z.output<(typeof referralActionSchemas)[I]>;

/** What each button does; a handler may answer with the referral to go to next (a redirect makes a new one). */
const handlers: { [I in ReferralIntent]: (user: SessionUser, id: string, input: Input<I>) => Promise<string | void> } = {
  ACCEPT: (user, id, { version }) => actOnReferral(user, id, version, { type: "ACCEPT" }),
  DECLINE: (user, id, { version, reason, text }) => actOnReferral(user, id, version, { type: "DECLINE", reason, text }),
  PROPOSE_TIMES: (user, id, { version, time1, time2, time3 }) =>
    actOnReferral(user, id, version, { type: "PROPOSE_TIMES", times: [time1, time2, time3].filter((t): t is Date => t instanceof Date) }),
  CONFIRM_TIME: (user, id, { version, at }) => actOnReferral(user, id, version, { type: "CONFIRM_TIME", at }),
  ARRANGE_MEETING: (user, id, { version, at }) => actOnReferral(user, id, version, { type: "ARRANGE_MEETING", at }),
  MARK_ATTENDED: (user, id, { version }) => actOnReferral(user, id, version, { type: "MARK_ATTENDED" }),
  MARK_NO_SHOW: (user, id, { version }) => actOnReferral(user, id, version, { type: "MARK_NO_SHOW" }),
  CLOSE: (user, id, { version, outcome, text }) => actOnReferral(user, id, version, { type: "CLOSE", outcome, text }),
  CANCEL: (user, id, { version }) => actOnReferral(user, id, version, { type: "CANCEL" }),
  WITHDRAW_CONSENT: (user, id) => withdrawConsent(user, id),
  REDIRECT: (user, id, { version, ...target }) => redirectReferral(user, id, version, target),
  ASSIGN_VOLUNTEER: (user, id, { volunteerName, volunteerPhone }) => assignVolunteer(user, id, { name: volunteerName, phone: volunteerPhone }),
  ACCOMPANIMENT_DONE: (user, id) => finishAccompaniment(user, id, "DONE"),
  ACCOMPANIMENT_CANCEL: (user, id) => finishAccompaniment(user, id, "CANCEL"),
};

export function runReferralAction<I extends ReferralIntent>(intent: I, user: SessionUser, id: string, input: Input<I>) {
  return handlers[intent](user, id, input);
}
