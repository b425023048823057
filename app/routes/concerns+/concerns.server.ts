// The concern-notice pages' input, validated at the edge.
import { z } from "zod";
import { LANGUAGE_CODES } from "~/utils/choices";
import { choice, choiceList, longText, optionalEmail, optionalPhone, optionalText, text, uuid } from "~/utils/forms";

export const noticeSchema = z.object({
  associationId: uuid,
  personName: text(120),
  personPhone: optionalPhone,
  personEmail: optionalEmail,
  personLanguages: choiceList(LANGUAGE_CODES),
  personAddress: optionalText(200).transform((v) => v ?? null),
  situation: longText(3000).refine((v) => v.length > 0, "errors.required"),
});

export const eventSchema = z
  .object({
    event: choice(["RECEIVE", "TAKE_CONTACT", "CLOSE"] as const),
    version: z.coerce.number().int().min(0),
    outcome: longText(1000),
  })
  .refine((v) => v.event !== "CLOSE" || v.outcome.length > 0, { path: ["outcome"], message: "errors.required" });
