// The network pages' input, validated at the edge: relevance (the county's units), a proposal, and an event to an
// assignment (ACCEPT carries the term and the substitute); the report's period.
import { z } from "zod";
import { networkRepresentativeMachine } from "#workflows/network-representative/network-representative.machine";
import { eventTypes } from "#workflows/states";
import { choice, idList, uuid } from "~/utils/forms";
import { date } from "../meetings+/meetings.server";

const EVENTS = eventTypes(networkRepresentativeMachine) as [string, ...string[]];

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
