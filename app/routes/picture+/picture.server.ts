// The shared picture's input, validated at the edge.
import { z } from "zod";
import { PicturePageKind } from "~/utils/enums.generated";
import { checkbox, choice, longText, text, uuid } from "~/utils/forms";

const required = (max: number) => longText(max).refine((v) => v.length > 0, "errors.required");

export const pageSchema = z.object({
  countyId: uuid,
  kind: choice(PicturePageKind),
  title: text(160),
  body: required(20_000),
});
export const editSchema = z.object({ title: text(160), body: required(20_000) });
export const commentSchema = z.object({
  comment: required(3000),
  suggestedBody: longText(20_000).transform((v) => (v ? v : null)),
});
export const decisionSchema = z.object({ commentId: uuid });
export const questionSchema = z.object({ countyId: uuid, body: required(2000), anonymous: checkbox });
