// Referral figures for the liaison (county) and admins (all): per association and month (Europe/Helsinki) — sent, accepted share, median days to the first meeting, outcomes. Reads no personal data at all.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { ReferralOutcome, ReferralStatus } from "@prisma/client";
import { referralMachine } from "#workflows/referral/referral.machine";
import { statesWithTag } from "#workflows/states";
import type { SessionUser } from "~/utils/auth.server";
import { TIME_ZONE } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { OUTCOMES } from "~/utils/choices";
import { figuresScope } from "~/utils/permissions.server";

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

/** What one referral contributes; nothing in it can identify the client. */
type Fact = {
  associationId: string;
  associationName: string;
  /** "YYYY-MM" of the sending, in Helsinki time. */
  month: string;
  accepted: boolean;
  declined: boolean;
  daysToMeeting: number | null;
  outcome: Outcome | null;
};

const DAY_MS = 86_400_000;

export function helsinkiMonth(date: Date): string {
  return format(new TZDate(date, TIME_ZONE), "yyyy-MM");
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function summarise(facts: Fact[]): Figures {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const f of facts) if (f.outcome) outcomes[f.outcome] += 1;
  const days = facts.map((f) => f.daysToMeeting).filter((d): d is number => d !== null);
  const accepted = facts.filter((f) => f.accepted).length;
  const mid = median(days);
  return {
    sent: facts.length,
    accepted,
    declined: facts.filter((f) => f.declined).length,
    acceptanceRate: facts.length ? accepted / facts.length : null,
    meetings: days.length,
    medianDaysToMeeting: mid === null ? null : Math.round(mid * 10) / 10,
    outcomes,
  };
}

function groupBy<K extends string>(facts: Fact[], key: (f: Fact) => K): Map<K, Fact[]> {
  const groups = new Map<K, Fact[]>();
  for (const f of facts) {
    const k = key(f);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  return groups;
}

export async function referralFigures(user: SessionUser) {
  const referrals = await db().referral.findMany({
    where: { ...figuresScope(user), sentAt: { not: null } },
    // Only what the figures need: no client_* field is read.
    select: {
      associationId: true,
      association: { select: { name: true } },
      status: true,
      sentAt: true,
      answeredAt: true,
      declineReason: true,
      meetingAt: true,
      outcome: true,
    },
  });
  const facts: Fact[] = referrals.map((r) => ({
    associationId: r.associationId,
    associationName: r.association.name,
    month: helsinkiMonth(r.sentAt!),
    // Reached "accepted" or beyond; a referral cancelled after the association accepted it still counts as accepted.
    accepted: ACCEPTED.includes(r.status) || (r.answeredAt !== null && r.declineReason === null),
    declined: r.declineReason !== null,
    daysToMeeting: r.meetingAt ? (r.meetingAt.getTime() - r.sentAt!.getTime()) / DAY_MS : null,
    outcome: r.outcome,
  }));
  const byName = (a: { associationName: string }, b: { associationName: string }) =>
    a.associationName.localeCompare(b.associationName, "fi");

  const rows: AssociationMonth[] = [...groupBy(facts, (f) => `${f.associationId} ${f.month}`).values()]
    .map((group) => ({
      associationId: group[0].associationId,
      associationName: group[0].associationName,
      month: group[0].month,
      ...summarise(group),
    }))
    .sort((a, b) => byName(a, b) || a.month.localeCompare(b.month));
  const byAssociation = [...groupBy(facts, (f) => f.associationId).values()]
    .map((group) => ({
      associationId: group[0].associationId,
      associationName: group[0].associationName,
      ...summarise(group),
    }))
    .sort(byName);
  const byMonth = [...groupBy(facts, (f) => f.month).entries()]
    .map(([month, group]) => ({ month, ...summarise(group) }))
    .sort((a, b) => a.month.localeCompare(b.month));
  return { rows, byAssociation, byMonth, total: summarise(facts) };
}
