// What the records say about the counties' Co-Act steps (app/utils/coact-evidence.ts reads it): one query per kind of
// record for any number of counties, counted in SQL, never a query per association or referral. The thresholds in
// force are the defaults with an administrator's changes (coact_threshold).
import {
  Prisma,
  type AccompanimentStatus,
  type MeetingSeriesStatus,
  type NetworkRepresentativeStatus,
} from "@prisma/client";
import { subMonths } from "date-fns";
import { accompanimentMachine } from "#workflows/accompaniment/accompaniment.machine";
import { meetingSeriesMachine } from "#workflows/meeting-series/meeting-series.machine";
import { networkRepresentativeMachine } from "#workflows/network-representative/network-representative.machine";
import { statesWithTag } from "#workflows/states";
import { occurrencesBetween, type ExceptionRow } from "~/utils/recurrence.server";
import { NO_FACTS, thresholdsWith, type CountyFacts, type ThresholdKey, type Thresholds } from "~/utils/coact-evidence";
import type { SessionUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

const DAY_MS = 86_400_000;
const COMPLETED = statesWithTag<AccompanimentStatus>(accompanimentMachine, "completed");
/** The series whose occurrences were planned: scheduled or ended (not drafts, nor series called off as a whole). */
const PLANNED = statesWithTag<MeetingSeriesStatus>(meetingSeriesMachine, "visible");

/** Per series: its meetings held (attendance recorded, not cancelled, at their time) in the rules' windows. */
type HeldRow = {
  countyId: string;
  kind: string;
  otherLanguage: boolean;
  introHeld: number;
  introPresented: number;
  inclusionHeld: number;
  last: Date;
};
/** A group visit or joint meeting series: its rule, exceptions and the occurrences whose attendance was recorded. */
type VisitRow = {
  countyId: string;
  rrule: string;
  firstDate: Date;
  startTime: string;
  durationMinutes: number;
  exceptions: { originalStart: string; kind: ExceptionRow["kind"]; movedStart: string | null }[];
  /** The occurrences with attendance recorded, as JSON timestamps. */
  attended: string[];
};
type NetworkRow = { countyId: string; pairs: number; represented: number; vacated: number };

/** A JSON row of one part of the facts statement. */
type Json = Record<string, unknown>;

/**
 * A timestamp as JSON gives it: "2026-03-05T09:05:00.123" for a column without a zone (written in UTC, as Prisma
 * writes it), "2026-03-05" for a date (its UTC midnight, as Prisma reads it).
 */
function jsonDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return new Date(/T[\d:.]+$/.test(text) ? `${text}Z` : text);
}

/** The rows of one part, its timestamp columns read back as dates. */
function rowsOf<T>(rows: Json[], dates: (keyof T & string)[] = []): T[] {
  return rows.map((row) => {
    for (const key of dates) row[key] = jsonDate(row[key]);
    return row as T;
  });
}

const latest = (a: Date | null, b: Date | null) => (a === null || (b !== null && b > a) ? b : a);

export async function loadThresholds(): Promise<Thresholds> {
  return thresholdsWith(await db().coactThreshold.findMany({ select: { key: true, value: true } }));
}

