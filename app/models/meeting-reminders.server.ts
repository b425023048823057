// The meetings' clock (issue 11). The day-before reminder: an hourly job finds the occurrences of running series that start in
// the next 24 hours and mails the invitees who said yes, or have not answered, with a fresh answer link. Each
// occurrence is reminded once: its meeting_reminder row is written in the same transaction as the mails, and a second
// run (or a second worker) finds it there. And the end of a series whose last meeting is over.
import { SYSTEM } from "#workflows/actor";
import { db } from "~/utils/db.server";
import { lastOccurrence, occurrencesBetween } from "~/utils/recurrence.server";
import { step } from "~/utils/workflow.server";
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

/**
 * Ends the running series whose last meeting (by COUNT or UNTIL, a moved one at its new time) is over: the system's
 * END, so that their answer links stop taking answers and the step 2 evidence reads them as held. Open-ended series
 * run until their organiser ends them.
 */
export async function endFinishedSeries(now = new Date()) {
  const running = await db().meetingSeries.findMany({
    where: { status: { in: ANSWERABLE }, OR: [{ rrule: { contains: "COUNT=" } }, { rrule: { contains: "UNTIL=" } }] },
    select: SERIES_SELECT,
  });
  let ended = 0;
  for (const series of running) {
    const last = lastOccurrence(series);
    const moved = series.exceptions.flatMap((e) => (e.movedStart ? [e.movedStart] : []));
    const end =
      Math.max(last?.getTime() ?? Infinity, ...moved.map((d) => d.getTime())) + series.durationMinutes * 60_000;
    if (end > now.getTime()) continue;
    await db().$transaction((tx) =>
      step(tx, "meeting-series", series.id, { type: "END", actor: SYSTEM }, { expectedVersion: series.version }),
    );
    ended++;
  }
  return ended;
}
