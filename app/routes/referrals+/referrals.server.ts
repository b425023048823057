// What the referral pages send: the new-referral form's schema, and one record per button of the referral page (its
// intent) with the form's schema and what it does, together. A referral event without a record of its own is a plain
// button: the page offers it when the machine does, and the step is taken as it is. Forms are validated again on the
// server, always.
import { z, type ZodTypeAny } from "zod";
import { referralMachine, type ReferralEvent } from "#workflows/referral/referral.machine";
import { eventTypes } from "#workflows/states";
import {
  actOnAccompaniment,
  actOnReferral,
  cancelAccompaniment,
  mailAssociation,
  mailCounty,
  mailMeeting,
  redirectReferral,
  withdrawConsent,
} from "~/models/referral.server";
import { FieldProblem } from "~/models/user.server";
import { step } from "~/utils/workflow.server";
import type { SessionUser } from "~/utils/auth.server";
import { CLIENT_FIELD, CONSENT_METHODS, DATA_ITEMS, DECLINE_REASONS, LANGUAGE_CODES, OUTCOMES } from "~/utils/choices";
import { endOfHelsinkiDay, helsinkiDateTime } from "~/utils/dates";
import {
  checkbox,
  choice,
  choiceList,
  longText,
  optionalEmail,
  optionalPhone,
  optionalText,
  text,
  uuid,
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
const meetingTime = z.string({ required_error: "errors.required" }).transform((v, ctx) => {
  const date = helsinkiDateTime(v);
  if (!date) ctx.addIssue({ code: "custom", message: v ? "errors.dateTime" : "errors.required" });
  return date as Date;
});

/** A date field read as the end of that day in Helsinki (summer or winter time). */
const endOfDay = z.string({ required_error: "errors.required" }).transform((v, ctx) => {
  const date = endOfHelsinkiDay(v);
  if (!date) ctx.addIssue({ code: "custom", message: v ? "errors.date" : "errors.required" });
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
    method: choice(CONSENT_METHODS),
    interpreterUsed: checkbox,
    interpreterLanguage: languageCode,
    validUntil: endOfDay,
    consentTextId: z.string({ required_error: "errors.required" }).uuid("consent.textUnavailable"),
    consentConfirmed: checkbox.refine((v) => v, "errors.consentConfirm"),
    pickup: checkbox,
    interpreting: checkbox,
    accompanimentLanguage: languageCode,
  })
  .superRefine((v, ctx) => {
    // What is filled is what is shared: the consent must cover exactly the filled fields, neither more nor less, so
    // that nothing typed is dropped without a word and nothing consented to is missing.
    for (const item of DATA_ITEMS) {
      const value = v[CLIENT_FIELD[item]];
      const empty = value === null || (Array.isArray(value) && value.length === 0);
      const covered = v.items.includes(item);
      if (covered && empty)
        ctx.addIssue({ code: "custom", path: [CLIENT_FIELD[item]], message: "errors.consentedItemMissing" });
      if (!covered && !empty)
        ctx.addIssue({ code: "custom", path: [CLIENT_FIELD[item]], message: "errors.filledNotConsented" });
    }
    if (v.pickup && !v.items.includes("address"))
      ctx.addIssue({ code: "custom", path: ["pickup"], message: "errors.pickupNeedsAddress" });
    if (v.interpreterUsed && !v.interpreterLanguage)
      ctx.addIssue({ code: "custom", path: ["interpreterLanguage"], message: "errors.required" });
    if (v.interpreting && !v.items.includes("languages"))
      ctx.addIssue({ code: "custom", path: ["interpreting"], message: "errors.interpretingNeedsLanguages" });
    if (v.interpreting && !v.accompanimentLanguage)
      ctx.addIssue({ code: "custom", path: ["accompanimentLanguage"], message: "errors.required" });
    if (v.validUntil && v.validUntil.getTime() < Date.now())
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "errors.dateInPast" });
  });

const version = z.coerce.number({ invalid_type_error: "errors.concurrentChange" }).int().min(0);
const versioned = z.object({ version });

const optionalMeetingTime = z
  .string()
  .optional()
  .transform((v) => (v ? (helsinkiDateTime(v) ?? undefined) : null))
  .refine((v) => v !== undefined, "errors.dateTime");

/** A button: its form's schema, and what it does (answering with the referral to show next, when not this one). */
type Intent<S extends ZodTypeAny = ZodTypeAny> = {
  schema: S;
  run(user: SessionUser, id: string, input: z.output<S>): Promise<string | void>;
};

const intent = <S extends ZodTypeAny>(schema: S, run: Intent<S>["run"]): Intent<S> => ({ schema, run });

/** A referral event as a plain button: the version the user saw, and the step. */
const plainStep = (type: ReferralEvent["type"]) =>
  intent(versioned, (user, id, { version }) => actOnReferral(user, id, version, type));

