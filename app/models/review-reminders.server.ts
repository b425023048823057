// Co-Act step 1, keeping profiles current: when an association's profile passes six months without review, its staff
// get one e-mail, and another each month until someone confirms the profile. Runs daily on the job queue; the clock
// is a parameter so that it can be tested.
import { subMonths } from "date-fns";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { queueEmail } from "~/utils/outbox.server";
import { formatDate } from "~/utils/dates";
import { asLocale } from "~/i18n/i18n";
import { REVIEW_MONTHS } from "./association.server";

function dueWhere(now: Date) {
  const staleBefore = subMonths(now, REVIEW_MONTHS);
  const remindedBefore = subMonths(now, 1);
  return {
    lastReviewedAt: { lt: staleBefore },
    OR: [{ reviewReminderSentAt: null }, { reviewReminderSentAt: { lte: remindedBefore } }],
  };
}

/** Sends the reminders that are due at `now`; returns how many associations were reminded. */
export async function sendReviewReminders(now = new Date()): Promise<number> {
  const due = await db().association.findMany({ where: dueWhere(now), select: { id: true } });
  let reminded = 0;
  for (const { id } of due) {
    await db().$transaction(async (tx) => {
      // Claim the reminder: of two app instances running this at once, only one updates the row.
      const claimed = await tx.association.updateMany({
        where: { id, ...dueWhere(now) },
        data: { reviewReminderSentAt: now },
      });
      if (claimed.count !== 1) return;
      const association = await tx.association.findUniqueOrThrow({
        where: { id },
        select: {
          name: true,
          lastReviewedAt: true,
          members: {
            where: { user: { status: "active" } },
            select: { user: { select: { email: true, locale: true } } },
          },
        },
      });
      for (const { user } of association.members) {
        const locale = asLocale(user.locale);
        await queueEmail(tx, {
          to: user.email,
          locale,
          template: "profileReview",
          params: {
            associationName: association.name,
            lastReviewed: formatDate(association.lastReviewedAt, locale),
            url: `${env().APP_URL}/org/associations/${id}`,
          },
        });
      }
      reminded++;
    });
  }
  return reminded;
}
