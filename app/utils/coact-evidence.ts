// The evidence rules of the Co-Act path: for each of the ten steps, a small pure function that reads a county's facts
// (counted from its records by app/models/coact-facts.server.ts), the thresholds and the time, and says whether the
// step's evidence holds, whether it is stale (there was evidence, but it is older than the rule's window), and why, in
// one translated line. A step whose records the app does not keep yet has a rule that says so and never holds.
// Adding a rule is one entry in RULES (and, when it needs new records, one field in CountyFacts and its query).
import type { Locale, MessageKey, MessageParams, Translate } from "~/i18n/i18n";
import { subMonths } from "date-fns";
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
  "intro_meetings.days": { default: 90, min: 7, max: 730 },
  "intro_meetings.minHeld": { default: 2, min: 1, max: 100 },
  "contact_point.days": { default: 90, min: 7, max: 730 },
  "contact_point.onTimePercent": { default: 100, min: 1, max: 100 },
  "contact_point.minRequests": { default: 1, min: 1, max: 1000 },
  "shared_picture.reviewMonths": { default: 12, min: 1, max: 60 },
  "shared_picture.sessionMonths": { default: 13, min: 1, max: 60 },
  "visits_and_joint_meetings.days": { default: 183, min: 7, max: 730 },
  "visits_and_joint_meetings.heldPercent": { default: 75, min: 1, max: 100 },
  "visits_and_joint_meetings.minHeld": { default: 1, min: 1, max: 100 },
  "inclusion.days": { default: 183, min: 7, max: 730 },
  "inclusion.minOtherLanguage": { default: 1, min: 1, max: 100 },
  "inclusion.minPersonal": { default: 1, min: 1, max: 1000 },
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
  /**
   * Step 2. A meeting is "held" when attendance was recorded for an occurrence (only possible for a past occurrence that
   * was not cancelled), at its time (the moved time if it was moved). Of the county's introduction series, the best one
   * in `intro_meetings.days`: its held meetings and how many of them had a presenting association. The last held
   * introduction meeting ever.
   */
  introHeld: number;
  introPresented: number;
  lastIntroHeldAt: Date | null;
  /**
   * Step 3. The contact point is published when the county routes at least one topic to a unit (contact_route). The
   * requests received in `contact_point.days` whose target has passed or that were answered, those answered by their
   * target, and the last request received ever.
   */
  contactRoutes: number;
  contactRequests: number;
  contactOnTime: number;
  lastContactRequestAt: Date | null;
  /** Step 4. The last review of a division-of-responsibilities page, and the last annual session held. */
  lastResponsibilitiesReviewAt: Date | null;
  lastAnnualSessionAt: Date | null;
  /**
   * Step 8. The occurrences of the county's group visits and joint meetings (series scheduled or ended) in
   * `visits_and_joint_meetings.days` before now that were not cancelled, those of them held, and the last held ever.
   */
  visitsPlanned: number;
  visitsHeld: number;
  lastVisitHeldAt: Date | null;
  /**
   * Step 10. Meetings held in `inclusion.days` in a language other than Finnish (a series whose languages include one),
   * personal invitations of associations made in the window, and the last of each ever.
   */
  otherLanguageHeld: number;
  lastOtherLanguageAt: Date | null;
  personalInvitations: number;
  lastPersonalInvitationAt: Date | null;
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
  introHeld: 0,
  introPresented: 0,
  lastIntroHeldAt: null,
  contactRoutes: 0,
  contactRequests: 0,
  contactOnTime: 0,
  lastContactRequestAt: null,
  lastResponsibilitiesReviewAt: null,
  lastAnnualSessionAt: null,
  visitsPlanned: 0,
  visitsHeld: 0,
  lastVisitHeldAt: null,
  otherLanguageHeld: 0,
  lastOtherLanguageAt: null,
  personalInvitations: 0,
  lastPersonalInvitationAt: null,
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
  explanation: Explanation;
};

export type EvidenceRule = (facts: CountyFacts, thresholds: Thresholds, now: Date) => Evidence;

