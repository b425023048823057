// The evidence rules on hand-made facts, at a fixed time: each measurable rule holds, does not hold, and goes stale as
// the design says; the steps whose records are not in the app yet never hold and say why; an administrator's
// threshold changes the answer, and one out of range is ignored.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_THRESHOLDS,
  evaluate,
  NO_FACTS,
  RULES,
  STEP_KEYS,
  stepNumber,
  thresholdsWith,
  type CountyFacts,
  type StepKey,
} from "./coact-evidence";

const NOW = new Date("2026-11-24T10:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const facts = (f: Partial<CountyFacts>): CountyFacts => ({ ...NO_FACTS, ...f });
const check = (step: StepKey, f: Partial<CountyFacts>, thresholds = DEFAULT_THRESHOLDS) => {
  const e = evaluate(step, facts(f), thresholds, NOW);
  return { holds: e.holds, stale: e.stale, key: e.explanation.key };
};

describe("the steps", () => {
  it("are the ten of the model, in its order, each with a rule", () => {
    expect(STEP_KEYS).toHaveLength(10);
    expect(stepNumber("visibility")).toBe(1);
    expect(stepNumber("consented_referral")).toBe(6);
    expect(stepNumber("inclusion")).toBe(10);
    expect(Object.keys(RULES).sort()).toEqual([...STEP_KEYS].sort());
  });
});

describe("step 1, visibility", () => {
  const current = { associations: 10, associationsReviewed: 8, lastDirectoryUse: daysAgo(3) };
  it("holds with 80 % of profiles reviewed and the directory used this month", () => {
    expect(check("visibility", current)).toEqual({ holds: true, stale: false, key: "path.evidence.visibility.holds" });
  });
  it("does not hold without associations, or when county staff never opened the directory", () => {
    expect(check("visibility", {})).toMatchObject({ holds: false, stale: false });
    expect(check("visibility", { ...current, lastDirectoryUse: null })).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.visibility.directoryUnused",
    });
  });
  it("is stale when profiles went unreviewed, or the directory was last used over a month ago", () => {
    expect(check("visibility", { ...current, associationsReviewed: 7 })).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.visibility.profilesOld",
    });
    expect(check("visibility", { ...current, lastDirectoryUse: daysAgo(32) })).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.visibility.directoryStale",
    });
  });
  it("follows the administrator's threshold", () => {
    const lenient = thresholdsWith([{ key: "visibility.reviewedPercent", value: 70 }]);
    expect(check("visibility", { ...current, associationsReviewed: 7 }, lenient).holds).toBe(true);
  });
});

describe("step 5, timely referral", () => {
  it("holds with an advance notice in the last 90 days", () => {
    expect(check("timely_referral", { notices: 1, lastNoticeAt: daysAgo(89) })).toMatchObject({ holds: true });
  });
  it("does not hold when no notice was ever sent", () => {
    expect(check("timely_referral", {})).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.timely_referral.none",
    });
  });
  it("is stale when the last notice is older than 90 days", () => {
    expect(check("timely_referral", { notices: 0, lastNoticeAt: daysAgo(91) })).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.timely_referral.stale",
    });
  });
});

describe("step 6, referral with consent", () => {
  const recent = {
    referralsSent: 2,
    referralsClosed: 1,
    lastReferralSentAt: daysAgo(5),
    lastReferralClosedAt: daysAgo(2),
  };
  it("holds with referrals sent and one closed with an outcome in the last 90 days", () => {
    expect(check("consented_referral", recent)).toMatchObject({ holds: true, stale: false });
  });
  it("does not hold without referrals, or with none closed yet", () => {
    expect(check("consented_referral", {}).key).toBe("path.evidence.consented_referral.none");
    expect(check("consented_referral", { ...recent, referralsClosed: 0, lastReferralClosedAt: null })).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.consented_referral.notClosed",
    });
  });
  it("is stale when the last referral was sent over 90 days ago", () => {
    expect(
      check("consented_referral", { lastReferralSentAt: daysAgo(120), lastReferralClosedAt: daysAgo(100) }),
    ).toEqual({ holds: false, stale: true, key: "path.evidence.consented_referral.stale" });
  });
});

describe("step 7, accompaniment", () => {
  it("holds with a pickup or interpreting done within the window", () => {
    expect(check("accompaniment", { accompanimentsDone: 1, lastAccompanimentAt: daysAgo(30) }).holds).toBe(true);
  });
  it("does not hold when none was ever done", () => {
    expect(check("accompaniment", {})).toMatchObject({ holds: false, stale: false });
  });
  it("is stale when the last one is older than the window", () => {
    expect(check("accompaniment", { accompanimentsDone: 0, lastAccompanimentAt: daysAgo(181) })).toMatchObject({
      holds: false,
      stale: true,
    });
  });
});

describe("step 9, network representatives", () => {
  it("holds when every relevant unit × network pair has an active representative", () => {
    expect(check("network_representatives", { networkPairs: 3, networkPairsRepresented: 3 })).toEqual({
      holds: true,
      stale: false,
      key: "network.evidence.holds",
    });
  });
  it("does not hold when no network is marked relevant, or a seat was never filled", () => {
    expect(check("network_representatives", {})).toEqual({ holds: false, stale: false, key: "network.evidence.none" });
    expect(check("network_representatives", { networkPairs: 3, networkPairsRepresented: 2 })).toEqual({
      holds: false,
      stale: false,
      key: "network.evidence.vacant",
    });
  });
  it("is stale when a seat fell vacant because its representative left", () => {
    const vacated = { networkPairs: 3, networkPairsRepresented: 2, networkPairsVacatedByLeaving: 1 };
    expect(check("network_representatives", vacated)).toEqual({
      holds: false,
      stale: true,
      key: "network.evidence.stale",
    });
    expect(evaluate("network_representatives", facts(vacated), DEFAULT_THRESHOLDS, NOW).explanation.params).toEqual({
      pairs: 3,
      represented: 2,
      vacant: 1,
      left: 1,
    });
  });
});

describe("the steps whose records are not in the app yet", () => {
  const waiting: StepKey[] = [
    "intro_meetings",
    "contact_point",
    "shared_picture",
    "visits_and_joint_meetings",
    "inclusion",
  ];
  it.each(waiting)("%s is not measurable and never holds, whatever the facts", (step) => {
    const full = facts({
      associations: 10,
      associationsReviewed: 10,
      lastDirectoryUse: NOW,
      notices: 9,
      lastNoticeAt: NOW,
      referralsSent: 9,
      referralsClosed: 9,
      lastReferralSentAt: NOW,
      lastReferralClosedAt: NOW,
      accompanimentsDone: 9,
      lastAccompanimentAt: NOW,
    });
    const e = evaluate(step, full, DEFAULT_THRESHOLDS, NOW);
    expect(e).toEqual({
      holds: false,
      stale: false,
      measurable: false,
      explanation: { key: `path.evidence.${step}.notYet`, params: {} },
    });
  });
});

describe("thresholds", () => {
  it("are the defaults, with changes in range applied and others ignored", () => {
    const t = thresholdsWith([
      { key: "timely_referral.days", value: 30 },
      { key: "visibility.reviewedPercent", value: 101 },
      { key: "no.such.threshold", value: 5 },
    ]);
    expect(t["timely_referral.days"]).toBe(30);
    expect(t["visibility.reviewedPercent"]).toBe(80);
    expect(Object.keys(t)).toEqual(Object.keys(DEFAULT_THRESHOLDS));
  });
});
