// What needs each role's attention, for the home pages.
import { subDays } from "date-fns";
import type { ConcernNoticeStatus, ContactRequestStatus, ReferralStatus } from "@prisma/client";
import { concernNoticeMachine } from "#workflows/concern-notice/concern-notice.machine";
import { contactRequestMachine } from "#workflows/contact-request/contact-request.machine";
import { referralMachine } from "#workflows/referral/referral.machine";
import { statesWithTag } from "#workflows/states";
import type { SessionUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { undeliveredMailCount } from "~/utils/outbox.server";
import { isStale, latestActivities, listAssociations, listStaleAssociations } from "./association.server";

/** Home pages count what waits up to this many and then say "99+": counting every one of 20,000 referrals per
 * request would cost the page most of its time, and a larger number tells the reader nothing more. */
export const HOME_COUNT_CAP = 99;
const capped = { take: HOME_COUNT_CAP + 1 } as const;

const CONTACT_WAITING = statesWithTag<ContactRequestStatus>(contactRequestMachine, "waiting");
const CONCERN_PENDING = statesWithTag<ConcernNoticeStatus>(concernNoticeMachine, "pending");

export async function homeFor(user: SessionUser, now = new Date()) {
  switch (user.role) {
    case "social_worker": {
      // The home's few independent reads run side by side.
      const [units, referralsWaiting, contactWaiting, concernsPending, activities] = await Promise.all([
        db().unit.findMany({ where: { id: { in: user.unitIds } }, select: { id: true, name: true } }),
        db().referral.count({
          where: {
            unitId: { in: user.unitIds },
            status: { in: statesWithTag<ReferralStatus>(referralMachine, "county_to_act") },
          },
          ...capped,
        }),
        // Contact requests routed to the worker's units that wait for an answer, and concern notices still open.
        db().contactRequest.count({
          where: { unitId: { in: user.unitIds }, status: { in: CONTACT_WAITING } },
          ...capped,
        }),
        db().concernNotice.count({
          where: { unitId: { in: user.unitIds }, status: { in: CONCERN_PENDING } },
          ...capped,
        }),
        latestActivities(user.countyIds),
      ]);
      return { role: user.role, units, referralsWaiting, contactWaiting, concernsPending, activities };
    }
    case "liaison": {
      const waiting = { countyId: { in: user.countyIds }, status: { in: CONTACT_WAITING } };
      const [stale, pendingInvitations, associations, contactWaiting, contactOverdue] = await Promise.all([
        listStaleAssociations(user.countyIds, now),
        db().user.count({
          where: {
            status: "invited",
            OR: [
              { units: { some: { unit: { countyId: { in: user.countyIds } } } } },
              { associations: { some: { association: { countyId: { in: user.countyIds } } } } },
            ],
          },
        }),
        db().association.count({ where: { countyId: { in: user.countyIds } } }),
        // The county's contact point: requests waiting for an answer, and those past their response target.
        db().contactRequest.count({ where: waiting, ...capped }),
        db().contactRequest.count({ where: { ...waiting, dueAt: { lt: now } }, ...capped }),
      ]);
      return { role: user.role, stale, pendingInvitations, associations, contactWaiting, contactOverdue };
    }
    case "association_staff":
      return {
        role: user.role,
        newReferrals: await db().referral.count({
          where: {
            associationId: { in: user.associationIds },
            status: { in: statesWithTag<ReferralStatus>(referralMachine, "awaiting_answer") },
          },
          ...capped,
        }),
        associations: (await listAssociations({ ids: user.associationIds })).map((a) => ({
          id: a.id,
          name: a.name,
          lastReviewedAt: a.lastReviewedAt,
          stale: isStale(a.lastReviewedAt, now),
          activities: a._count.activities,
        })),
      };
    case "admin":
      return {
        role: user.role,
        pendingInvitations: await db().user.count({ where: { status: "invited" } }),
        failingMails: await undeliveredMailCount(now),
        oldQueuedMails: await db().outboxEmail.count({
          where: { status: "queued", createdAt: { lt: subDays(now, 1) } },
        }),
        counts: {
          counties: await db().county.count(),
          associations: await db().association.count(),
          users: await db().user.count(),
        },
      };
  }
}
