// The contact point's input, validated at the edge: the public form, the county's answer and routing, the sender's
// reply. Messages are kept and shown as plain text.
import { z } from "zod";
import { CONTACT_KINDS, CONTACT_TOPICS } from "~/utils/choices";
import { choice, email, longText, text, uuid } from "~/utils/forms";

/** A required text over several lines. */
const message = (max: number) => longText(max).refine((v) => v.length > 0, "errors.required");

export const contactSchema = z.object({
  countyId: uuid,
  kind: choice(CONTACT_KINDS),
  topic: choice(CONTACT_TOPICS),
  senderOrganisation: text(160),
  senderName: text(120),
  senderEmail: email,
  message: message(5000),
});

export const answerSchema = z.object({ body: message(5000), version: z.coerce.number().int().min(0) });
export const routeSchema = z.object({ unitId: uuid, version: z.coerce.number().int().min(0) });
export const closeSchema = z.object({ version: z.coerce.number().int().min(0) });
export const replySchema = z.object({ body: message(5000) });

/** Per sender address and per connection address, an hour's window: enough for people, too little for a flood. */
export const CONTACT_LIMITS = { perAddress: 5, perIp: 20, windowMs: 60 * 60_000 };

/** The reference shown after sending, as it may appear in the page's URL. */
export const REFERENCE = /^YP-[2-9A-Z]{4}-[2-9A-Z]{4}$/;

/** The routing rules: `route.<topic>` is a unit's id, or empty for "the liaison routes it". */
export const routingSchema = z
  .object({
    countyId: uuid,
    ...Object.fromEntries(CONTACT_TOPICS.map((topic) => [`route.${topic}`, z.union([z.literal(""), uuid]).optional()])),
  })
  .transform(({ countyId, ...fields }) => ({
    countyId,
    rules: Object.fromEntries(
      CONTACT_TOPICS.flatMap((topic) => {
        const unitId = (fields as Record<string, string | undefined>)[`route.${topic}`];
        return unitId ? [[topic, unitId]] : [];
      }),
    ),
  }));
