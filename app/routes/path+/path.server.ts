// The path pages' input, validated at the edge: a step's event with what it needs (owner and target date to plan, a
// reason to skip, a comment on any), and the administrator's thresholds.
import { z } from "zod";
import { STEP_KEYS, THRESHOLD_KEYS, THRESHOLDS, type ThresholdKey } from "~/utils/coact-evidence";
import { choice, optionalText, uuid } from "~/utils/forms";

/** A calendar date "YYYY-MM-DD" (a target date is a day, not a moment). */
const calendarDate = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== v) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "errors.date" });
      return undefined;
    }
    return date;
  });

export const stepEventSchema = z.object({
  step: choice(STEP_KEYS),
  event: choice(["PLAN", "START", "ESTABLISH", "SKIP", "UNSKIP"] as const),
  version: z.coerce.number({ invalid_type_error: "errors.invalid" }).int("errors.invalid").min(0, "errors.invalid"),
  ownerId: z
    .union([z.literal(""), uuid])
    .optional()
    .transform((v) => v || undefined),
  targetDate: calendarDate,
  reason: optionalText(500),
  comment: optionalText(500),
});

/** Each threshold: a whole number within its range, or empty for the default. */
export const thresholdsSchema = z.object(
  Object.fromEntries(
    THRESHOLD_KEYS.map((key) => {
      const { min, max } = THRESHOLDS[key];
      return [
        key,
        z
          .string()
          .trim()
          .optional()
          .transform((v, ctx) => {
            if (!v) return null;
            const n = Number(v);
            if (!/^\d{1,7}$/.test(v) || n < min || n > max) {
              ctx.addIssue({
                code: z.ZodIssueCode.custom,
                message: "path.thresholds.outOfRange",
                params: { min, max },
              });
              return null;
            }
            return n;
          }),
      ];
    }),
  ) as unknown as Record<ThresholdKey, z.ZodType<number | null, z.ZodTypeDef, string | undefined>>,
);
