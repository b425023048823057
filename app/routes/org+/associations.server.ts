// What the association staff pages share: loading an association the user may manage, and the forms' schemas.
import { z } from "zod";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import {
  checkbox,
  choice,
  choiceList,
  longText,
  nameList,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalTime,
  optionalUrl,
  text,
} from "~/utils/forms";
import { ASSOCIATION_KINDS, CAPACITIES, LANGUAGE_CODES, TARGET_GROUPS } from "~/utils/choices";
import { notFound, requireId } from "~/utils/params.server";
import { forbidden, mayManageAssociation } from "~/utils/permissions.server";

/** The signed-in user and the association, or 404 / 403: its own staff, its county's liaison and admins only. */
export async function requireManagedAssociation(request: Request, associationId: string | undefined) {
  const user = await requireUser(request);
  const id = requireId(associationId);
  const association = await db().association.findUnique({
    where: { id },
    select: { id: true, name: true, countyId: true },
  });
  if (!association) notFound();
  if (!mayManageAssociation(user, association)) forbidden();
  return { user, association };
}

export const profileSchema = z.object({
  kind: choice(ASSOCIATION_KINDS),
  volunteerRun: checkbox,
  multicultural: checkbox,
  summaryFi: text(300),
  summaryEn: longText(300),
  summarySv: longText(300),
  descriptionFi: longText(4000),
  descriptionEn: longText(4000),
  descriptionSv: longText(4000),
  municipalities: nameList(20, 60).refine((list) => list.length > 0, "errors.required"),
  languages: choiceList(LANGUAGE_CODES).refine((list) => list.length > 0, "errors.required"),
  website: optionalUrl,
  contactEmail: optionalEmail,
  contactPhone: optionalPhone,
  offersPickup: checkbox,
  offersInterpreting: checkbox,
});

export const activitySchema = z
  .object({
    titleFi: text(160),
    titleEn: text(160),
    // Swedish is optional: an empty field is stored as none, and the directory falls back to Finnish or English.
    titleSv: optionalText(160).transform((v) => v ?? null),
    descriptionFi: longText(2000),
    descriptionEn: longText(2000),
    descriptionSv: longText(2000).transform((v) => v || null),
    languages: choiceList(LANGUAGE_CODES).refine((list) => list.length > 0, "errors.required"),
    targetGroups: choiceList(TARGET_GROUPS),
    online: checkbox,
    place: optionalText(200).transform((v) => v ?? null),
    weekday: z
      .string()
      .optional()
      .transform((v) => (v ? Number(v) : null))
      .refine((v) => v === null || (Number.isInteger(v) && v >= 1 && v <= 7), "errors.invalidChoice"),
    startsAt: optionalTime,
    endsAt: optionalTime,
    free: checkbox,
    costNote: optionalText(200).transform((v) => v ?? null),
    accessibility: optionalText(500).transform((v) => v ?? null),
    howToJoin: optionalText(500).transform((v) => v ?? null),
    referralWelcome: checkbox,
    capacity: z
      .string()
      .optional()
      .transform((v) => v || "open")
      .pipe(choice(CAPACITIES)),
  })
  .refine((v) => !v.startsAt || !v.endsAt || v.startsAt < v.endsAt, {
    path: ["endsAt"],
    message: "errors.endBeforeStart",
  })
  .refine((v) => v.online || v.place, { path: ["place"], message: "errors.placeOrOnline" });