const result = (holds: boolean, stale: boolean, key: MessageKey, params: Explanation["params"] = {}): Evidence => ({
  holds,
  stale: !holds && stale,
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

/** Step 2: an introduction series with meetings held recently, an association presenting at each. */
const introMeetings: EvidenceRule = (facts, thresholds, now) => {
  const days = thresholds["intro_meetings.days"];
  const min = thresholds["intro_meetings.minHeld"];
  const params = { held: facts.introHeld, presented: facts.introPresented, min, days };
  const recent = facts.introHeld >= min && within(now, facts.lastIntroHeldAt, days);
  if (recent && facts.introPresented >= facts.introHeld)
    return result(true, false, "path.evidence.intro_meetings.holds", { ...params, last: facts.lastIntroHeldAt! });
  if (recent) return result(false, false, "path.evidence.intro_meetings.noPresenter", params);
  if (facts.introHeld > 0) return result(false, false, "path.evidence.intro_meetings.tooFew", params);
  if (facts.lastIntroHeldAt)
    return result(false, true, "path.evidence.intro_meetings.stale", { ...params, last: facts.lastIntroHeldAt });
  return result(false, false, "path.evidence.intro_meetings.none", params);
};

/** Step 3: a published contact point whose requests were answered by their target. */
const contactPoint: EvidenceRule = (facts, thresholds, now) => {
  const days = thresholds["contact_point.days"];
  const needed = thresholds["contact_point.onTimePercent"];
  const min = thresholds["contact_point.minRequests"];
  const percent = facts.contactRequests ? Math.floor((facts.contactOnTime * 100) / facts.contactRequests) : 0;
  const params = { count: facts.contactRequests, onTime: facts.contactOnTime, percent, needed, min, days };
  if (facts.contactRoutes === 0) return result(false, false, "path.evidence.contact_point.unpublished", params);
  if (facts.contactRequests >= min && percent >= needed)
    return result(true, false, "path.evidence.contact_point.holds", params);
  if (facts.contactRequests >= min) return result(false, false, "path.evidence.contact_point.late", params);
  if (facts.lastContactRequestAt && !within(now, facts.lastContactRequestAt, days))
    return result(false, true, "path.evidence.contact_point.stale", { ...params, last: facts.lastContactRequestAt });
  return result(false, false, "path.evidence.contact_point.none", params);
};

/** Step 4: the division of responsibilities was reviewed within a year and an annual session held within 13 months. */
const sharedPicture: EvidenceRule = (facts, thresholds, now) => {
  const reviewMonths = thresholds["shared_picture.reviewMonths"];
  const sessionMonths = thresholds["shared_picture.sessionMonths"];
  const review = facts.lastResponsibilitiesReviewAt;
  const session = facts.lastAnnualSessionAt;
  const params = { reviewMonths, sessionMonths };
  if (!review) return result(false, false, "path.evidence.shared_picture.noPage", params);
  if (review < subMonths(now, reviewMonths))
    return result(false, true, "path.evidence.shared_picture.pageOld", { ...params, review });
  if (!session) return result(false, false, "path.evidence.shared_picture.noSession", { ...params, review });
  if (session < subMonths(now, sessionMonths))
    return result(false, true, "path.evidence.shared_picture.sessionOld", { ...params, review, session });
  return result(true, false, "path.evidence.shared_picture.holds", { ...params, review, session });
};

/** Step 8: group visits and joint meetings held as planned. */
const visitsAndJointMeetings: EvidenceRule = (facts, thresholds, now) => {
  const days = thresholds["visits_and_joint_meetings.days"];
  const needed = thresholds["visits_and_joint_meetings.heldPercent"];
  const min = thresholds["visits_and_joint_meetings.minHeld"];
  const percent = facts.visitsPlanned ? Math.floor((facts.visitsHeld * 100) / facts.visitsPlanned) : 0;
  const params = { held: facts.visitsHeld, planned: facts.visitsPlanned, percent, needed, min, days };
  if (facts.visitsHeld >= min && percent >= needed)
    return result(true, false, "path.evidence.visits_and_joint_meetings.holds", params);
  if (facts.visitsHeld > 0) return result(false, false, "path.evidence.visits_and_joint_meetings.notAsPlanned", params);
  if (facts.lastVisitHeldAt && !within(now, facts.lastVisitHeldAt, days))
    return result(false, true, "path.evidence.visits_and_joint_meetings.stale", {
      ...params,
      last: facts.lastVisitHeldAt,
    });
  return result(false, false, "path.evidence.visits_and_joint_meetings.none", params);
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

/** Step 10: meetings held in another language than Finnish and small associations invited personally. */
const inclusion: EvidenceRule = (facts, thresholds, now) => {
  const days = thresholds["inclusion.days"];
  const minLanguage = thresholds["inclusion.minOtherLanguage"];
  const minPersonal = thresholds["inclusion.minPersonal"];
  const params = {
    meetings: facts.otherLanguageHeld,
    invitations: facts.personalInvitations,
    minLanguage,
    minPersonal,
    days,
  };
  const language = facts.otherLanguageHeld >= minLanguage;
  const personal = facts.personalInvitations >= minPersonal;
  if (language && personal) return result(true, false, "path.evidence.inclusion.holds", params);
  // There was evidence once, but the missing part of it is older than the window.
  const stale =
    (!language && facts.lastOtherLanguageAt !== null && !within(now, facts.lastOtherLanguageAt, days)) ||
    (!personal && facts.lastPersonalInvitationAt !== null && !within(now, facts.lastPersonalInvitationAt, days));
  if (!language && !personal) return result(false, stale, "path.evidence.inclusion.none", params);
  if (!language) return result(false, stale, "path.evidence.inclusion.noLanguage", params);
  return result(false, stale, "path.evidence.inclusion.noPersonal", params);
};

/** Every step's rule. */
export const RULES: Record<StepKey, EvidenceRule> = {
  visibility,
  intro_meetings: introMeetings,
  contact_point: contactPoint,
  shared_picture: sharedPicture,
  timely_referral: timelyReferral,
  consented_referral: consentedReferral,
  accompaniment,
  visits_and_joint_meetings: visitsAndJointMeetings,
  network_representatives: networkRepresentatives,
  inclusion,
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
