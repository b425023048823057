// Proves the barometer's scoring on answers whose results were worked out by hand: reverse-coded statements flipped,
// "can't say" and skipped statements left out, mean / standard deviation / n per group, groups under five hidden, and
// the comparison with the previous round refused when either side has too few answers.
import { describe, expect, it } from "vitest";
import { CANT_SAY, type BarometerResponse, type OrgType } from "./barometer";
import { roundResults, stat, themeScore } from "./barometer-scoring";

const answer = (
  orgType: OrgType | null,
  items: BarometerResponse["items"],
  grades: BarometerResponse["grades"] = {},
  obstacles: BarometerResponse["obstacles"] = {},
): BarometerResponse => ({ orgType, items, grades, obstacles });

// Open communication: oc1 and oc2 as answered, oc3 reverse-coded (6 − answer). The hand-worked score of each is beside it.
const FIXTURE: BarometerResponse[] = [
  answer("association", { oc1: 5, oc2: 4, oc3: 2 }, { local: 8, regional: 6 }, { time: 4 }), // (5 + 4 + 4) / 3 = 13/3
  answer("association", { oc1: 4, oc2: CANT_SAY, oc3: 1 }, { local: 7 }, { time: 3 }), // (4 + 5) / 2 = 4.5
  answer("association", { oc1: 3 }, { local: 6, regional: 5 }, { time: 4 }), // 3: the others skipped
  answer("association", { oc1: 2, oc2: 2, oc3: 4 }, { local: 9 }, { time: 2 }), // (2 + 2 + 2) / 3 = 2
  answer("association", { oc1: CANT_SAY, oc2: CANT_SAY, oc3: CANT_SAY }, { local: 5, regional: 7 }), // no score
  answer("association", { oc1: 5, oc2: 5, oc3: 1 }, {}, { time: 1 }), // (5 + 5 + 5) / 3 = 5
  answer("municipal_immigrant_services", { oc1: 4, oc2: 4, oc3: 3 }, { local: 7, regional: 4 }), // (4 + 4 + 3) / 3 = 11/3
  answer("municipal_immigrant_services", {}), // skipped everything
];

describe("a respondent's theme score", () => {
  it("flips reverse-coded statements and leaves out can't say and skipped ones", () => {
    expect(themeScore(FIXTURE[0], "open_communication")).toBeCloseTo(13 / 3, 10);
    expect(themeScore(FIXTURE[1], "open_communication")).toBe(4.5);
    expect(themeScore(FIXTURE[2], "open_communication")).toBe(3);
    expect(themeScore(answer(null, { ia1: 1, ia2: 1, ia3: 5 }), "inclusive_activity")).toBe(1);
    expect(themeScore(answer(null, { ed1: 5, ed2: 1 }), "effective_development")).toBe(5);
  });

  it("is missing, not zero, for someone who answered only can't say or nothing", () => {
    expect(themeScore(FIXTURE[4], "open_communication")).toBeNull();
    expect(themeScore(FIXTURE[7], "open_communication")).toBeNull();
    expect(themeScore(FIXTURE[0], "knowledge_base")).toBeNull();
  });
});

describe("group figures", () => {
  const results = roundResults(FIXTURE, null);

  it("give the mean, sample standard deviation and n of the respondents' scores, overall", () => {
    // Scores 13/3, 4.5, 3, 2, 5, 11/3: sum 22.5, mean 3.75; squared deviations sum to 6.0972…, / 5 → SD 1.1043.
    const oc = results.overall.themes.open_communication;
    expect(oc).toMatchObject({ hidden: false, n: 6 });
    expect(oc.hidden ? null : oc.mean).toBeCloseTo(3.75, 10);
    expect(oc.hidden ? null : oc.sd).toBeCloseTo(1.104285, 5);
    // Local grades 8, 7, 6, 9, 5, 7: mean 7, squared deviations 1 + 0 + 1 + 4 + 4 + 0 = 10, / 5 → SD √2.
    expect(results.overall.grades.local).toEqual({ hidden: false, n: 6, mean: 7, sd: Math.SQRT2 });
    expect(results.overall.answers).toBe(8);
  });

  it("give the same per organisation type", () => {
    // Associations: 13/3, 4.5, 3, 2, 5 → mean 113/30 = 3.7667; squared deviations sum to 6.0889, / 4 → SD 1.2338.
    expect(results.byOrgType.map((g) => g.orgType)).toEqual(["association"]);
    const oc = results.byOrgType[0].results.themes.open_communication;
    expect(oc).toMatchObject({ hidden: false, n: 5 });
    expect(oc.hidden ? null : oc.mean).toBeCloseTo(113 / 30, 10);
    expect(oc.hidden ? null : oc.sd).toBeCloseTo(1.233784, 5);
    // Local grades 8, 7, 6, 9, 5: mean 7, SD √(10 / 4).
    expect(results.byOrgType[0].results.grades.local).toEqual({ hidden: false, n: 5, mean: 7, sd: Math.sqrt(2.5) });
    // Obstacle "time" 4, 3, 4, 2, 1: mean 2.8.
    expect(results.overall.obstacles.time).toMatchObject({ hidden: false, n: 5, mean: 2.8 });
  });

  it("hide every group and figure resting on fewer than five answers", () => {
    // Two municipal answers: the group is not shown at all, only counted as hidden.
    expect(results.hiddenOrgTypes).toBe(1);
    expect(JSON.stringify(results.byOrgType)).not.toContain("municipal");
    // Regional grades were given four times; inclusive activity never.
    expect(results.overall.grades.regional).toEqual({ hidden: true });
    expect(results.overall.themes.inclusive_activity).toEqual({ hidden: true });
    expect(roundResults(FIXTURE.slice(0, 4), null).shown).toBe(false);
    expect(results.shown).toBe(true);
    expect(stat([1, 2, 3, 4])).toEqual({ hidden: true });
  });
});

describe("comparison with the previous round", () => {
  const previous = [6, 6, 6, 6, 6].map((local) => answer("association", {}, { local }));

  it("is the difference of the means when both rounds have five answers or more", () => {
    const { comparison } = roundResults(FIXTURE, previous);
    expect(comparison?.grades.local).toEqual({ tooFew: false, difference: 1 });
  });

  it("says too few to tell when either round has fewer than five", () => {
    expect(roundResults(FIXTURE, previous.slice(0, 4)).comparison?.grades.local).toEqual({ tooFew: true });
    expect(roundResults(FIXTURE, previous).comparison?.grades.regional).toEqual({ tooFew: true });
    expect(roundResults(FIXTURE, previous).comparison?.themes.open_communication).toEqual({ tooFew: true });
    expect(roundResults(FIXTURE, null).comparison).toBeNull();
  });
});
