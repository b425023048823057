// Referral figures for the liaison (county) and admins (all): per association and month (Europe/Helsinki) — sent, accepted share, median days to the first meeting, outcomes. Reads no personal data at all.
// Aggregated in PostgreSQL (one query, grouping sets for the four views), so the figures of 200,000 referrals cost the
// app a few hundred rows, not a pass over every referral in JavaScript.
import { Prisma, type ReferralOutcome, type ReferralStatus } from "@prisma/client";
import { referralMachine } from "#workflows/referral/referral.machine";
import { statesWithTag } from "#workflows/states";
import type { SessionUser } from "~/utils/auth.server";
import { TIME_ZONE } from "~/utils/dates";
import { cached } from "~/utils/cache.server";
import { db } from "~/utils/db.server";
import { OUTCOMES } from "~/utils/choices";
import { figuresCounties } from "~/utils/permissions.server";

type Outcome = ReferralOutcome;

/** States that a referral can only be in after the association accepted it. */
const ACCEPTED = statesWithTag<ReferralStatus>(referralMachine, "accepted");

export type Figures = {
  sent: number;
  accepted: number;
  declined: number;
  /** accepted / sent, 0–1; null when nothing was sent. */
  acceptanceRate: number | null;
  /** Referrals with a first meeting time, the base of the median. */
  meetings: number;
  /** Median days from sending to the first meeting, to one decimal; null when no meeting was arranged. */
  medianDaysToMeeting: number | null;
  outcomes: Record<Outcome, number>;
};

export type AssociationMonth = Figures & { associationId: string; associationName: string; month: string };

/** One group of the grouping sets; a null association or month means "all of them" in that view. */
type Group = {
  associationId: string | null;
  associationName: string | null;
  /** "YYYY-MM" of the sending, in Helsinki time. */
  month: string | null;
  byAssociation: boolean;
  byMonth: boolean;
  sent: number;
  accepted: number;
  declined: number;
  meetings: number;
  medianDays: number | null;
} & Record<Outcome, number>;

function figures(g: Group): Figures {
  return {
    sent: g.sent,
    accepted: g.accepted,
    declined: g.declined,
    acceptanceRate: g.sent ? g.accepted / g.sent : null,
    meetings: g.meetings,
    medianDaysToMeeting: g.medianDays === null ? null : Math.round(g.medianDays * 10) / 10,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, g[o]])) as Record<Outcome, number>,
  };
}

/** Figures may lag behind the referrals by this long: a monthly statistic, and computing it reads every referral. */
const FIGURES_TTL_MS = 60_000;

export function referralFigures(user: SessionUser) {
  const counties = figuresCounties(user);
  return cached(`referral-figures:${counties?.toSorted().join(",") ?? "all"}`, FIGURES_TTL_MS, () =>
    computeFigures(counties),
  );
}

async function computeFigures(counties: string[] | null) {
  const scope = counties ? Prisma.sql`s.county_id = ANY(${counties}::uuid[])` : Prisma.sql`TRUE`;
  const outcomeCounts = OUTCOMES.map(
    (o) => Prisma.sql`(count(*) FILTER (WHERE f.outcome = ${o}::"ReferralOutcome"))::int AS ${Prisma.raw(`"${o}"`)}`,
  );
  // Only what the figures need: no client_* field is read. A referral cancelled after the association accepted it
  // still counts as accepted.
  const groups = await db().$queryRaw<Group[]>`
    WITH f AS (
      SELECT r.association_id, s.name,
        -- The columns hold UTC wall-clock times (timestamp without time zone).
        to_char(r.sent_at AT TIME ZONE 'UTC' AT TIME ZONE ${TIME_ZONE}, 'YYYY-MM') AS month,
        r.status = ANY(${ACCEPTED}::"ReferralStatus"[]) OR (r.answered_at IS NOT NULL AND r.decline_reason IS NULL) AS accepted,
        r.decline_reason IS NOT NULL AS declined,
        extract(epoch FROM r.meeting_at - r.sent_at) / 86400 AS days,
        r.outcome
      FROM referral r JOIN association s ON s.id = r.association_id
      WHERE ${scope} AND r.sent_at IS NOT NULL
    )
    SELECT f.association_id AS "associationId", f.name AS "associationName", f.month,
      GROUPING(f.association_id) = 0 AS "byAssociation", GROUPING(f.month) = 0 AS "byMonth",
      count(*)::int AS sent, (count(*) FILTER (WHERE f.accepted))::int AS accepted,
      (count(*) FILTER (WHERE f.declined))::int AS declined, count(f.days)::int AS meetings,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY f.days))::float8 AS "medianDays",
      ${Prisma.join(outcomeCounts)}
    FROM f
    GROUP BY GROUPING SETS ((f.association_id, f.name, f.month), (f.association_id, f.name), (f.month), ())`;

  const byName = (a: { associationName: string }, b: { associationName: string }) =>
    a.associationName.localeCompare(b.associationName, "fi");
  const rows: AssociationMonth[] = groups
    .filter((g) => g.byAssociation && g.byMonth)
    .map((g) => ({
      associationId: g.associationId!,
      associationName: g.associationName!,
      month: g.month!,
      ...figures(g),
    }))
    .sort((a, b) => byName(a, b) || a.month.localeCompare(b.month));
  const byAssociation = groups
    .filter((g) => g.byAssociation && !g.byMonth)
    .map((g) => ({ associationId: g.associationId!, associationName: g.associationName!, ...figures(g) }))
    .sort(byName);
  const byMonth = groups
    .filter((g) => !g.byAssociation && g.byMonth)
    .map((g) => ({ month: g.month!, ...figures(g) }))
    .sort((a, b) => a.month.localeCompare(b.month));
  const all = groups.find((g) => !g.byAssociation && !g.byMonth);
  // With nothing sent, the grand total is still one row of zeros (an empty grouping set always yields a row).
  return { rows, byAssociation, byMonth, total: figures(all!) };
}
