// The day-before reminder of meetings (issue 11): an hourly job finds the occurrences of running series that start in
// the next 24 hours and mails the invitees who said yes, or have not answered, with a fresh answer link. Each
// occurrence is reminded once: its meeting_reminder row is written in the same transaction as the mails, and a second
// run (or a second worker) finds it there.
import { db } from "~/utils/db.server";
import { occurrencesBetween } from "~/utils/recurrence.server";
import { ANSWERABLE, inviteesOf, mailInvitees, SERIES_SELECT } from "./meeting.server";

const DAY_MS = 86_400_000;

export async function sendMeetingReminders(now = new Date()) {
  const window = { from: now, to: new Date(now.getTime() + DAY_MS) };
  const series = await db().meetingSeries.findMany({
    where: { status: { in: ANSWERABLE }, firstDate: { lte: window.to } },
    select: SERIES_SELECT,
  });
  let reminded = 0;
  for (const s of series) {
    for (const occurrence of occurrencesBetween(s, s.exceptions, window).filter((o) => !o.cancelled)) {
      reminded += await db().$transaction(async (tx) => {
        const claimed = await tx.meetingReminder.createMany({
          data: [{ seriesId: s.id, occurrenceStart: occurrence.originalStart }],
          skipDuplicates: true,
        });
        if (claimed.count !== 1) return 0;
        const answers = await tx.meetingRsvp.findMany({
          where: { seriesId: s.id, OR: [{ occurrenceStart: null }, { occurrenceStart: occurrence.originalStart }] },
          select: { userId: true, occurrenceStart: true, answer: true },
        });
        // The answer for this meeting wins over the answer for the whole series.
        const answerOf = (userId: string) =>
          (answers.find((a) => a.userId === userId && a.occurrenceStart) ?? answers.find((a) => a.userId === userId))
            ?.answer;
        const recipients = (await inviteesOf(tx, s.id)).filter((u) => {
          const answer = answerOf(u.id);
          return answer === undefined || answer === "yes";
        });
        await mailInvitees(tx, s, "reminder", null, recipients, { occurrence: occurrence.start, now });
        return recipients.length;
      });
    }
  }
  return reminded;
}