/** The queries of the facts, one per kind of record, each counted in SQL for any number of counties. */
export function factsParts(countyIds: string[], thresholds: Thresholds, now: Date) {
  const since = (key: ThresholdKey) => new Date(now.getTime() - thresholds[key] * DAY_MS);
  const reviewedSince = subMonths(now, thresholds["visibility.reviewMonths"]);
  return {
    associations: Prisma.sql`
      SELECT county_id::text AS "countyId", count(*)::int AS total,
        count(*) FILTER (WHERE last_reviewed_at >= ${reviewedSince})::int AS reviewed
      FROM association WHERE county_id = ANY(${countyIds}::uuid[]) GROUP BY county_id`,
    // The county's staff: the people in its units (social workers and the liaison).
    directory: Prisma.sql`
      SELECT n.county_id::text AS "countyId", max(u.directory_used_at) AS last
      FROM unit n JOIN unit_membership m ON m.unit_id = n.id JOIN app_user u ON u.id = m.user_id
      WHERE n.county_id = ANY(${countyIds}::uuid[]) AND u.role IN ('social_worker', 'liaison')
      GROUP BY n.county_id`,
    notices: Prisma.sql`
      SELECT county_id::text AS "countyId", count(*) FILTER (WHERE created_at >= ${since("timely_referral.days")})::int
        AS count, max(created_at) AS last
      FROM advance_notice WHERE county_id = ANY(${countyIds}::uuid[]) AND created_at <= ${now} GROUP BY county_id`,
    // Sent with the client's consent: a referral's sent_at is set in the transaction that records its consent, and a
    // consent is never deleted, so every sent referral has one. Closed with an outcome recorded. Counted per unit in
    // the window along indexes (referral (unit_id, sent_at), (unit_id, closed_at, outcome, sent_at)), and the last of
    // each ever from the same indexes' ends: never the county's every referral.
    referrals: Prisma.sql`
      SELECT n.county_id::text AS "countyId", sum(x.sent)::int AS sent, sum(x.closed)::int AS closed,
        max(x.last_sent) AS "lastSent", max(x.last_closed) AS "lastClosed"
      FROM unit n CROSS JOIN LATERAL (SELECT
        (SELECT count(*) FROM referral r WHERE r.unit_id = n.id
          AND r.sent_at >= ${since("consented_referral.days")} AND r.sent_at <= ${now}) AS sent,
        (SELECT count(*) FROM referral r WHERE r.unit_id = n.id AND r.outcome IS NOT NULL
          AND r.closed_at >= ${since("consented_referral.days")} AND r.closed_at <= ${now} AND r.sent_at <= ${now}) AS closed,
        (SELECT max(r.sent_at) FROM referral r WHERE r.unit_id = n.id AND r.sent_at <= ${now}) AS last_sent,
        (SELECT max(r.closed_at) FROM referral r WHERE r.unit_id = n.id AND r.outcome IS NOT NULL
          AND r.closed_at <= ${now} AND r.sent_at <= ${now}) AS last_closed
      ) x
      WHERE n.county_id = ANY(${countyIds}::uuid[])
      GROUP BY n.county_id`,
    // When a pickup or interpreting was marked done is the time of its workflow event.
    accompaniments: Prisma.sql`
      SELECT n.county_id::text AS "countyId",
        count(*) FILTER (WHERE e.created_at >= ${since("accompaniment.days")})::int AS count, max(e.created_at) AS last
      FROM workflow_event e
        JOIN accompaniment a ON a.id = e.record_id
        JOIN referral r ON r.id = a.referral_id
        JOIN unit n ON n.id = r.unit_id
      WHERE e.workflow = 'accompaniment' AND e.to_state = ANY(${COMPLETED}::text[]) AND e.created_at <= ${now}
        AND n.county_id = ANY(${countyIds}::uuid[]) AND (a.pickup OR a.interpreting)
      GROUP BY n.county_id`,
    // Held meetings, one row per series: an occurrence with attendance recorded, not cancelled, at its (moved) time.
    held: Prisma.sql`
      SELECT h.county_id::text AS "countyId", h.kind, h.other_language AS "otherLanguage",
        count(*) FILTER (WHERE h.held_at >= ${since("intro_meetings.days")})::int AS "introHeld",
        count(*) FILTER (WHERE h.held_at >= ${since("intro_meetings.days")} AND h.presented)::int AS "introPresented",
        count(*) FILTER (WHERE h.held_at >= ${since("inclusion.days")})::int AS "inclusionHeld",
        max(h.held_at) AS last
      FROM (
        SELECT DISTINCT a.series_id, a.occurrence_start, n.county_id, s.kind::text AS kind,
          EXISTS (SELECT 1 FROM unnest(s.languages) l WHERE l <> 'fi') AS other_language,
          coalesce(e.moved_start, a.occurrence_start) AS held_at,
          EXISTS (SELECT 1 FROM meeting_presenter p
            WHERE p.series_id = a.series_id AND p.occurrence_start = a.occurrence_start) AS presented
        FROM meeting_attendance a
          JOIN meeting_series s ON s.id = a.series_id
          JOIN unit n ON n.id = s.unit_id
          LEFT JOIN meeting_exception e ON e.series_id = a.series_id AND e.original_start = a.occurrence_start
        WHERE n.county_id = ANY(${countyIds}::uuid[]) AND e.kind IS DISTINCT FROM 'cancelled'
          AND coalesce(e.moved_start, a.occurrence_start) <= ${now}
      ) h
      GROUP BY h.county_id, h.series_id, h.kind, h.other_language`,
    // Group visits and joint meetings: their rules, to compute the occurrences planned in the window (step 8).
    visits: Prisma.sql`
      SELECT n.county_id::text AS "countyId", s.rrule, s.first_date AS "firstDate", s.start_time AS "startTime",
        s.duration_minutes AS "durationMinutes",
        coalesce((SELECT json_agg(json_build_object('originalStart', e.original_start, 'kind', e.kind,
          'movedStart', e.moved_start)) FROM meeting_exception e WHERE e.series_id = s.id), '[]'::json) AS exceptions,
        coalesce((SELECT array_agg(DISTINCT a.occurrence_start) FROM meeting_attendance a WHERE a.series_id = s.id),
          '{}') AS attended
      FROM meeting_series s JOIN unit n ON n.id = s.unit_id
      WHERE n.county_id = ANY(${countyIds}::uuid[]) AND s.kind IN ('group_visit', 'joint_meeting')
        AND s.status::text = ANY(${PLANNED}::text[]) AND s.first_date <= ${now}`,
    // The contact point (published = some topic routed to a unit), its requests whose answer time can be judged (the
    // target passed, or answered), and the division-of-responsibilities page's last review.
    counties: Prisma.sql`
      SELECT c.id::text AS "countyId",
        (SELECT count(*) FROM contact_route r WHERE r.county_id = c.id)::int AS routes,
        q.requests, q."onTime",
        (SELECT max(q.created_at) FROM contact_request q WHERE q.county_id = c.id AND q.created_at <= ${now})
          AS "lastRequest",
        (SELECT max(p.last_reviewed_at) FROM picture_page p WHERE p.county_id = c.id AND p.kind = 'responsibilities'
          AND p.last_reviewed_at <= ${now}) AS "lastReview"
      FROM county c CROSS JOIN LATERAL (
        -- One pass over the window's requests, from the index (county_id, created_at, due_at, first_answered_at).
        SELECT count(*) FILTER (WHERE q.due_at <= ${now} OR q.first_answered_at <= ${now})::int AS requests,
          count(*) FILTER (WHERE q.first_answered_at <= ${now} AND q.first_answered_at <= q.due_at)::int AS "onTime"
        FROM contact_request q WHERE q.county_id = c.id AND q.created_at >= ${since("contact_point.days")}
          AND q.created_at <= ${now}
      ) q
      WHERE c.id = ANY(${countyIds}::uuid[])`,
    // Associations invited personally (step 10).
    invitations: Prisma.sql`
      SELECT n.county_id::text AS "countyId",
        count(*) FILTER (WHERE i.created_at >= ${since("inclusion.days")})::int AS count, max(i.created_at) AS last
      FROM meeting_invitation i JOIN meeting_series s ON s.id = i.series_id JOIN unit n ON n.id = s.unit_id
      WHERE n.county_id = ANY(${countyIds}::uuid[]) AND i.personal AND i.association_id IS NOT NULL
        AND i.created_at <= ${now}
      GROUP BY n.county_id`,
    network: networkRepresentationSql(countyIds),
  };
}

