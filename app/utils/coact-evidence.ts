// The evidence rules of the Co-Act path: for each of the ten steps, a small pure function that reads a county's facts
// (counted from its records by app/models/coact-facts.server.ts), the thresholds and the time, and says whether the
// step's evidence holds, whether it is stale (there was evidence, but it is older than the rule's window), and why, in
// one translated line. A step whose records the app does not keep yet has a rule that says so and never holds.
// Adding a rule is one entry in RULES (and, when it needs new records, one field in CountyFacts and its query).
import type { Locale, MessageKey, MessageParams, Translate } from "~/i18n/i18n";
import { formatDate } from "./dates";
import { CoactStepKey } from "./enums.generated";

export const STEP_KEYS = CoactStepKey;
export type StepKey = CoactStepKey;

/** The step's number on the path (1–10), the model's order. */
export const stepNumber = (key: StepKey) => STEP_KEYS.indexOf(key) + 1;

// ---- thresholds: the defaults and what an admin may set them to ----------------------------------------------------

export const THRESHOLDS = {
  "visibility.reviewedPercent": { default: 80, min: 1, max: 100 },
  "visibility.reviewMonths": { default: 6, min: 1, max: 36 },
  "visibility.directoryUseDays": { default: 31, min: 1, max: 365 },
  "timely_referral.days": { default: 90, min: 7, max: 730 },
  "timely_referral.minNotices": { default: 1, min: 1, max: 100 },
  "consented_referral.days": { default: 90, min: 7, max: 730 },
  "consented_referral.minSent": { default: 1, min: 1, max: 1000 },
  "consented_referral.minClosed": { default: 1, min: 1, max: 1000 },
  "accompaniment.days": { default: 180, min: 7, max: 730 },
  "accompaniment.minDone": { default: 1, min: 1, max: 1000 },
} as const satisfies Record<string, { default: number; min: number; max: number }>;

export type ThresholdKey = keyof typeof THRESHOLDS;
export type Thresholds = Record<ThresholdKey, number>;
export const THRESHOLD_KEYS = Object.keys(THRESHOLDS) as ThresholdKey[];

export const DEFAULT_THRESHOLDS = Object.fromEntries(
  THRESHOLD_KEYS.map((key) => [key, THRESHOLDS[key].default]),
) as Thresholds;

/** The thresholds in force: the defaults, with the administrator's changes that are still within range. */
export function thresholdsWith(overrides: { key: string; value: number }[]): Thresholds {
  const result = { ...DEFAULT_THRESHOLDS };
  for (const { key, value } of overrides) {
    const range = THRESHOLDS[key as ThresholdKey];
    if (range && Number.isInteger(value) && value >= range.min && value <= range.max)
      result[key as ThresholdKey] = value;
  }
  return result;
}

// ---- facts: what the records say about one county, counted in the rules' windows -----------------------------------

export type CountyFacts = {
  /** The county's associations, and those whose profile was reviewed within `visibility.reviewMonths`. */
  associations: number;
  associationsReviewed: number;
  /** The last time one of the county's staff (its units' social workers, its liaison) opened the directory. */
  lastDirectoryUse: Date | null;
  /** Advance notices to the county's associations within `timely_referral.days`, and the last one ever. */
  notices: number;
  lastNoticeAt: Date | null;
  /** The county's referrals with consent sent within `consented_referral.days`, closed with an outcome within it. */
  referralsSent: number;
  referralsClosed: number;
  lastReferralSentAt: Date | null;
  lastReferralClosedAt: Date | null;
  /** Pickups or interpreting done for the county's referrals within `accompaniment.days`, and the last one ever. */
  accompanimentsDone: number;
  lastAccompanimentAt: Date | null;
  // -- step 9, network representatives: the units × networks pairs the liaison marked relevant, those with an active
  // -- representative now, and the vacant ones that had a representative before (who left: evidence gone stale).
  networkPairs: number;
  networkPairsRepresented: number;
  networkPairsVacatedByLeaving: number;
};

export const NO_FACTS: CountyFacts = {
  associations: 0,
  associationsReviewed: 0,
  lastDirectoryUse: null,
  notices: 0,
  lastNoticeAt: null,
  referralsSent: 0,
  referralsClosed: 0,
  lastReferralSentAt: null,
  lastReferralClosedAt: null,
  accompanimentsDone: 0,
  lastAccompanimentAt: null,
  // -- step 9
  networkPairs: 0,
  networkPairsRepresented: 0,
  networkPairsVacatedByLeaving: 0,
};

// ---- results -------------------------------------------------------------------------------------------------------

/** A one-line explanation: a message key and its parameters (dates are formatted in the reader's language). */
export type Explanation = { key: MessageKey; params: Record<string, string | number | Date> };

export type Evidence = {
  holds: boolean;
  /** It did hold (there are records), but they are older than the rule's window. */
  stale: boolean;
  /** False for the steps whose records are not in the app yet. */
  measurable: boolean;
  explanation: Explanation;
};

export type EvidenceRule = (facts: CountyFacts, thresholds: Thresholds, now: Date) => Evidence;

const result = (holds: boolean, stale: boolean, key: MessageKey, params: Explanation["params"] = {}): Evidence => ({
  holds,
  stale: !holds && stale,
  measurable: true,
  explanation: { key, params },
});

const DAY_MS = 86_400_000;
/** `then` lies within the last `days` days before `now` (a whole number of 24-hour days, as the facts' queries count). */
const within = (now: Date, then: Date | null, days: number) =>
  then !== null && now.getTime() - then.getTime() <= days * DAY_MS;

