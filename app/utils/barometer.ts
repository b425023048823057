// The partnership barometer's questions, defined once by code (DESIGN.md, "The partnership barometer"): the form, the
// scoring, the results and the CSV all read them from here; their texts are `barometer.*` keys in app/i18n. A plain
// module (not .server), so that the form may render it. Changing a code orphans the answers saved under it.
import * as schema from "./enums.generated";

export const ORG_TYPES = schema.BarometerOrgType;
export const ASSOCIATION_SIZES = schema.BarometerAssociationSize;
export type OrgType = schema.BarometerOrgType;

/** The four themes of the partnership programme, each with 1–5 agreement statements. */
export const THEMES = ["open_communication", "inclusive_activity", "knowledge_base", "effective_development"] as const;
export type Theme = (typeof THEMES)[number];

/** A statement; `reverse`: agreeing means cooperation works worse, so its answer is flipped (6 − answer) for scores. */
export type Statement = { code: string; theme: Theme; reverse: boolean };

export const STATEMENTS = [
  { code: "oc1", theme: "open_communication", reverse: false },
  { code: "oc2", theme: "open_communication", reverse: false },
  { code: "oc3", theme: "open_communication", reverse: true },
  { code: "ia1", theme: "inclusive_activity", reverse: false },
  { code: "ia2", theme: "inclusive_activity", reverse: false },
  { code: "ia3", theme: "inclusive_activity", reverse: true },
  { code: "kb1", theme: "knowledge_base", reverse: false },
  { code: "kb2", theme: "knowledge_base", reverse: false },
  { code: "ed1", theme: "effective_development", reverse: false },
  { code: "ed2", theme: "effective_development", reverse: true },
] as const satisfies readonly Statement[];
export type StatementCode = (typeof STATEMENTS)[number]["code"];

/** 1 = strongly disagree … 5 = strongly agree; 0 = "can't say", which counts as an answer but not in any score. */
export const AGREEMENT = [1, 2, 3, 4, 5] as const;
export const CANT_SAY = 0;

/** Overall grades 1–10 of cooperation at each level. */
export const LEVELS = ["local", "regional", "national"] as const;
export type Level = (typeof LEVELS)[number];
export const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The national partnership barometer 2020 (779 answers): the reference line of the grade charts. */
export const NATIONAL_2020_GRADES: Record<Level, number> = { local: 6.8, regional: 6.1, national: 5.5 };

/** Obstacles to cooperation, each 1 = not at all … 4 = very much. */
export const OBSTACLES = [
  "time",
  "fragmented_field",
  "funding",
  "project_administration",
  "trust",
  "language",
] as const;
export type Obstacle = (typeof OBSTACLES)[number];
export const OBSTACLE_SCALE = [1, 2, 3, 4] as const;

/** A result is shown only for a group with at least this many answers, so that no one's answer can be singled out. */
export const MIN_GROUP = 5;

/** One respondent's answer as scoring reads it: every question may be missing (skipped). */
export type BarometerResponse = {
  orgType: OrgType | null;
  items: Partial<Record<StatementCode, number>>;
  grades: Partial<Record<Level, number>>;
  obstacles: Partial<Record<Obstacle, number>>;
};
