// Data access for meeting series (issue 11; DESIGN.md steps 2, 4, 8, 10): a county unit's recurring introduction
// meetings, group visits, joint meetings and annual sessions, their invitations, occurrences (computed, with stored
// exceptions), presenters, answers and attendance. Every change goes through workflows/meeting-series and, once the
// series is scheduled, reaches the invitees' calendars as an e-mail with an .ics of the same UID and a higher SEQUENCE.
// Invitees see organisations, never other invitees' e-mail addresses; nothing here holds client data.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { MeetingKind, Prisma } from "@prisma/client";
import type { CalendarEvent } from "#emails/calendar";
import { statesWithTag } from "#workflows/states";
import { meetingSeriesMachine, type MeetingSeriesEvent } from "#workflows/meeting-series/meeting-series.machine";
import type { SessionUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import type { MeetingSeriesStatus } from "~/utils/enums.generated";
import { env } from "~/utils/env.server";
import { insertEmails, prepareEmail, type PreparedEmail } from "~/utils/outbox.server";
import {
  hasPermission,
  meetingParty,
  NotAllowed,
  organiserUnitScope,
  seriesEditScope,
  seriesScope,
} from "~/utils/permissions.server";
import {
  firstStart,
  isOccurrence,
  nextOccurrences,
  occurrencesBetween,
  splitRule,
  type ExceptionRow,
  type Occurrence,
} from "~/utils/recurrence.server";
import { initialRow, step } from "~/utils/workflow.server";
import { rsvpLink } from "./meeting-rsvp.server";
import { FieldProblem } from "./user.server";

export const VISIBLE = statesWithTag<MeetingSeriesStatus>(meetingSeriesMachine, "visible");
export const EDITABLE = statesWithTag<MeetingSeriesStatus>(meetingSeriesMachine, "editable");
export const ANSWERABLE = statesWithTag<MeetingSeriesStatus>(meetingSeriesMachine, "answerable");

/** What the series form gives (validated at the edge). */
export type SeriesInput = {
  unitId: string;
  kind: MeetingKind;
  title: string;
  description: string;
  rrule: string;
  firstDate: Date;
  startTime: string;
  durationMinutes: number;
  place: string | null;
  onlineUrl: string | null;
  languages: string[];
  hostAssociationId: string | null;
  capacity: number | null;
};

export const SERIES_SELECT = {
  id: true,
  unitId: true,
  kind: true,
  title: true,
  description: true,
  rrule: true,
  firstDate: true,
  startTime: true,
  durationMinutes: true,
  place: true,
  onlineUrl: true,
  languages: true,
  capacity: true,
  status: true,
  version: true,
  sequence: true,
  hostAssociationId: true,
  predecessorId: true,
  unit: { select: { name: true, countyId: true } },
  hostAssociation: { select: { name: true } },
  exceptions: { select: { originalStart: true, kind: true, movedStart: true } },
} satisfies Prisma.MeetingSeriesSelect;

export type SeriesRow = Prisma.MeetingSeriesGetPayload<{ select: typeof SERIES_SELECT }>;

/** The units the user may organise a series for, and the associations that may host a visit (same counties). */
export async function organiserChoices(user: SessionUser) {
  const units = await db().unit.findMany({
    where: organiserUnitScope(user),
    orderBy: { name: "asc" },
    select: { id: true, name: true, countyId: true },
  });
  const associations = await db().association.findMany({
    where: { countyId: { in: [...new Set(units.map((u) => u.countyId))] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, multicultural: true, volunteerRun: true },
  });
  return { units, associations };
}

/** Whom an organiser may invite: the county's associations (small multicultural ones marked), units and people. */
export async function invitationChoices(countyId: string) {
  const [associations, units, people] = await Promise.all([
    db().association.findMany({
      where: { countyId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, multicultural: true },
    }),
    db().unit.findMany({ where: { countyId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().user.findMany({
      where: {
        status: "active",
        OR: [{ units: { some: { unit: { countyId } } } }, { associations: { some: { association: { countyId } } } }],
      },
      orderBy: { name: "asc" },
      take: 500,
      select: { id: true, name: true },
    }),
  ]);
  return { associations, units, people };
}

async function requireOrganiserUnit(tx: Tx, user: SessionUser, unitId: string) {
  const unit = await tx.unit.findFirst({
    // AND, not a spread: the scope may itself be a condition on the id.
    where: { AND: [{ id: unitId }, organiserUnitScope(user)] },
    select: { countyId: true },
  });
  if (!unit) throw new NotAllowed();
  return unit;
}

async function checkHost(tx: Tx, countyId: string, hostAssociationId: string | null) {
  if (!hostAssociationId) return;
  const found = await tx.association.count({ where: { id: hostAssociationId, countyId } });
  if (!found) throw new FieldProblem("hostAssociationId", "errors.unknownId");
}

export async function createSeries(user: SessionUser, input: SeriesInput) {
  return db().$transaction(async (tx) => {
    const unit = await requireOrganiserUnit(tx, user, input.unitId);
    await checkHost(tx, unit.countyId, input.hostAssociationId);
    return tx.meetingSeries.create({ data: { ...input, ...initialRow("meeting-series") }, select: { id: true } });
  });
}

/** A series the user sees (organiser or invitee), or null: one they may not see is not found. */
export async function getSeries(user: SessionUser, id: string) {
  const series = await db().meetingSeries.findFirst({
    where: { AND: [{ id }, seriesScope(user, VISIBLE)] },
    select: SERIES_SELECT,
  });
  if (!series) return null;
  const editable = (await db().meetingSeries.count({ where: { AND: [{ id }, seriesEditScope(user)] } })) === 1;
  return { series, editable };
}

/** A series the user may edit, in the caller's transaction (locked against concurrent changes by the version check). */
async function editableSeries(tx: Tx, user: SessionUser, id: string) {
  const series = await tx.meetingSeries.findFirst({
    where: { AND: [{ id }, seriesEditScope(user)] },
    select: SERIES_SELECT,
  });
  if (!series) throw new NotAllowed();
  return series;
}

// ---- invitees -----------------------------------------------------------------------------------------------------

/** The people a series' invitations reach: named users, the invited units' staff, the invited associations' staff. */
export async function inviteesOf(tx: Tx, seriesId: string) {
  const invitations = await tx.meetingInvitation.findMany({
    where: { seriesId },
    select: { userId: true, unitId: true, associationId: true },
  });
  const userIds = invitations.flatMap((i) => (i.userId ? [i.userId] : []));
  const unitIds = invitations.flatMap((i) => (i.unitId ? [i.unitId] : []));
  const associationIds = invitations.flatMap((i) => (i.associationId ? [i.associationId] : []));
  return tx.user.findMany({
    where: {
      status: { not: "deactivated" },
      OR: [
        { id: { in: userIds } },
        { units: { some: { unitId: { in: unitIds } } } },
        { associations: { some: { associationId: { in: associationIds } } } },
      ],
    },
    orderBy: { id: "asc" },
    select: { id: true, email: true, locale: true },
  });
}

/** Whether the user is among the series' invitees (the RSVP link's holder must still be). */
export async function isInvited(tx: Tx, seriesId: string, userId: string) {
  return (await inviteesOf(tx, seriesId)).some((u) => u.id === userId);
}

/**
 * Invites units, associations (optionally personally: step 10) and named users of the organiser's county. In a
 * scheduled series the new invitees get the invitation at once.
 */
export async function invite(
  user: SessionUser,
  seriesId: string,
  input: { unitIds: string[]; associationIds: string[]; userIds: string[]; personal: boolean },
) {
  return db().$transaction(async (tx) => {
    const series = await editableSeries(tx, user, seriesId);
    const countyId = series.unit.countyId;
    const [units, associations, users] = await Promise.all([
      tx.unit.count({ where: { id: { in: input.unitIds }, countyId } }),
      tx.association.count({ where: { id: { in: input.associationIds }, countyId } }),
      tx.user.count({
        where: {
          id: { in: input.userIds },
          OR: [{ units: { some: { unit: { countyId } } } }, { associations: { some: { association: { countyId } } } }],
        },
      }),
    ]);
    if (units !== new Set(input.unitIds).size) throw new FieldProblem("unitIds", "errors.unknownId");
    if (associations !== new Set(input.associationIds).size)
      throw new FieldProblem("associationIds", "errors.unknownId");
    if (users !== new Set(input.userIds).size) throw new FieldProblem("userIds", "errors.unknownId");
    const before = new Set((await inviteesOf(tx, seriesId)).map((u) => u.id));
    await tx.meetingInvitation.createMany({
      data: [
        ...input.unitIds.map((unitId) => ({ seriesId, unitId })),
        ...input.associationIds.map((associationId) => ({ seriesId, associationId, personal: input.personal })),
        ...input.userIds.map((userId) => ({ seriesId, userId })),
      ],
      skipDuplicates: true,
    });
    if (input.personal && input.associationIds.length)
      await tx.meetingInvitation.updateMany({
        where: { seriesId, associationId: { in: input.associationIds } },
        data: { personal: true },
      });
    if (ANSWERABLE.includes(series.status)) {
      const added = (await inviteesOf(tx, seriesId)).filter((u) => !before.has(u.id));
      await mailInvitees(tx, series, "invitation", "REQUEST", added);
    }
  });
}

// ---- calendar entries and mails ------------------------------------------------------------------------------------

const host = () => new URL(env().APP_URL).hostname;
export const seriesUid = (id: string) => `meeting-series-${id}@${host()}`;
export const seriesUrl = (id: string) => `${env().APP_URL}/meetings/${id}`;
const organizer = () => ({ name: "Co-Act", email: /<([^>]+)>/.exec(env().MAIL_FROM)?.[1] ?? env().MAIL_FROM });

type CalendarSeries = Pick<
  SeriesRow,
  | "id"
  | "rrule"
  | "firstDate"
  | "startTime"
  | "durationMinutes"
  | "sequence"
  | "place"
  | "onlineUrl"
  | "exceptions"
  | "title"
>;

/**
 * A series as calendar events: the master (RRULE, EXDATE for cancelled occurrences) and one event per moved occurrence
 * with the same UID and its RECURRENCE-ID. Texts are the reader's (the template fills them in).
 */
export function seriesEvents(series: CalendarSeries): Omit<CalendarEvent, "summary" | "description" | "url">[] {
  const start = firstStart(series);
  const duration = series.durationMinutes * 60_000;
  const location = [series.place, series.onlineUrl].filter(Boolean).join(" / ") || null;
  const common = { uid: seriesUid(series.id), sequence: series.sequence, location };
  return [
    {
      ...common,
      start,
      end: new Date(start.getTime() + duration),
      rrule: series.rrule,
      exdates: series.exceptions.filter((e) => e.kind === "cancelled").map((e) => e.originalStart),
    },
    ...series.exceptions.flatMap((e) =>
      e.kind === "moved" && e.movedStart
        ? [
            {
              ...common,
              recurrenceId: e.originalStart,
              start: e.movedStart,
              end: new Date(e.movedStart.getTime() + duration),
            },
          ]
        : [],
    ),
  ];
}

export type MeetingMailWhat = "invitation" | "update" | "cancelled" | "occurrence_cancelled" | "reminder";

/**
 * The series' mail to each recipient, rendered, with its calendar file and their own RSVP link: no database work, so
 * that a job can prepare it before opening the transaction that queues it.
 */
export function meetingMails(
  series: SeriesRow,
  what: MeetingMailWhat,
  method: "REQUEST" | "CANCEL" | null,
  recipients: { id: string; email: string; locale: string }[],
  { occurrence, now = new Date() }: { occurrence?: Date; now?: Date } = {},
): PreparedEmail[] {
  const next = nextOccurrences(series, series.exceptions, now, 3).filter((o) => !o.cancelled);
  const events =
    method === "CANCEL" && occurrence
      ? [
          {
            uid: seriesUid(series.id),
            sequence: series.sequence,
            recurrenceId: occurrence,
            start: occurrence,
            end: new Date(occurrence.getTime() + series.durationMinutes * 60_000),
          },
        ]
      : seriesEvents(series);
  return recipients.map((to) =>
    prepareEmail({
      to: to.email,
      locale: to.locale,
      template: "meeting",
      params: {
        what,
        title: series.title,
        kind: series.kind,
        organiser: series.unit.name,
        starts: occurrence && what !== "occurrence_cancelled" ? [occurrence] : next.map((o) => o.start),
        cancelledStart: what === "occurrence_cancelled" ? (occurrence ?? null) : null,
        durationMinutes: series.durationMinutes,
        place: series.place,
        onlineUrl: series.onlineUrl,
        languages: series.languages,
        url: seriesUrl(series.id),
        rsvpUrl: what === "cancelled" || what === "occurrence_cancelled" ? null : rsvpLink(series.id, to.id, now),
        calendar: method ? { method, events, organizer: organizer() } : null,
      },
    }),
  );
}

/** Queues the series' mail to each recipient (meetingMails) in the caller's transaction, in two statements. */
export async function mailInvitees(
  tx: Tx,
  series: SeriesRow,
  what: MeetingMailWhat,
  method: "REQUEST" | "CANCEL" | null,
  recipients: { id: string; email: string; locale: string }[],
  options: { occurrence?: Date; now?: Date } = {},
) {
  await insertEmails(tx, meetingMails(series, what, method, recipients, options));
}

/** Re-reads the series after a change (new sequence, exceptions) and mails every invitee. */
async function announce(
  tx: Tx,
  seriesId: string,
  what: MeetingMailWhat,
  method: "REQUEST" | "CANCEL" | null,
  options: { occurrence?: Date; now?: Date } = {},
) {
  const series = await tx.meetingSeries.findUniqueOrThrow({ where: { id: seriesId }, select: SERIES_SELECT });
  await mailInvitees(tx, series, what, method, await inviteesOf(tx, seriesId), options);
}

// ---- workflow steps ------------------------------------------------------------------------------------------------

const actorOf = (user: SessionUser) => ({ id: user.id, party: meetingParty(user) });

/**
 * Schedules a draft: the invitations go out (METHOD:REQUEST). Ends or cancels a series: a cancellation withdraws the
 * calendar entries (METHOD:CANCEL, a higher SEQUENCE); an ended series stays in calendars as it was.
 */
export async function changeSeriesState(
  user: SessionUser,
  seriesId: string,
  type: Extract<MeetingSeriesEvent["type"], "SCHEDULE" | "END" | "CANCEL">,
  expectedVersion: number,
) {
  return db().$transaction(async (tx) => {
    const series = await editableSeries(tx, user, seriesId);
    const wasScheduled = ANSWERABLE.includes(series.status);
    await step(
      tx,
      "meeting-series",
      seriesId,
      { type, actor: actorOf(user) },
      { expectedVersion, data: type === "CANCEL" ? { sequence: { increment: 1 } } : undefined },
    );
    if (type === "SCHEDULE") await announce(tx, seriesId, "invitation", "REQUEST");
    if (type === "CANCEL" && wasScheduled) await announce(tx, seriesId, "cancelled", "CANCEL");
  });
}

/** Changes the series as a whole (time, place, language, rule): a CHANGE step, and in a scheduled series an update. */
export async function updateSeries(user: SessionUser, seriesId: string, input: SeriesInput, expectedVersion: number) {
  return db().$transaction(async (tx) => {
    const series = await editableSeries(tx, user, seriesId);
    const unit = await requireOrganiserUnit(tx, user, input.unitId);
    await checkHost(tx, unit.countyId, input.hostAssociationId);
    await step(
      tx,
      "meeting-series",
      seriesId,
      { type: "CHANGE", actor: actorOf(user) },
      { expectedVersion, data: { ...input, sequence: { increment: 1 } } },
    );
    // Exceptions keyed by starts the new rule no longer gives would be orphans: they go with the old rule.
    const updated = { ...series, ...input };
    const stale = series.exceptions.filter((e) => !isOccurrence(updated, e.originalStart));
    if (stale.length)
      await tx.meetingException.deleteMany({
        where: { seriesId, originalStart: { in: stale.map((e) => e.originalStart) } },
      });
    if (ANSWERABLE.includes(series.status)) await announce(tx, seriesId, "update", "REQUEST");
  });
}

/** Cancels one occurrence (METHOD:CANCEL with its RECURRENCE-ID) or moves it (a REQUEST with the moved instance). */
export async function changeOccurrence(
  user: SessionUser,
  seriesId: string,
  input: { occurrence: Date; movedStart: Date | null },
  expectedVersion: number,
  now = new Date(),
) {
  return db().$transaction(async (tx) => {
    const series = await editableSeries(tx, user, seriesId);
    if (!isOccurrence(series, input.occurrence))
      throw new FieldProblem("occurrence", "meeting.errors.noSuchOccurrence");
    if (input.occurrence <= now) throw new FieldProblem("occurrence", "meeting.errors.occurrencePast");
    if (input.movedStart && input.movedStart <= now) throw new FieldProblem("movedStart", "errors.dateInPast");
    await step(
      tx,
      "meeting-series",
      seriesId,
      { type: "CHANGE", actor: actorOf(user) },
      { expectedVersion, data: { sequence: { increment: 1 } } },
    );
    const exception = input.movedStart
      ? { kind: "moved" as const, movedStart: input.movedStart }
      : { kind: "cancelled" as const, movedStart: null };
    await tx.meetingException.upsert({
      where: { seriesId_originalStart: { seriesId, originalStart: input.occurrence } },
      create: { seriesId, originalStart: input.occurrence, ...exception },
      update: exception,
    });
    if (!ANSWERABLE.includes(series.status)) return;
    if (input.movedStart) await announce(tx, seriesId, "update", "REQUEST", { occurrence: input.movedStart, now });
    else await announce(tx, seriesId, "occurrence_cancelled", "CANCEL", { occurrence: input.occurrence, now });
  });
}

/**
 * Edits "from this occurrence onward": the series ends there (UNTIL the day before; END) and a successor series with
 * the new values starts at that occurrence, scheduled at once with the same invitations. Returns the successor's id.
 */
export async function splitSeries(
  user: SessionUser,
  seriesId: string,
  input: SeriesInput & { from: Date },
  expectedVersion: number,
) {
  return db().$transaction(async (tx) => {
    const series = await editableSeries(tx, user, seriesId);
    if (!ANSWERABLE.includes(series.status)) throw new FieldProblem("form", "meeting.errors.notRunning");
    const split = splitRule(series, input.from);
    if (!split) throw new FieldProblem("from", "meeting.errors.cannotSplit");
    const { from: _from, ...values } = input;
    await step(
      tx,
      "meeting-series",
      seriesId,
      { type: "END", actor: actorOf(user) },
      { expectedVersion, data: { rrule: split.before.rrule, sequence: { increment: 1 } } },
    );
    // Exceptions and presenters from the split on belong to the successor.
    await tx.meetingException.deleteMany({ where: { seriesId, originalStart: { gte: input.from } } });
    const successor = await tx.meetingSeries.create({
      data: {
        ...values,
        rrule: values.rrule === series.rrule ? split.after.rrule : values.rrule,
        firstDate: split.after.firstDate,
        predecessorId: seriesId,
        ...initialRow("meeting-series"),
      },
      select: { id: true },
    });
    const invitations = await tx.meetingInvitation.findMany({
      where: { seriesId },
      select: { unitId: true, associationId: true, userId: true, personal: true },
    });
    await tx.meetingInvitation.createMany({ data: invitations.map((i) => ({ ...i, seriesId: successor.id })) });
    await step(tx, "meeting-series", successor.id, { type: "SCHEDULE", actor: actorOf(user) });
    await announce(tx, seriesId, "update", "REQUEST");
    await announce(tx, successor.id, "invitation", "REQUEST");
    return successor.id;
  });
}

// ---- presenters and attendance -------------------------------------------------------------------------------------

/**
 * An association's staff sign their association up to present at a free slot of an introduction series they are
 * invited to (or the organiser assigns one). One association per occurrence; a taken slot is refused.
 */
export async function signUpPresenter(
  user: SessionUser,
  seriesId: string,
  input: { occurrence: Date; associationId: string },
  now = new Date(),
) {
  return db().$transaction(async (tx) => {
    const series = await tx.meetingSeries.findFirst({
      where: { AND: [{ id: seriesId }, seriesScope(user, VISIBLE)] },
      select: SERIES_SELECT,
    });
    if (!series) throw new NotAllowed();
    const organiser =
      (await tx.meetingSeries.count({ where: { AND: [{ id: seriesId }, seriesEditScope(user)] } })) === 1;
    if (!organiser && !user.associationIds.includes(input.associationId)) throw new NotAllowed();
    if (series.kind !== "introduction") throw new FieldProblem("form", "meeting.errors.noPresenters");
    if (!ANSWERABLE.includes(series.status)) throw new FieldProblem("form", "meeting.errors.notRunning");
    const association = await tx.association.count({
      where: { id: input.associationId, countyId: series.unit.countyId },
    });
    if (!association) throw new FieldProblem("associationId", "errors.unknownId");
    // A meeting of the rule, not cancelled, still ahead (at its moved time, if moved).
    const exception = series.exceptions.find((e) => e.originalStart.getTime() === input.occurrence.getTime());
    const start = exception?.movedStart ?? input.occurrence;
    if (!isOccurrence(series, input.occurrence) || exception?.kind === "cancelled" || start <= now)
      throw new FieldProblem("occurrence", "meeting.errors.noSuchOccurrence");
    const taken = await tx.meetingPresenter.createMany({
      data: [{ seriesId, occurrenceStart: input.occurrence, associationId: input.associationId }],
      skipDuplicates: true,
    });
    if (taken.count !== 1) throw new FieldProblem("occurrence", "meeting.errors.slotTaken");
  });
}

/** The organiser records which organisations came to a past occurrence (replacing what was recorded before). */
export async function recordAttendance(
  user: SessionUser,
  seriesId: string,
  input: { occurrence: Date; unitIds: string[]; associationIds: string[] },
  now = new Date(),
) {
  return db().$transaction(async (tx) => {
    const series = await editableSeries(tx, user, seriesId);
    if (!isOccurrence(series, input.occurrence))
      throw new FieldProblem("occurrence", "meeting.errors.noSuchOccurrence");
    const held = series.exceptions.find((e) => e.originalStart.getTime() === input.occurrence.getTime());
    if (held?.kind === "cancelled") throw new FieldProblem("occurrence", "meeting.errors.noSuchOccurrence");
    if ((held?.movedStart ?? input.occurrence) > now) throw new FieldProblem("occurrence", "meeting.errors.notYetHeld");
    const countyId = series.unit.countyId;
    const [units, associations] = await Promise.all([
      tx.unit.count({ where: { id: { in: input.unitIds }, countyId } }),
      tx.association.count({ where: { id: { in: input.associationIds }, countyId } }),
    ]);
    if (units !== new Set(input.unitIds).size) throw new FieldProblem("unitIds", "errors.unknownId");
    if (associations !== new Set(input.associationIds).size)
      throw new FieldProblem("associationIds", "errors.unknownId");
    await tx.meetingAttendance.deleteMany({ where: { seriesId, occurrenceStart: input.occurrence } });
    await tx.meetingAttendance.createMany({
      data: [
        ...input.unitIds.map((unitId) => ({ seriesId, occurrenceStart: input.occurrence, unitId })),
        ...input.associationIds.map((associationId) => ({
          seriesId,
          occurrenceStart: input.occurrence,
          associationId,
        })),
      ],
    });
  });
}

// ---- what the series page shows ------------------------------------------------------------------------------------

/**
 * The series page's data: occurrences in a window, presenters, invited organisations (never addresses), the
 * personal-invitation list with answered or not, and the figures. `organiser` adds what only the organiser sees.
 */
export async function seriesDetails(series: SeriesRow, organiser: boolean, now = new Date()) {
  const window = { from: new Date(now.getTime() - 92 * 86_400_000), to: new Date(now.getTime() + 370 * 86_400_000) };
  const occurrences = occurrencesBetween(series, series.exceptions, window);
  const [presenters, invitations, attendance] = await Promise.all([
    db().meetingPresenter.findMany({
      where: { seriesId: series.id },
      select: { occurrenceStart: true, association: { select: { id: true, name: true } } },
    }),
    db().meetingInvitation.findMany({
      where: { seriesId: series.id },
      orderBy: { createdAt: "asc" },
      select: {
        personal: true,
        unit: { select: { id: true, name: true } },
        association: { select: { id: true, name: true } },
        user: { select: { id: true, name: true } },
      },
    }),
    db().meetingAttendance.findMany({
      where: { seriesId: series.id },
      select: { occurrenceStart: true, unitId: true, associationId: true },
    }),
  ]);
  const answeredAssociations = organiser ? await answeredByAssociation(series.id) : new Set<string>();
  return {
    occurrences,
    presenters: presenters.map((p) => ({ occurrenceStart: p.occurrenceStart, association: p.association })),
    invited: {
      units: invitations.flatMap((i) => (i.unit ? [i.unit] : [])),
      associations: invitations.flatMap((i) =>
        i.association
          ? [
              {
                ...i.association,
                personal: i.personal,
                answered: organiser ? answeredAssociations.has(i.association.id) : null,
              },
            ]
          : [],
      ),
      // Named people: their names, to the organiser only.
      people: organiser ? invitations.flatMap((i) => (i.user ? [i.user] : [])) : [],
    },
    attendance,
    figures: organiser ? await seriesFigures(series.id) : null,
  };
}

/** The invited associations from whose staff someone has answered. */
async function answeredByAssociation(seriesId: string) {
  const rows = await db().associationMembership.findMany({
    where: { user: { meetingAnswers: { some: { seriesId } } } },
    select: { associationId: true },
  });
  return new Set(rows.map((r) => r.associationId));
}

/**
 * Figures per series: invited people, how many answered, how many organisations came (any occurrence), and how many
 * came for the first time to any meeting of the organiser's county (no earlier attendance elsewhere).
 */
export async function seriesFigures(seriesId: string) {
  const [invited, answered, came, firstTime] = await Promise.all([
    inviteesOf(db() as unknown as Tx, seriesId).then((u) => u.length),
    db().meetingRsvp.findMany({ where: { seriesId }, distinct: ["userId"], select: { userId: true } }),
    db().$queryRaw<{ n: bigint }[]>`
      SELECT count(DISTINCT coalesce(unit_id, association_id))::bigint AS n FROM meeting_attendance WHERE series_id = ${seriesId}::uuid`,
    db().$queryRaw<{ n: bigint }[]>`
      SELECT count(*)::bigint AS n FROM (
        SELECT a.association_id, min(a.occurrence_start) AS first
        FROM meeting_attendance a WHERE a.series_id = ${seriesId}::uuid AND a.association_id IS NOT NULL
        GROUP BY a.association_id) mine
      WHERE NOT EXISTS (
        SELECT 1 FROM meeting_attendance b
        WHERE b.association_id = mine.association_id AND b.occurrence_start < mine.first)`,
  ]);
  return {
    invited,
    answered: answered.length,
    came: Number(came[0]?.n ?? 0),
    reachedFirstTime: Number(firstTime[0]?.n ?? 0),
  };
}

// ---- the calendar --------------------------------------------------------------------------------------------------

export type CalendarFilter = { kind: MeetingKind | null; language: string | null };

/** What the calendar shows of a series, and what its occurrences are computed from: no description, unit or host. */
const CALENDAR_SELECT = {
  id: true,
  kind: true,
  title: true,
  rrule: true,
  firstDate: true,
  startTime: true,
  durationMinutes: true,
  languages: true,
  status: true,
  exceptions: { select: { originalStart: true, kind: true, movedStart: true } },
} satisfies Prisma.MeetingSeriesSelect;

/** At most this much of the calendar's occurrence work in one turn of the event loop (docs/decisions/022). */
const CALENDAR_TURN_MS = 10;

/**
 * The series the user organises or is invited to, with their occurrences in the window, by start (then series and
 * original start, so that a page of the agenda can continue after any one of them).
 */
export async function calendarFor(user: SessionUser, window: { from: Date; to: Date }, filter: CalendarFilter) {
  const series = await db().meetingSeries.findMany({
    where: {
      AND: [
        seriesScope(user, VISIBLE),
        { status: { in: hasPermission(user, "meeting:organise") ? [...VISIBLE, ...EDITABLE] : VISIBLE } },
        filter.kind ? { kind: filter.kind } : {},
        filter.language ? { languages: { has: filter.language } } : {},
        { firstDate: { lte: window.to } },
      ],
    },
    orderBy: { id: "asc" },
    take: 500,
    select: CALENDAR_SELECT,
  });
  const occurrences: (Occurrence & { series: (typeof series)[number] })[] = [];
  let turn = performance.now();
  for (const s of series) {
    for (const o of occurrencesBetween(s, s.exceptions, window)) occurrences.push({ ...o, series: s });
    // Other requests run between slices of the work: a cold memo or a window years ahead expands rules afresh.
    if (performance.now() - turn > CALENDAR_TURN_MS) {
      await nextTurn();
      turn = performance.now();
    }
  }
  return occurrences.sort(
    (a, b) =>
      a.start.getTime() - b.start.getTime() ||
      (a.series.id < b.series.id ? -1 : a.series.id > b.series.id ? 1 : 0) ||
      a.originalStart.getTime() - b.originalStart.getTime(),
  );
}

/** The series of one user for their calendar feed: every visible series they organise or are invited to. */
export function feedSeries(user: SessionUser) {
  return db().meetingSeries.findMany({
    where: { AND: [seriesScope(user, VISIBLE), { status: { in: VISIBLE } }] },
    orderBy: { id: "asc" },
    take: 500,
    select: SERIES_SELECT,
  });
}

export type { ExceptionRow };