/** The buttons of the referral page that carry a form or do more than the step. */
const intents = {
  ACCEPT: intent(versioned, (user, id, { version }) =>
    actOnReferral(user, id, version, "ACCEPT", async (s) => {
      await s.step({ answeredAt: s.now });
      await mailCounty(s.tx, id, "accepted");
    }),
  ),
  // The association's answer and its first step in one: accepted, with a time proposed for the first meeting.
  ACCEPT_AND_PROPOSE: intent(
    z.object({ version, time: meetingTime.refine((t) => !t || t.getTime() > Date.now(), "errors.dateInPast") }),
    (user, id, { version, time }) =>
      actOnReferral(user, id, version, "ACCEPT", async (s) => {
        await s.step({ answeredAt: s.now });
        await step(
          s.tx,
          "referral",
          id,
          { type: "PROPOSE_TIMES", actor: s.actor },
          { data: { proposedTimes: [time] } },
        );
        await mailCounty(s.tx, id, "times_proposed");
      }),
  ),
  DECLINE: intent(
    z
      .object({ version, reason: choice(DECLINE_REASONS), text: optionalText(500).transform((v) => v ?? null) })
      .refine((v) => v.reason !== "other" || v.text, { path: ["text"], message: "errors.required" }),
    (user, id, { version, reason, text }) =>
      actOnReferral(user, id, version, "DECLINE", async (s) => {
        await s.step({ answeredAt: s.now, closedAt: s.now, declineReason: reason, declineText: text });
        await mailCounty(s.tx, id, "declined");
      }),
  ),
  PROPOSE_TIMES: intent(
    z.object({ version, time1: meetingTime, time2: optionalMeetingTime, time3: optionalMeetingTime }),
    (user, id, { version, time1, time2, time3 }) =>
      actOnReferral(user, id, version, "PROPOSE_TIMES", async (s) => {
        await s.step({ proposedTimes: [time1, time2, time3].filter((t): t is Date => t instanceof Date) });
        await mailCounty(s.tx, id, "times_proposed");
      }),
  ),
  CONFIRM_TIME: intent(
    z.object({
      version,
      at: z
        .string()
        .datetime({ message: "errors.dateTime" })
        .transform((v) => new Date(v)),
    }),
    (user, id, { version, at }) =>
      actOnReferral(user, id, version, "CONFIRM_TIME", async (s) => {
        if (!s.referral.proposedTimes.some((t) => t.getTime() === at.getTime()))
          throw new FieldProblem("at", "errors.unknownId");
        await s.step({ meetingAt: at });
        await mailMeeting(s.tx, id, s.referral.associationId);
      }),
  ),
  ARRANGE_MEETING: intent(z.object({ version, at: meetingTime }), (user, id, { version, at }) =>
    actOnReferral(user, id, version, "ARRANGE_MEETING", async (s) => {
      await s.step({ meetingAt: at, proposedTimes: [] });
      await mailMeeting(s.tx, id, s.referral.associationId);
    }),
  ),
  MARK_ATTENDED: intent(versioned, (user, id, { version }) =>
    actOnReferral(user, id, version, "MARK_ATTENDED", async (s) => {
      await s.step();
      await mailCounty(s.tx, id, "attended");
    }),
  ),
  MARK_NO_SHOW: intent(versioned, (user, id, { version }) =>
    actOnReferral(user, id, version, "MARK_NO_SHOW", async (s) => {
      await s.step();
      await mailCounty(s.tx, id, "no_show");
    }),
  ),
  CLOSE: intent(
    z
      .object({ version, outcome: choice(OUTCOMES), text: optionalText(500).transform((v) => v ?? null) })
      .refine((v) => v.outcome !== "other" || v.text, { path: ["text"], message: "errors.required" }),
    (user, id, { version, outcome, text }) =>
      actOnReferral(user, id, version, "CLOSE", (s) => s.step({ outcome, outcomeText: text, closedAt: s.now })),
  ),
  CANCEL: intent(versioned, (user, id, { version }) =>
    actOnReferral(user, id, version, "CANCEL", async (s) => {
      await s.step({ closedAt: s.now });
      await cancelAccompaniment(s.tx, id, s.actor);
      await mailAssociation(s.tx, id, s.referral.associationId, "cancelled");
    }),
  ),
  REDIRECT: intent(
    z.object({
      version,
      associationId: uuid,
      activityId: optionalId,
      method: choice(CONSENT_METHODS),
      interpreterUsed: checkbox,
      interpreterLanguage: languageCode,
      consentConfirmed: checkbox.refine((v) => v, "errors.consentConfirm"),
    }),
    (user, id, { version, consentConfirmed: _, ...target }) => redirectReferral(user, id, version, target),
  ),
  // The consent's and the accompaniment's buttons on the same page.
  WITHDRAW_CONSENT: intent(z.object({ confirm: checkbox.refine((v) => v, "errors.confirmWithdrawal") }), (user, id) =>
    withdrawConsent(user, id),
  ),
  ASSIGN_VOLUNTEER: intent(z.object({ volunteerName: text(120), volunteerPhone: optionalPhone }), (user, id, input) =>
    actOnAccompaniment(user, id, "ASSIGN", {
      volunteerName: input.volunteerName,
      volunteerPhone: input.volunteerPhone,
    }),
  ),
  ACCOMPANIMENT_DONE: intent(z.object({}), (user, id) => actOnAccompaniment(user, id, "DONE")),
  ACCOMPANIMENT_CANCEL: intent(z.object({}), (user, id) => actOnAccompaniment(user, id, "CANCEL")),
} satisfies Partial<Record<ReferralEvent["type"], Intent>> & Record<string, Intent>;

/** The record of a button, or null for an intent nobody offers. */
export function referralIntent(name: unknown): Intent | null {
  if (typeof name !== "string") return null;
  if (Object.hasOwn(intents, name)) return intents[name as keyof typeof intents] as Intent;
  const types = eventTypes<ReferralEvent["type"]>(referralMachine);
  return types.includes(name as ReferralEvent["type"]) ? plainStep(name as ReferralEvent["type"]) : null;
}
