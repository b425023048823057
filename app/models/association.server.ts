// Associations (järjestöt) and their activities: the organisations on the other side of the cooperation.
import type { AssociationKind } from "@prisma/client";
import { subMonths } from "date-fns";
import { db } from "~/utils/db.server";

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
      id: true, name: true, kind: true, volunteerRun: true, multicultural: true, languages: true,
      lastReviewedAt: true, countyId: true, county: { select: { name: true } },
      _count: { select: { activities: true, members: true } },
    },
  });
}

export function listStaleAssociations(countyIds: string[] | undefined, now = new Date()) {
  return db().association.findMany({
    where: { lastReviewedAt: { lt: subMonths(now, REVIEW_MONTHS) }, ...(countyIds ? { countyId: { in: countyIds } } : {}) },
    orderBy: { lastReviewedAt: "asc" },
    select: { id: true, name: true, lastReviewedAt: true },
  });
}

export function getAssociationWithTeam(id: string) {
  return db().association.findUnique({
    where: { id },
    select: {
      id: true, name: true, kind: true, countyId: true, lastReviewedAt: true, languages: true,
      members: { orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true, email: true, status: true } } } },
      activities: { orderBy: { titleFi: "asc" }, select: { id: true, titleFi: true, titleEn: true, languages: true } },
    },
  });
}

export function latestActivities(countyIds: string[], take = 8) {
  return db().activity.findMany({
    where: { association: { countyId: { in: countyIds } } },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, titleFi: true, titleEn: true, languages: true, association: { select: { name: true } } },
  });
}

export function createAssociation(input: { name: string; countyId: string; kind: AssociationKind; volunteerRun: boolean; multicultural: boolean }) {
  return db().association.create({ data: input, select: { id: true } });
}

export function renameAssociation(id: string, name: string) {
  return db().association.updateMany({ where: { id }, data: { name } });
}

/** Staff confirm with one click that the profile is current. */
export function confirmAssociationReviewed(id: string, now = new Date()) {
  return db().association.update({ where: { id }, data: { lastReviewedAt: now } });
}
