// Scoring of the partnership barometer, pure: a respondent's theme score is the mean of the statements they answered
// (reverse-coded ones flipped, "can't say" and skipped ones left out); groups get mean, standard deviation and n,
// overall and by organisation type; a group under MIN_GROUP answers is hidden, and so is any comparison that rests on
// one. Pages, the CSV and the tests all go through here.
import {
  CANT_SAY,
  LEVELS,
  MIN_GROUP,
  OBSTACLES,
  ORG_TYPES,
  STATEMENTS,
  THEMES,
  type BarometerResponse,
  type Level,
  type Obstacle,
  type OrgType,
  type Theme,
} from "./barometer";

/** A group's figure, or `hidden` when it rests on fewer than MIN_GROUP answers. */
export type Stat = { hidden: false; n: number; mean: number; sd: number } | { hidden: true };

/** Mean, sample standard deviation (n − 1; 0 for one value) and n, hidden under MIN_GROUP values. */
export function stat(values: number[]): Stat {
  const n = values.length;
  if (n < MIN_GROUP) return { hidden: true };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1)) : 0;
  return { hidden: false, n, mean, sd };
}

/** One respondent's score on a theme, or null when they answered none of its statements on the scale. */
export function themeScore(response: BarometerResponse, theme: Theme): number | null {
  const values = STATEMENTS.filter((s) => s.theme === theme).flatMap((s) => {
    const answer = response.items[s.code];
    if (answer === undefined || answer === CANT_SAY) return [];
    return [s.reverse ? 6 - answer : answer];
  });
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

const present = (values: (number | null | undefined)[]) => values.filter((v): v is number => typeof v === "number");

export type GroupResults = {
  answers: number;
  themes: Record<Theme, Stat>;
  grades: Record<Level, Stat>;
  obstacles: Record<Obstacle, Stat>;
};

function groupResults(responses: BarometerResponse[]): GroupResults {
  return {
    answers: responses.length,
    themes: Object.fromEntries(THEMES.map((t) => [t, stat(present(responses.map((r) => themeScore(r, t))))])) as Record<
      Theme,
      Stat
    >,
    grades: Object.fromEntries(LEVELS.map((l) => [l, stat(present(responses.map((r) => r.grades[l])))])) as Record<
      Level,
      Stat
    >,
    obstacles: Object.fromEntries(
      OBSTACLES.map((o) => [o, stat(present(responses.map((r) => r.obstacles[o])))]),
    ) as Record<Obstacle, Stat>,
  };
}

/** Change since the previous round, or `tooFew` when either side rests on fewer than MIN_GROUP answers. */
export type Change = { tooFew: true } | { tooFew: false; difference: number };

export function change(current: Stat, previous: Stat): Change {
  return current.hidden || previous.hidden
    ? { tooFew: true }
    : { tooFew: false, difference: current.mean - previous.mean };
}

export type RoundResults = {
  /** False when the round has fewer than MIN_GROUP answers: then nothing is shown at all. */
  shown: boolean;
  overall: GroupResults;
  /** Organisation types with at least MIN_GROUP answers; the others are hidden, not even named with a count. */
  byOrgType: { orgType: OrgType; results: GroupResults }[];
  hiddenOrgTypes: number;
  /** Against the previous round of the county, when there is one. */
  comparison: { themes: Record<Theme, Change>; grades: Record<Level, Change> } | null;
};

export function roundResults(responses: BarometerResponse[], previous: BarometerResponse[] | null): RoundResults {
  const overall = groupResults(responses);
  const groups = ORG_TYPES.map((orgType) => ({
    orgType,
    responses: responses.filter((r) => r.orgType === orgType),
  })).filter((g) => g.responses.length > 0);
  const before = previous ? groupResults(previous) : null;
  return {
    shown: responses.length >= MIN_GROUP,
    overall,
    byOrgType: groups
      .filter((g) => g.responses.length >= MIN_GROUP)
      .map((g) => ({ orgType: g.orgType, results: groupResults(g.responses) })),
    hiddenOrgTypes: groups.filter((g) => g.responses.length < MIN_GROUP).length,
    comparison: before
      ? {
          themes: Object.fromEntries(THEMES.map((t) => [t, change(overall.themes[t], before.themes[t])])) as Record<
            Theme,
            Change
          >,
          grades: Object.fromEntries(LEVELS.map((l) => [l, change(overall.grades[l], before.grades[l])])) as Record<
            Level,
            Change
          >,
        }
      : null,
  };
}
