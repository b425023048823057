// The network pages' input, validated at the edge: a network's own fields (name, theme, description, convener as
// "unit:<id>" or "association:<id>", member associations), relevance (the county's units), a proposal, and an event to an
// assignment (ACCEPT carries the term and the substitute); the report's period.
import { z } from "zod";
import { networkRepresentativeMachine } from "#workflows/network-representative/network-representative.machine";
import { eventTypes } from "#workflows/states";
import { choice, idList, longText, text, uuid } from "~/utils/forms";
import { date } from "../meetings+/meetings.server";

const EVENTS = eventTypes(networkRepresentativeMachine) as [string, ...string[]];

/** The county a new network is for (read and authorised before the rest of the form). */
export const countySchema = z.object({ countyId: uuid });

const CONVENER = /^(unit|association):(.+)$/;

export const networkSchema = z.object({
  name: text(120),
  theme: text(120),
  description: longText(2000),
  convener: z
    .string()
    .optional()
    .transform((v) => v || "")
    .refine(
      (v) => v === "" || (CONVENER.test(v) && uuid.safeParse(v.replace(CONVENER, "$2")).success),
      "errors.invalidChoice",
    )
    .transform((v) => {
      const match = CONVENER.exec(v);
      return match ? { kind: match[1] as "unit" | "association", id: match[2] } : null;
    }),
  associationIds: idList,
});

export const relevanceSchema = z.object({ unitIds: idList });

export const linkSchema = z.object({ seriesId: uuid, linked: choice(["yes", "no"]) });

export const proposeSchema = z.object({ unitId: uuid, personId: uuid });

export const eventSchema = z
  .object({
    assignmentId: uuid,
    version: z.coerce.number({ invalid_type_error: "errors.invalidChoice" }).int().min(0),
    event: choice(EVENTS),
    termStart: date.optional(),
    termEnd: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .pipe(date.optional()),
    substituteId: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .pipe(uuid.optional()),
  })
  .superRefine((value, ctx) => {
    if (value.event !== "ACCEPT") return;
    if (!value.termStart)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["termStart"], message: "errors.required" });
    else if (value.termEnd && value.termEnd <= value.termStart)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["termEnd"], message: "network.errors.termOrder" });
  });

export const periodSchema = z.object({ from: date, until: date });