/** The facts of each county, counted at `now` in the windows the thresholds set. */
export async function countyFacts(
  countyIds: string[],
  thresholds: Thresholds,
  now = new Date(),
): Promise<Map<string, CountyFacts>> {
  // One statement, one round trip (not one per part, each waiting for a connection): each part's rows come as JSON.
  const parts = factsParts(countyIds, thresholds, now);
  const [row] = await db().$queryRaw<[Record<keyof typeof parts, Json[]>]>(
    Prisma.sql`SELECT ${Prisma.join(
      Object.entries(parts).map(
        ([name, part]) =>
          Prisma.sql`(SELECT coalesce(json_agg(t), '[]'::json) FROM (${part}) t) AS ${Prisma.raw(`"${name}"`)}`,
      ),
    )}`,
  );
  const associations = rowsOf<{ countyId: string; total: number; reviewed: number }>(row.associations);
  const directory = rowsOf<{ countyId: string; last: Date | null }>(row.directory, ["last"]);
  const notices = rowsOf<{ countyId: string; count: number; last: Date | null }>(row.notices, ["last"]);
  const referrals = rowsOf<{
    countyId: string;
    sent: number;
    closed: number;
    lastSent: Date | null;
    lastClosed: Date | null;
  }>(row.referrals, ["lastSent", "lastClosed"]);
  const accompaniments = rowsOf<{ countyId: string; count: number; last: Date | null }>(row.accompaniments, ["last"]);
  const held = rowsOf<HeldRow>(row.held, ["last"]);
  const visits = rowsOf<VisitRow>(row.visits, ["firstDate"]);
  const counties = rowsOf<{
    countyId: string;
    routes: number;
    requests: number;
    onTime: number;
    lastRequest: Date | null;
    lastReview: Date | null;
  }>(row.counties, ["lastRequest", "lastReview"]);
  const invitations = rowsOf<{ countyId: string; count: number; last: Date | null }>(row.invitations, ["last"]);
  const facts = new Map(countyIds.map((id) => [id, { ...NO_FACTS }]));
  const of = (countyId: string) => facts.get(countyId)!;
  for (const a of associations)
    Object.assign(of(a.countyId), { associations: a.total, associationsReviewed: a.reviewed });
  for (const d of directory) of(d.countyId).lastDirectoryUse = d.last && d.last <= now ? d.last : null;
  for (const n of notices) Object.assign(of(n.countyId), { notices: n.count, lastNoticeAt: n.last });
  for (const r of referrals)
    Object.assign(of(r.countyId), {
      referralsSent: r.sent,
      referralsClosed: r.closed,
      lastReferralSentAt: r.lastSent,
      lastReferralClosedAt: r.lastClosed,
    });
  for (const a of accompaniments)
    Object.assign(of(a.countyId), { accompanimentsDone: a.count, lastAccompanimentAt: a.last });
  for (const c of counties)
    Object.assign(of(c.countyId), {
      contactRoutes: c.routes,
      contactRequests: c.requests,
      contactOnTime: c.onTime,
      lastContactRequestAt: c.lastRequest,
      lastResponsibilitiesReviewAt: c.lastReview,
    });
  for (const i of invitations)
    Object.assign(of(i.countyId), { personalInvitations: i.count, lastPersonalInvitationAt: i.last });
  addHeld(of, held, thresholds["intro_meetings.minHeld"]);
  addVisits(of, visits, new Date(now.getTime() - thresholds["visits_and_joint_meetings.days"] * DAY_MS), now);
  for (const n of rowsOf<NetworkRow>(row.network))
    Object.assign(of(n.countyId), {
      networkPairs: n.pairs,
      networkPairsRepresented: n.represented,
      networkPairsVacatedByLeaving: n.vacated,
    } satisfies Partial<CountyFacts>);
  return facts;
}

