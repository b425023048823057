// The meetings' clock (issue 11). The day-before reminder: an hourly job finds the occurrences of running series that start in
// the next 24 hours and mails the invitees who said yes, or have not answered, with a fresh answer link. Each
// occurrence is reminded once: its meeting_reminder row is written in the same transaction as the mails, and a second
// run (or a second worker) finds it there. Everything else (the recipients, their answers, the rendered mails) is
// read and prepared before that transaction, which holds two or three statements however many invitees a meeting has.
// And the end of a series whose last meeting is over.
import type { Prisma } from "@prisma/client";
import { SYSTEM } from "#workflows/actor";
import { db } from "~/utils/db.server";
import { insertEmails } from "~/utils/outbox.server";
import { lastOccurrence, occurrencesBetween, type Occurrence } from "~/utils/recurrence.server";
import { step } from "~/utils/workflow.server";
import { ANSWERABLE, inviteesOf, meetingMails, SERIES_SELECT } from "./meeting.server";

const DAY_MS = 86_400_000;

/**
 * The series are read this many at a time, each page its own query: reading and expanding every running series at
 * once held the event loop for about 120 ms at national scale (2,100 series), and every request waited meanwhile.
 */
const SERIES_PAGE = 200;
/** What expanding a series' rule needs, and no more: the texts and relations are read only for the series due. */
const RULE_SELECT = {
  id: true,
  rrule: true,
  firstDate: true,
  startTime: true,
  durationMinutes: true,
  version: true,
  exceptions: SERIES_SELECT.exceptions,
} satisfies Prisma.MeetingSeriesSelect;

/** The series matching `where`, a page at a time in the order of their ids (keyset). */
async function* seriesPages(where: Prisma.MeetingSeriesWhereInput) {
  let after: string | undefined;
  for (;;) {
    const page = await db().meetingSeries.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: SERIES_PAGE,
      select: RULE_SELECT,
    });
    if (page.length) yield page;
    if (page.length < SERIES_PAGE) return;
    after = page.at(-1)!.id;
  }
}

/** The invitees to remind of one meeting: those who said yes to it (or to the series and not no to it), or nothing. */
async function reminderRecipients(seriesId: string, originalStart: Date) {
  const [answers, invitees] = await Promise.all([
    db().meetingRsvp.findMany({
      where: { seriesId, OR: [{ occurrenceStart: null }, { occurrenceStart: originalStart }] },
      select: { userId: true, occurrenceStart: true, answer: true },
    }),
    inviteesOf(db(), seriesId),
  ]);
  // The answer for this meeting wins over the answer for the whole series.
  const answerOf = new Map<string, string>();
  for (const a of answers) if (!a.occurrenceStart) answerOf.set(a.userId, a.answer);
  for (const a of answers) if (a.occurrenceStart) answerOf.set(a.userId, a.answer);
  return invitees.filter((u) => {
    const answer = answerOf.get(u.id);
    return answer === undefined || answer === "yes";
  });
}

/**
 * Reminds the meetings that start within a day of `now` and have not been reminded, soonest first; returns the number
 * of mails queued. A meeting's mails are prepared first; its transaction then claims the reminder (the row that keeps
 * it once: of two instances, or a retry after a failure, only the first to commit writes it) and inserts the mails in
 * one multi-row statement. A failure rolls back that meeting's claim and mails together, so the job's retry reminds it.
 */
export async function sendMeetingReminders(now = new Date()) {
  const window = { from: now, to: new Date(now.getTime() + DAY_MS) };
  const dueRules: { seriesId: string; occurrence: Occurrence }[] = [];
  for await (const page of seriesPages({ status: { in: ANSWERABLE }, firstDate: { lte: window.to } }))
    for (const s of page)
      for (const occurrence of occurrencesBetween(s, s.exceptions, window))
        if (!occurrence.cancelled) dueRules.push({ seriesId: s.id, occurrence });
  if (!dueRules.length) return 0;
  const seriesById = new Map(
    (
      await db().meetingSeries.findMany({
        where: { id: { in: [...new Set(dueRules.map((d) => d.seriesId))] } },
        select: SERIES_SELECT,
      })
    ).map((s) => [s.id, s]),
  );
  const due = dueRules
    .flatMap(({ seriesId, occurrence }) => {
      const series = seriesById.get(seriesId);
      return series ? [{ series, occurrence }] : [];
    })
    .sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime());
  // The meetings an earlier run (or another instance) reminded need no more work: most hourly runs find all of them.
  const key = (seriesId: string, originalStart: Date) => `${seriesId} ${originalStart.toISOString()}`;
  const done = new Set(
    (
      await db().meetingReminder.findMany({
        where: {
          seriesId: { in: [...new Set(due.map((d) => d.series.id))] },
          occurrenceStart: { in: due.map((d) => d.occurrence.originalStart) },
        },
        select: { seriesId: true, occurrenceStart: true },
      })
    ).map((r) => key(r.seriesId, r.occurrenceStart)),
  );
  let reminded = 0;
  for (const { series: s, occurrence } of due) {
    if (done.has(key(s.id, occurrence.originalStart))) continue;
    const recipients = await reminderRecipients(s.id, occurrence.originalStart);
    const mails = meetingMails(s, "reminder", null, recipients, { occurrence: occurrence.start, now });
    reminded += await db().$transaction(async (tx) => {
      const claimed = await tx.meetingReminder.createMany({
        data: [{ seriesId: s.id, occurrenceStart: occurrence.originalStart }],
        skipDuplicates: true,
      });
      if (claimed.count !== 1) return 0;
      await insertEmails(tx, mails);
      return mails.length;
    });
  }
  return reminded;
}

/**
 * Ends the running series whose last meeting (by COUNT or UNTIL, a moved one at its new time) is over: the system's
 * END, so that their answer links stop taking answers and the step 2 evidence reads them as held. Open-ended series
 * run until their organiser ends them.
 */
export async function endFinishedSeries(now = new Date()) {
  let ended = 0;
  for await (const page of seriesPages({
    status: { in: ANSWERABLE },
    OR: [{ rrule: { contains: "COUNT=" } }, { rrule: { contains: "UNTIL=" } }],
  })) {
    for (const series of page) {
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
  }
  return ended;
}
