// The meeting pages' input, validated at the edge: the series form (a repetition pattern derived from the first date,
// or a rule kept as it is on edit), invitations, one occurrence's change, presenter sign-up, attendance and answers.
import { z } from "zod";
import type { SeriesInput } from "~/models/meeting.server";
import { LANGUAGE_CODES, MEETING_ANSWERS, MEETING_KINDS } from "~/utils/choices";
import { helsinkiDateTime } from "~/utils/dates";
import { checkbox, choice, idList, optionalText, text, uuid } from "~/utils/forms";
import { isValidSeriesRule, PATTERNS, ruleFor } from "~/utils/recurrence.server";

export const date = z
  .string({ required_error: "errors.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date")
  .transform((v, ctx) => {
    const d = new Date(`${v}T00:00:00Z`);
    const year = d.getUTCFullYear();
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v || year < 2000 || year > 2100)
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "errors.date" });
    return d;
  });

/** A Helsinki wall-clock "YYYY-MM-DDTHH:MM" (datetime-local). */
export const helsinkiMoment = z.string({ required_error: "errors.required" }).transform((v, ctx) => {
  const moment = helsinkiDateTime(v.trim());
  if (!moment) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "errors.date" });
  return moment ?? new Date(0);
});

/** An occurrence's identity as the page sent it: the ISO instant the rule gave it. */
export const occurrence = z
  .string({ required_error: "errors.required" })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/, "meeting.errors.noSuchOccurrence")
  .transform((v) => new Date(v));

const optionalUrl = z
  .string()
  .trim()
  .max(500, "errors.tooLong")
  .optional()
  .refine((v) => !v || /^https:\/\/[^\s<>"]+$/.test(v), "errors.url")
  .transform((v) => v || null);

const positive = (max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > max) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: "meeting.errors.number" });
        return null;
      }
      return n;
    });

export const seriesSchema = z
  .object({
    unitId: uuid,
    kind: choice(MEETING_KINDS),
    title: text(120),
    description: optionalText(2000),
    pattern: choice(PATTERNS),
    firstDate: date,
    startTime: z
      .string({ required_error: "errors.required" })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "meeting.errors.time"),
    durationMinutes: z.enum(["30", "45", "60", "90", "120", "180", "240"], {
      errorMap: () => ({ message: "errors.invalidChoice" }),
    }),
    endKind: choice(["never", "count", "until"] as const),
    count: positive(200),
    until: z.string().optional(),
    place: optionalText(200),
    onlineUrl: optionalUrl,
    languages: z.preprocess(
      (v) => (v === undefined ? [] : [v].flat()),
      z.array(choice(LANGUAGE_CODES)).min(1, "meeting.errors.language").max(5, "errors.tooMany"),
    ),
    hostAssociationId: z.union([z.literal(""), uuid]).optional(),
    capacity: positive(10_000),
  })
  .superRefine((v, ctx) => {
    if (!v.place && !v.onlineUrl)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["place"], message: "meeting.errors.placeOrLink" });
    if (v.endKind === "count" && !v.count)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["count"], message: "errors.required" });
    if (v.endKind === "until" && !/^\d{4}-\d{2}-\d{2}$/.test(v.until ?? ""))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["until"], message: "errors.date" });
  })
  .transform((v, ctx): SeriesInput => {
    const rrule = ruleFor(v.pattern, v.firstDate, {
      count: v.endKind === "count" ? (v.count ?? undefined) : undefined,
      until: v.endKind === "until" ? v.until : undefined,
    });
    const input = {
      unitId: v.unitId,
      kind: v.kind,
      title: v.title,
      description: v.description ?? "",
      rrule,
      firstDate: v.firstDate,
      startTime: v.startTime,
      durationMinutes: Number(v.durationMinutes),
      place: v.place ?? null,
      onlineUrl: v.onlineUrl,
      languages: [...new Set(v.languages)],
      hostAssociationId: v.hostAssociationId || null,
      capacity: v.capacity,
    };
    if (!isValidSeriesRule(input))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["pattern"], message: "meeting.errors.rule" });
    return input;
  });

const version = z.coerce.number({ invalid_type_error: "errors.invalid" }).int().min(0);

export const eventSchema = z.object({
  event: choice(["SCHEDULE", "END", "CANCEL"] as const),
  version,
});

export const inviteSchema = z.object({
  unitIds: idList,
  associationIds: idList,
  userIds: idList,
  personal: checkbox,
});

export const occurrenceSchema = z.object({
  occurrence,
  change: choice(["cancel", "move"] as const),
  movedStart: z.string().optional(),
  version,
});

export const presenterSchema = z.object({ occurrence, associationId: uuid });

export const attendanceSchema = z.object({ occurrence, unitIds: idList, associationIds: idList });

export const answerSchema = z.object({
  answer: choice(MEETING_ANSWERS),
  occurrence: z.union([z.literal(""), occurrence]).optional(),
});

export const splitSchema = z.object({ from: occurrence, version });
