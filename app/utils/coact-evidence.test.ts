// The evidence rules on hand-made facts, at a fixed time: each rule holds, does not hold, and goes stale as
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

describe("step 2, introduction meetings", () => {
  const held = { introHeld: 2, introPresented: 2, lastIntroHeldAt: daysAgo(10) };
  it("holds with two meetings of a series held in 90 days, an association presenting at each", () => {
    expect(check("intro_meetings", held)).toEqual({
      holds: true,
      stale: false,
      key: "path.evidence.intro_meetings.holds",
    });
  });
  it("does not hold with no meeting held, one too few, or a meeting without a presenter", () => {
    expect(check("intro_meetings", {}).key).toBe("path.evidence.intro_meetings.none");
    expect(check("intro_meetings", { ...held, introHeld: 1, introPresented: 1 })).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.intro_meetings.tooFew",
    });
    expect(check("intro_meetings", { ...held, introPresented: 1 })).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.intro_meetings.noPresenter",
    });
  });
  it("is stale when the last meeting was held over 90 days ago", () => {
    expect(check("intro_meetings", { lastIntroHeldAt: daysAgo(91) })).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.intro_meetings.stale",
    });
  });
  it("follows the administrator's minimum", () => {
    const three = thresholdsWith([{ key: "intro_meetings.minHeld", value: 3 }]);
    expect(check("intro_meetings", held, three).key).toBe("path.evidence.intro_meetings.tooFew");
  });
});

describe("step 3, contact point", () => {
  const answered = { contactRoutes: 2, contactRequests: 4, contactOnTime: 4, lastContactRequestAt: daysAgo(8) };
  it("holds when the contact point is published and every request in 90 days was answered within target", () => {
    expect(check("contact_point", answered)).toEqual({
      holds: true,
      stale: false,
      key: "path.evidence.contact_point.holds",
    });
  });
  it("does not hold unpublished, without requests, or with one answered late", () => {
    expect(check("contact_point", { ...answered, contactRoutes: 0 }).key).toBe(
      "path.evidence.contact_point.unpublished",
    );
    expect(check("contact_point", { contactRoutes: 1 })).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.contact_point.none",
    });
    expect(check("contact_point", { ...answered, contactOnTime: 3 })).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.contact_point.late",
    });
  });
  it("is stale when the last request came over 90 days ago", () => {
    expect(check("contact_point", { contactRoutes: 1, lastContactRequestAt: daysAgo(95) })).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.contact_point.stale",
    });
  });
  it("follows the administrator's share", () => {
    const share = thresholdsWith([{ key: "contact_point.onTimePercent", value: 75 }]);
    expect(check("contact_point", { ...answered, contactOnTime: 3 }, share).holds).toBe(true);
  });
});

describe("step 4, shared picture", () => {
  const current = { lastResponsibilitiesReviewAt: daysAgo(100), lastAnnualSessionAt: daysAgo(300) };
  it("holds with the division of responsibilities reviewed in a year and an annual session in 13 months", () => {
    expect(check("shared_picture", current)).toEqual({
      holds: true,
      stale: false,
      key: "path.evidence.shared_picture.holds",
    });
    expect(check("shared_picture", { ...current, lastAnnualSessionAt: daysAgo(390) }).holds).toBe(true);
  });
  it("does not hold without the page, or without an annual session", () => {
    expect(check("shared_picture", {}).key).toBe("path.evidence.shared_picture.noPage");
    expect(check("shared_picture", { ...current, lastAnnualSessionAt: null })).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.shared_picture.noSession",
    });
  });
  it("is stale when the page was reviewed over a year ago, or the session held over 13 months ago", () => {
    expect(check("shared_picture", { ...current, lastResponsibilitiesReviewAt: daysAgo(370) })).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.shared_picture.pageOld",
    });
    expect(check("shared_picture", { ...current, lastAnnualSessionAt: daysAgo(400) })).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.shared_picture.sessionOld",
    });
  });
});

describe("step 8, group visits and joint meetings", () => {
  const asPlanned = { visitsPlanned: 4, visitsHeld: 3, lastVisitHeldAt: daysAgo(20) };
  it("holds when at least 75 % of the planned meetings in six months were held", () => {
    expect(check("visits_and_joint_meetings", asPlanned)).toEqual({
      holds: true,
      stale: false,
      key: "path.evidence.visits_and_joint_meetings.holds",
    });
  });
  it("does not hold with none held, or too few of those planned", () => {
    expect(check("visits_and_joint_meetings", { visitsPlanned: 3 }).key).toBe(
      "path.evidence.visits_and_joint_meetings.none",
    );
    expect(check("visits_and_joint_meetings", { ...asPlanned, visitsHeld: 2 })).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.visits_and_joint_meetings.notAsPlanned",
    });
  });
  it("is stale when the last one was held over six months ago", () => {
    expect(check("visits_and_joint_meetings", { visitsPlanned: 2, lastVisitHeldAt: daysAgo(200) })).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.visits_and_joint_meetings.stale",
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

describe("step 10, inclusion", () => {
  const both = {
    otherLanguageHeld: 1,
    lastOtherLanguageAt: daysAgo(30),
    personalInvitations: 2,
    lastPersonalInvitationAt: daysAgo(60),
  };
  it("holds with a meeting in another language and a personal invitation in six months", () => {
    expect(check("inclusion", both)).toEqual({ holds: true, stale: false, key: "path.evidence.inclusion.holds" });
  });
  it("does not hold with neither, or with one of the two missing", () => {
    expect(check("inclusion", {})).toEqual({ holds: false, stale: false, key: "path.evidence.inclusion.none" });
    expect(check("inclusion", { ...both, otherLanguageHeld: 0, lastOtherLanguageAt: null })).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.inclusion.noLanguage",
    });
    expect(check("inclusion", { ...both, personalInvitations: 0, lastPersonalInvitationAt: null }).key).toBe(
      "path.evidence.inclusion.noPersonal",
    );
  });
  it("is stale when the missing part is older than six months", () => {
    expect(check("inclusion", { ...both, personalInvitations: 0, lastPersonalInvitationAt: daysAgo(200) })).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.inclusion.noPersonal",
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
