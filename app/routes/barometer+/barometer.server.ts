// The barometer pages' input, validated at the edge: the invitee's answer (every question may be left empty) and the
// liaison's round and invitee forms.
import { z } from "zod";
import type { AnswerInput } from "~/models/barometer.server";
import {
  AGREEMENT,
  ASSOCIATION_SIZES,
  CANT_SAY,
  GRADES,
  LEVELS,
  OBSTACLE_SCALE,
  OBSTACLES,
  ORG_TYPES,
  STATEMENTS,
} from "~/utils/barometer";
import { endOfHelsinkiDay } from "~/utils/dates";
import { choice, email, idList, optionalText, text, uuid } from "~/utils/forms";

/** An answer from a fixed scale, or nothing (skipped): "" and a missing field both mean skipped. */
const scale = (values: readonly number[]) =>
  z
    .enum(["", ...values.map(String)] as [string, ...string[]], {
      errorMap: () => ({ message: "errors.invalidChoice" }),
    })
    .optional()
    .transform((v) => (v ? Number(v) : undefined));

const skippable = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.literal(""), choice(values)])
    .optional()
    .transform((v) => (v ? v : null));

/** Field names: `item.<code>`, `grade.<level>`, `obstacle.<code>`. */
export const answerSchema = z
  .object({
    orgType: skippable(ORG_TYPES),
    associationSize: skippable(ASSOCIATION_SIZES),
    immigrantMajority: skippable(["yes", "no"] as const),
    openText: optionalText(1000),
    ...Object.fromEntries(STATEMENTS.map((s) => [`item.${s.code}`, scale([CANT_SAY, ...AGREEMENT])])),
    ...Object.fromEntries(LEVELS.map((l) => [`grade.${l}`, scale(GRADES)])),
    ...Object.fromEntries(OBSTACLES.map((o) => [`obstacle.${o}`, scale(OBSTACLE_SCALE)])),
  })
  .transform((form): AnswerInput => {
    const answered = <K extends string>(prefix: string, codes: readonly K[]) =>
      Object.fromEntries(
        codes.flatMap((code) => {
          const value = (form as Record<string, unknown>)[`${prefix}.${code}`];
          return typeof value === "number" ? [[code, value]] : [];
        }),
      ) as Partial<Record<K, number>>;
    return {
      orgType: form.orgType,
      associationSize: form.associationSize,
      immigrantMajority: form.immigrantMajority === null ? null : form.immigrantMajority === "yes",
      openText: form.openText ?? null,
      items: answered(
        "item",
        STATEMENTS.map((s) => s.code),
      ),
      grades: answered("grade", LEVELS),
      obstacles: answered("obstacle", OBSTACLES),
    };
  });

/** A calendar date "YYYY-MM-DD": the round takes answers until the end of that day in Helsinki. */
export const closingDate = z.string({ required_error: "errors.required" }).transform((v, ctx) => {
  const date = endOfHelsinkiDay(v.trim());
  if (!date) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "errors.date" });
  return date ?? new Date(0);
});

export const roundSchema = z.object({ countyId: uuid, title: text(120), closesAt: closingDate });

/** E-mail addresses one per line or separated by commas or spaces. */
const emailList = z
  .string()
  .optional()
  .transform((v) => (v ?? "").split(/[\s,;]+/).filter(Boolean))
  .pipe(z.array(email).max(500, "errors.tooMany"));

export const inviteSchema = z.object({ associationIds: idList, unitIds: idList, emails: emailList });

export const eventSchema = z.object({
  event: choice(["OPEN", "CLOSE", "REOPEN", "PUBLISH"] as const),
  version: z.coerce.number().int().min(0),
  closesAt: closingDate.optional(),
});