/** Steps 2, 4, 8 (the last one held) and 10 from the held meetings of each series. */
function addHeld(of: (countyId: string) => CountyFacts, rows: HeldRow[], minHeld: number) {
  // The best introduction series: one that meets the rule if any (enough held, a presenter at each), then the most held.
  const score = (r: { introHeld: number; introPresented: number }) =>
    (r.introHeld >= minHeld && r.introPresented >= r.introHeld ? 1_000_000 : 0) + r.introHeld;
  for (const r of rows) {
    const f = of(r.countyId);
    if (r.kind === "introduction") {
      if (score(r) > score({ introHeld: f.introHeld, introPresented: f.introPresented }))
        Object.assign(f, { introHeld: r.introHeld, introPresented: r.introPresented });
      f.lastIntroHeldAt = latest(f.lastIntroHeldAt, r.last);
    }
    if (r.kind === "annual_session") f.lastAnnualSessionAt = latest(f.lastAnnualSessionAt, r.last);
    if (r.kind === "group_visit" || r.kind === "joint_meeting") f.lastVisitHeldAt = latest(f.lastVisitHeldAt, r.last);
    if (r.otherLanguage) {
      f.otherLanguageHeld += r.inclusionHeld;
      f.lastOtherLanguageAt = latest(f.lastOtherLanguageAt, r.last);
    }
  }
}