/** Step 1: the profiles are current and county staff use the directory. */
const visibility: EvidenceRule = (facts, thresholds, now) => {
  const needed = thresholds["visibility.reviewedPercent"];
  const percent = facts.associations ? Math.floor((facts.associationsReviewed * 100) / facts.associations) : 0;
  const params = {
    reviewed: facts.associationsReviewed,
    total: facts.associations,
    percent,
    needed,
    months: thresholds["visibility.reviewMonths"],
    days: thresholds["visibility.directoryUseDays"],
  };
  if (facts.associations === 0) return result(false, false, "path.evidence.visibility.noAssociations", params);
  // Every profile was reviewed at least once (when it was made): too few recent reviews is evidence gone stale.
  if (percent < needed) return result(false, true, "path.evidence.visibility.profilesOld", params);
  const last = facts.lastDirectoryUse;
  if (!last) return result(false, false, "path.evidence.visibility.directoryUnused", params);
  if (!within(now, last, params.days))
    return result(false, true, "path.evidence.visibility.directoryStale", { ...params, last });
  return result(true, false, "path.evidence.visibility.holds", { ...params, last });
};

/** Step 5: the county tells its associations in advance what kinds of clients are coming. */
const timelyReferral: EvidenceRule = (facts, thresholds, now) => {
  const days = thresholds["timely_referral.days"];
  const min = thresholds["timely_referral.minNotices"];
  const params = { count: facts.notices, min, days };
  if (facts.notices >= min && within(now, facts.lastNoticeAt, days))
    return result(true, false, "path.evidence.timely_referral.holds", { ...params, last: facts.lastNoticeAt! });
  if (facts.lastNoticeAt)
    return result(false, true, "path.evidence.timely_referral.stale", { ...params, last: facts.lastNoticeAt });
  return result(false, false, "path.evidence.timely_referral.none", params);
};

/** Step 6: consented referrals are sent, and at least one has been closed with an outcome. */
const consentedReferral: EvidenceRule = (facts, thresholds, now) => {
  const days = thresholds["consented_referral.days"];
  const minSent = thresholds["consented_referral.minSent"];
  const minClosed = thresholds["consented_referral.minClosed"];
  const params = { sent: facts.referralsSent, closed: facts.referralsClosed, minSent, minClosed, days };
  const sentRecently = facts.referralsSent >= minSent && within(now, facts.lastReferralSentAt, days);
  const closedRecently = facts.referralsClosed >= minClosed && within(now, facts.lastReferralClosedAt, days);
  if (sentRecently && closedRecently) return result(true, false, "path.evidence.consented_referral.holds", params);
  const everSent = facts.lastReferralSentAt !== null;
  if (!sentRecently && everSent)
    return result(false, true, "path.evidence.consented_referral.stale", {
      ...params,
      last: facts.lastReferralSentAt!,
    });
  if (!sentRecently) return result(false, false, "path.evidence.consented_referral.none", params);
  return result(false, facts.lastReferralClosedAt !== null, "path.evidence.consented_referral.notClosed", params);
};

/** Step 7: volunteers picked a client up or interpreted for a first meeting. */
const accompaniment: EvidenceRule = (facts, thresholds, now) => {
  const days = thresholds["accompaniment.days"];
  const min = thresholds["accompaniment.minDone"];
  const params = { count: facts.accompanimentsDone, min, days };
  if (facts.accompanimentsDone >= min && within(now, facts.lastAccompanimentAt, days))
    return result(true, false, "path.evidence.accompaniment.holds", { ...params, last: facts.lastAccompanimentAt! });
  if (facts.lastAccompanimentAt)
    return result(false, true, "path.evidence.accompaniment.stale", { ...params, last: facts.lastAccompanimentAt });
  return result(false, false, "path.evidence.accompaniment.none", params);
};

/** Step 9: every unit × network pair marked relevant has an active representative (a vacancy after turnover: stale). */
const networkRepresentatives: EvidenceRule = (facts) => {
  const pairs = facts.networkPairs;
  const represented = facts.networkPairsRepresented;
  const params = { pairs, represented, vacant: pairs - represented, left: facts.networkPairsVacatedByLeaving };
  if (pairs === 0) return result(false, false, "network.evidence.none", params);
  if (represented >= pairs) return result(true, false, "network.evidence.holds", params);
  if (params.left > 0) return result(false, true, "network.evidence.stale", params);
  return result(false, false, "network.evidence.vacant", params);
};

/** A step whose records are not in the app yet: it cannot be measured, so it cannot be established. */
const notYetMeasurable =
  (key: MessageKey): EvidenceRule =>
  () => ({ holds: false, stale: false, measurable: false, explanation: { key, params: {} } });

/** Every step's rule. A rule for a step that lands later replaces its `notYetMeasurable` entry. */
export const RULES: Record<StepKey, EvidenceRule> = {
  visibility,
  intro_meetings: notYetMeasurable("path.evidence.intro_meetings.notYet"),
  contact_point: notYetMeasurable("path.evidence.contact_point.notYet"),
  shared_picture: notYetMeasurable("path.evidence.shared_picture.notYet"),
  timely_referral: timelyReferral,
  consented_referral: consentedReferral,
  accompaniment,
  visits_and_joint_meetings: notYetMeasurable("path.evidence.visits_and_joint_meetings.notYet"),
  network_representatives: networkRepresentatives,
  inclusion: notYetMeasurable("path.evidence.inclusion.notYet"),
};

export function evaluate(step: StepKey, facts: CountyFacts, thresholds: Thresholds, now: Date): Evidence {
  return RULES[step](facts, thresholds, now);
}

/** The explanation in the reader's language, dates as dates. */
export function explain(t: Translate, locale: Locale, { key, params }: Explanation): string {
  const formatted: MessageParams = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, value instanceof Date ? formatDate(value, locale) : value]),
  );
  return t(key, formatted);
}
