// Co-Act step 1, keeping profiles current: when an association's profile passes six months without review, its staff
// get one e-mail, and another each month until someone confirms the profile. Runs daily on the job queue; the clock
// is a parameter so that it can be tested.
import { subMonths } from "date-fns";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { insertEmails, prepareEmail } from "~/utils/outbox.server";
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

/**
 * Sends the reminders that are due at `now`; returns how many associations were reminded. Each association's mails
 * are rendered first; its transaction then only claims the reminder and inserts them (two statements for any number
 * of staff).
 */
export async function sendReviewReminders(now = new Date()): Promise<number> {
  const due = await db().association.findMany({
    where: dueWhere(now),
    select: {
      id: true,
      name: true,
      lastReviewedAt: true,
      members: {
        where: { user: { status: "active" } },
        select: { user: { select: { email: true, locale: true } } },
      },
    },
  });
  let reminded = 0;
  for (const association of due) {
    const mails = association.members.map(({ user }) => {
      const locale = asLocale(user.locale);
      return prepareEmail({
        to: user.email,
        locale,
        template: "profileReview",
        params: {
          associationName: association.name,
          lastReviewed: formatDate(association.lastReviewedAt, locale),
          url: `${env().APP_URL}/org/associations/${association.id}`,
        },
      });
    });
    await db().$transaction(async (tx) => {
      // Claim the reminder: of two app instances running this at once, only one updates the row.
      const claimed = await tx.association.updateMany({
        where: { id: association.id, ...dueWhere(now) },
        data: { reviewReminderSentAt: now },
      });
      if (claimed.count !== 1) return;
      await insertEmails(tx, mails);
      reminded++;
    });
  }
  return reminded;
}