/** Step 8: the occurrences planned in [from, now) that were not cancelled, computed from the rules, and those held. */
function addVisits(of: (countyId: string) => CountyFacts, rows: VisitRow[], from: Date, now: Date) {
  for (const r of rows) {
    const exceptions = r.exceptions.map((e) => ({
      kind: e.kind,
      originalStart: jsonDate(e.originalStart)!,
      movedStart: jsonDate(e.movedStart),
    }));
    const attended = new Set(r.attended.map((d) => jsonDate(d)!.getTime()));
    const planned = occurrencesBetween(r, exceptions, { from, to: now }).filter((o) => !o.cancelled);
    const f = of(r.countyId);
    f.visitsPlanned += planned.length;
    f.visitsHeld += planned.filter((o) => attended.has(o.originalStart.getTime())).length;
  }
}

// ---- directory use by county staff (step 1) ------------------------------------------------------------------------

const HOUR_MS = 3_600_000;
/** When this instance last wrote each user's directory use: at most one write per user and hour, not one per page. */
const noted = new Map<string, number>();

/** Notes that one of a county's staff (a social worker or the liaison) opened the directory, to the hour. */
export async function noteDirectoryUse(user: SessionUser | null, now = new Date()) {
  if (!user || (user.role !== "social_worker" && user.role !== "liaison")) return;
  const last = noted.get(user.id);
  if (last !== undefined && now.getTime() - last < HOUR_MS && now.getTime() >= last) return;
  noted.set(user.id, now.getTime());
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  await db().$executeRaw`UPDATE app_user SET directory_used_at = ${now}
    WHERE id = ${user.id}::uuid AND (directory_used_at IS NULL OR directory_used_at < ${hourAgo})`;
}

/** The administrator's thresholds: a value replaces the default, null restores it. One transaction. */
export async function saveThresholds(userId: string, values: Partial<Record<ThresholdKey, number | null>>) {
  await db().$transaction(async (tx) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === null || value === undefined) await tx.coactThreshold.deleteMany({ where: { key } });
      else
        await tx.coactThreshold.upsert({
          where: { key },
          create: { key, value, updatedById: userId },
          update: { value, updatedById: userId },
        });
    }
  });
}

export async function thresholdOverrides(): Promise<Partial<Record<ThresholdKey, number>>> {
  const rows = await db().coactThreshold.findMany({ select: { key: true, value: true } });
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

// ---- network representatives (step 9) ------------------------------------------------------------------------------

const REPRESENTING = statesWithTag<NetworkRepresentativeStatus>(networkRepresentativeMachine, "representing");

/**
 * Per county: the unit × network pairs marked relevant, those with an active representative, and the vacant ones
 * that had an accepted representative before (they left: the evidence went stale). Representation is a present state.
 */
function networkRepresentationSql(countyIds: string[]) {
  return Prisma.sql`
    SELECT county_id::text AS "countyId", count(*)::int AS pairs,
      count(*) FILTER (WHERE represented)::int AS represented,
      count(*) FILTER (WHERE NOT represented AND once)::int AS vacated
    FROM (
      SELECT n.county_id,
        EXISTS (SELECT 1 FROM network_representative r WHERE r.network_id = rel.network_id AND r.unit_id = rel.unit_id
          AND r.status::text = ANY(${REPRESENTING}::text[])) AS represented,
        EXISTS (SELECT 1 FROM network_representative r WHERE r.network_id = rel.network_id AND r.unit_id = rel.unit_id
          AND r.term_start IS NOT NULL) AS once
      FROM network_relevance rel JOIN network n ON n.id = rel.network_id
      WHERE n.county_id = ANY(${countyIds}::uuid[])
    ) pairs
    GROUP BY county_id`;
}
