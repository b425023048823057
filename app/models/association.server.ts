// Associations (järjestöt) and their activities: the organisations on the other side of the cooperation.
import type { AssociationKind } from "@prisma/client";
import { subMonths } from "date-fns";
import { db } from "~/utils/db.server";
import type { ActivityValues } from "~/components/activity-form";

/** A profile not confirmed for this long is out of date (Co-Act step 1). */
export const REVIEW_MONTHS = 6;

export function isStale(lastReviewedAt: Date, now = new Date()) {
  return lastReviewedAt < subMonths(now, REVIEW_MONTHS);
}

export function listAssociations(where: { countyIds?: string[]; ids?: string[] } = {}) {
  return db().association.findMany({
    where: {
      ...(where.countyIds ? { countyId: { in: where.countyIds } } : {}),
      ...(where.ids ? { id: { in: where.ids } } : {}),
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      kind: true,
      volunteerRun: true,
      multicultural: true,
      languages: true,
      lastReviewedAt: true,
      countyId: true,
      county: { select: { name: true } },
      _count: { select: { activities: true, members: true } },
    },
  });
}

export function listStaleAssociations(countyIds: string[] | undefined, now = new Date()) {
  return db().association.findMany({
    where: {
      lastReviewedAt: { lt: subMonths(now, REVIEW_MONTHS) },
      ...(countyIds ? { countyId: { in: countyIds } } : {}),
    },
    orderBy: { lastReviewedAt: "asc" },
    select: { id: true, name: true, lastReviewedAt: true },
  });
}

export function getAssociationWithTeam(id: string) {
  return db().association.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      countyId: true,
      lastReviewedAt: true,
      languages: true,
      members: {
        orderBy: { user: { name: "asc" } },
        select: { user: { select: { id: true, name: true, email: true, status: true } } },
      },
      activities: {
        orderBy: { titleFi: "asc" },
        select: { id: true, titleFi: true, titleSv: true, titleEn: true, languages: true },
      },
    },
  });
}

export function latestActivities(countyIds: string[], take = 8) {
  return db().activity.findMany({
    where: { association: { countyId: { in: countyIds } } },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      titleFi: true,
      titleSv: true,
      titleEn: true,
      languages: true,
      association: { select: { name: true } },
    },
  });
}

export function createAssociation(input: {
  name: string;
  countyId: string;
  kind: AssociationKind;
  volunteerRun: boolean;
  multicultural: boolean;
}) {
  return db().association.create({ data: input, select: { id: true } });
}

export function renameAssociation(id: string, name: string) {
  return db().association.updateMany({ where: { id }, data: { name } });
}

/** Staff confirm with one click that the profile is current. */
export function confirmAssociationReviewed(id: string, now = new Date()) {
  return db().association.update({ where: { id }, data: { lastReviewedAt: now } });
}

export type ProfileInput = {
  kind: AssociationKind;
  volunteerRun: boolean;
  multicultural: boolean;
  summaryFi: string;
  summaryEn: string;
  summarySv: string;
  descriptionFi: string;
  descriptionEn: string;
  descriptionSv: string;
  municipalities: string[];
  languages: string[];
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  offersPickup: boolean;
  offersInterpreting: boolean;
};

/** Saving the profile is also a confirmation that it is current. */
export function updateProfile(id: string, input: ProfileInput, now = new Date()) {
  return db().association.update({
    where: { id },
    data: {
      ...input,
      summarySv: input.summarySv || null,
      descriptionSv: input.descriptionSv || null,
      lastReviewedAt: now,
    },
  });
}

export function getProfileForEdit(id: string) {
  return db().association.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      countyId: true,
      kind: true,
      volunteerRun: true,
      multicultural: true,
      summaryFi: true,
      summaryEn: true,
      summarySv: true,
      descriptionFi: true,
      descriptionEn: true,
      descriptionSv: true,
      municipalities: true,
      languages: true,
      website: true,
      contactEmail: true,
      contactPhone: true,
      offersPickup: true,
      offersInterpreting: true,
      logo: { select: { updatedAt: true } },
    },
  });
}

export function saveLogo(associationId: string, mimeType: string, data: Uint8Array<ArrayBuffer>) {
  return db().associationLogo.upsert({
    where: { associationId },
    create: { associationId, mimeType, data },
    update: { mimeType, data },
  });
}

export function removeLogo(associationId: string) {
  return db().associationLogo.deleteMany({ where: { associationId } });
}

/** What the activity form sends: the same fields it shows (components/activity-form.tsx). */
export type ActivityInput = ActivityValues;

/** Activities are always addressed through their association, so one association cannot touch another's. */
export function getActivityForEdit(associationId: string, activityId: string) {
  return db().activity.findFirst({ where: { id: activityId, associationId } });
}

export function createActivity(associationId: string, input: ActivityInput) {
  return db().activity.create({ data: { ...input, associationId }, select: { id: true } });
}

export function updateActivity(associationId: string, activityId: string, input: ActivityInput) {
  return db().activity.updateMany({ where: { id: activityId, associationId }, data: input });
}

export function deleteActivity(associationId: string, activityId: string) {
  return db().activity.deleteMany({ where: { id: activityId, associationId } });
}
