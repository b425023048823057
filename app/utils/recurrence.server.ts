// A meeting series' occurrences, computed from its iCalendar RRULE for a window (they are not stored), in Europe/Helsinki
// wall-clock time: "17:00 on the second Tuesday" stays 17:00 across both daylight-saving changes (docs/decisions/012).
// The rule is expanded by `rrule` in *floating* time (wall-clock fields carried in a UTC Date, no zone at all, so the
// library never does time-zone arithmetic) and each wall-clock time is then placed in Helsinki with @date-fns/tz.
// Stored exceptions cancel or move single occurrences, keyed by the start the rule gave them (the RECURRENCE-ID).
import { TZDate } from "@date-fns/tz";
import * as rruleModule from "rrule";
import { MEETING_PATTERNS } from "./choices";
import { TIME_ZONE } from "./dates";

// rrule 2.8 is CommonJS for Node (its ESM build is for bundlers): there its classes are on the default export.
const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

/** What the rule of a series needs: the rule body (no DTSTART), the first date and the wall-clock start time. */
export type SeriesRule = {
  rrule: string;
  /** The first occurrence's calendar date (its UTC fields are the date; a Prisma @db.Date). */
  firstDate: Date;
  /** "HH:MM" in Helsinki. */
  startTime: string;
  durationMinutes: number;
};

export type ExceptionRow = { originalStart: Date; kind: "cancelled" | "moved"; movedStart: Date | null };

export type Occurrence = {
  /** The start the rule gives it: the occurrence's identity (presenters, RSVPs, attendance, RECURRENCE-ID). */
  originalStart: Date;
  start: Date;
  end: Date;
  cancelled: boolean;
  moved: boolean;
};

/** The frequencies a series may have; "quarterly" is MONTHLY with INTERVAL=3. */
const ALLOWED_FREQUENCIES = new Set([RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY]);
const ALLOWED_PARTS = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "COUNT", "UNTIL"]);
/** More occurrences than a series can sensibly have (weekly for twenty years): a bound for every expansion. */
const MAX_OCCURRENCES = 1100;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The wall-clock fields of a moment in Helsinki, as a floating Date (UTC fields = Helsinki wall clock). */
export function floating(instant: Date): Date {
  const local = new TZDate(instant, TIME_ZONE);
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  );
}

/**
 * A floating wall-clock time placed in Helsinki. A time that does not exist (the hour skipped in March) moves forward
 * by the gap, as RFC 5545 asks; an hour that exists twice (October) is its first (summer-time) instance.
 */
function placed(wallClock: Date): number {
  return new TZDate(
    wallClock.getUTCFullYear(),
    wallClock.getUTCMonth(),
    wallClock.getUTCDate(),
    wallClock.getUTCHours(),
    wallClock.getUTCMinutes(),
    TIME_ZONE,
  ).getTime();
}

/** The rule's options, or null when the text is not a rule a series may have. */
export function parseRule(rule: string) {
  const body = rule.trim().replace(/^RRULE:/i, "");
  if (!body || /[\r\n]/.test(body)) return null;
  const parts = body.split(";").map((p) => p.split("=")[0]?.toUpperCase());
  if (parts.some((p) => !p || !ALLOWED_PARTS.has(p))) return null;
  try {
    const options = RRule.parseString(body);
    if (options.freq === undefined || !ALLOWED_FREQUENCIES.has(options.freq)) return null;
    if (options.count !== undefined && options.count !== null && (options.count < 1 || options.count > 1000))
      return null;
    if (options.interval !== undefined && (options.interval < 1 || options.interval > 12)) return null;
    return options;
  } catch {
    return null;
  }
}

/** The floating DTSTART of a series: its first date at its start time. */
function dtstart(series: Pick<SeriesRule, "firstDate" | "startTime">): Date {
  const [, hours, minutes] = HHMM.exec(series.startTime)!.map(Number);
  const d = series.firstDate;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hours, minutes));
}

function ruleOf(series: SeriesRule) {
  const options = parseRule(series.rrule);
  if (!options || !HHMM.test(series.startTime)) throw new Error(`not a series rule: ${series.rrule}`);
  // An UNTIL written with Z (UTC) is read as the Helsinki wall-clock time of that moment, like the rest.
  const until = options.until ? floating(options.until) : undefined;
  const zoned = /UNTIL=[0-9T]+Z/i.test(series.rrule);
  // Without rrule's own cache: the rule is kept in the memo, and that cache would keep every window ever asked of it.
  return new RRule(
    { ...options, until: zoned ? until : options.until, dtstart: dtstart(series), tzid: undefined },
    true,
  );
}

/** The series' DTSTART: its first date at its start time in Helsinki. */
export function firstStart(series: Pick<SeriesRule, "firstDate" | "startTime">): Date {
  return new Date(placed(dtstart(series)));
}

/** Whether the rule, first date and time make a valid series (for the form). */
export function isValidSeriesRule(series: SeriesRule): boolean {
  if (!parseRule(series.rrule) || !HHMM.test(series.startTime)) return false;
  return ruleOf(series).all((_, i) => i < 1).length === 1;
}

/** Every start the rule gives, without exceptions, up to a bound (for COUNT/UNTIL series and splits). */
function ruleStarts(series: SeriesRule, between?: { from: Date; to: Date }): Date[] {
  if (!between) {
    const expanded = expansion(series, Infinity);
    return expanded.floating.map((_, i) => new Date(placedAt(expanded, i)));
  }
  // One day of slack each side: the floating bounds are compared with wall-clock times, up to 3 hours apart.
  const after = floatingTime(between.from) - 86_400_000;
  const before = floatingTime(between.to) + 86_400_000;
  const expanded = expansion(series, before);
  // A rule without an end beyond its first MAX_OCCURRENCES starts: expanded for this window alone.
  if (expanded.capped && before > expanded.floating[MAX_OCCURRENCES - 1]!)
    return expanded.rule.between(new Date(after), new Date(before), true).map((d) => new Date(placed(d)));
  const starts: Date[] = [];
  for (let i = firstAtOrAfter(expanded.floating, after); i < expanded.floating.length; i++) {
    if (expanded.floating[i]! > before) break;
    starts.push(new Date(placedAt(expanded, i)));
  }
  return starts;
}

/**
 * A rule's starts as far as they have been asked for (docs/decisions/022): the first ones, in order, floating, and
 * each placed in Helsinki once something asks for it. Every start at or before `through` (a floating time) is in
 * `floating`; `through` is Infinity once the rule has ended. `capped`: the rule has more than MAX_OCCURRENCES starts,
 * `floating` holds the first MAX_OCCURRENCES and `through` is the last of them.
 */
type Expansion = {
  rule: InstanceType<typeof RRule>;
  first: number;
  floating: number[];
  /** The Helsinki instant of `floating[i]`, NaN until asked for. */
  placed: number[];
  through: number;
  capped: boolean;
};

/**
 * Every start of a rule expanded so far, kept per process by the rule's text, first date and start time (a changed
 * series is a different key, so nothing goes stale): the calendar asks for the same few hundred series on every
 * request, and expanding a rule from its first date each time was most of its CPU (docs/decisions/011).
 */
const expansions = new Map<string, Expansion>();
/**
 * Past this many starts the memo starts again empty. It holds the calendar's whole limit of 500 series of
 * MAX_OCCURRENCES starts (about 9 MB as two float arrays): a smaller bound was exceeded by a county with a few hundred
 * open-ended series, and then every request emptied it and expanded every rule again.
 */
const MAX_MEMO_STARTS = 500 * MAX_OCCURRENCES;
let memoStarts = 0;

/**
 * The rule's expansion, complete at least through the floating time `before` (or to its end, or its first
 * MAX_OCCURRENCES starts). A rule is expanded only as far as it is asked: the first request after a start used to
 * expand every visible rule to 1,100 starts (12 s of CPU for 500 open-ended rules). `rrule` cannot resume an
 * iteration, so a later window expands the rule again from its first date, and then twice as far from it as the last
 * time: asking ever later windows costs at most about twice one expansion to the furthest of them.
 */
function expansion(series: SeriesRule, before: number): Expansion {
  const key = `${series.rrule}|${series.firstDate.getTime()}|${series.startTime}`;
  let expanded = expansions.get(key);
  if (!expanded) {
    const rule = ruleOf(series);
    expanded = { rule, first: dtstart(series).getTime(), floating: [], placed: [], through: -Infinity, capped: false };
    expansions.set(key, expanded);
  }
  if (expanded.through >= before || expanded.capped) return expanded;
  const target =
    expanded.through === -Infinity
      ? before
      : Math.max(before, expanded.first + 2 * (expanded.through - expanded.first));
  let beyond = false;
  let more = false;
  const floatingStarts = expanded.rule.all((d, i) => {
    if (d.getTime() > target) beyond = true;
    else if (i >= MAX_OCCURRENCES) more = true;
    return !beyond && !more;
  });
  const added = floatingStarts.length - expanded.floating.length;
  if (memoStarts + added > MAX_MEMO_STARTS) {
    expansions.clear();
    expansions.set(key, expanded);
    memoStarts = expanded.floating.length;
  }
  memoStarts += added;
  // The starts already known are the same again (the same rule from the same first date), placed ones kept.
  for (let i = expanded.floating.length; i < floatingStarts.length; i++) {
    expanded.floating.push(floatingStarts[i]!.getTime());
    expanded.placed.push(NaN);
  }
  expanded.capped = more;
  expanded.through = beyond ? target : more ? expanded.floating.at(-1)! : Infinity;
  return expanded;
}

/** The Helsinki instant of an expansion's i-th start, placed the first time it is asked for. */
function placedAt(expanded: Expansion, i: number): number {
  let time = expanded.placed[i]!;
  if (Number.isNaN(time)) {
    time = placed(new Date(expanded.floating[i]!));
    expanded.placed[i] = time;
  }
  return time;
}

/** The index of the first value ≥ `value` in an ascending list. */
function firstAtOrAfter(values: readonly number[], value: number) {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `floating(instant)` as a time value, remembered for the last few instants asked: a page asks for both ends of its
 * window once per series, alternately, so remembering only the last one missed every time.
 */
const lastFloating: { instant: number; floating: number }[] = [];
function floatingTime(instant: Date) {
  const time = instant.getTime();
  const known = lastFloating.find((f) => f.instant === time);
  if (known) return known.floating;
  const value = floating(instant).getTime();
  lastFloating.unshift({ instant: time, floating: value });
  if (lastFloating.length > 4) lastFloating.pop();
  return value;
}

/**
 * The occurrences that start in [from, to): the rule's, with cancelled ones flagged (a page shows them struck out) and
 * moved ones at their new time (a move into the window from outside it counts too). Sorted by start.
 */
export function occurrencesBetween(
  series: SeriesRule,
  exceptions: readonly ExceptionRow[],
  window: { from: Date; to: Date },
): Occurrence[] {
  const byOriginal = new Map(exceptions.map((e) => [e.originalStart.getTime(), e]));
  const duration = series.durationMinutes * 60_000;
  const ruled = new Set<number>();
  const result: Occurrence[] = [];
  const add = (originalStart: Date) => {
    const exception = byOriginal.get(originalStart.getTime());
    const moved = exception?.kind === "moved" && exception.movedStart ? exception.movedStart : null;
    const start = moved ?? originalStart;
    if (start < window.from || start >= window.to) return;
    result.push({
      originalStart,
      start,
      end: new Date(start.getTime() + duration),
      cancelled: exception?.kind === "cancelled",
      moved: moved !== null,
    });
  };
  for (const start of ruleStarts(series, window)) {
    ruled.add(start.getTime());
    add(start);
  }
  // Moved in from outside the window: only if the rule really has that occurrence.
  const movedIn = exceptions.filter(
    (e) =>
      e.kind === "moved" &&
      e.movedStart &&
      !ruled.has(e.originalStart.getTime()) &&
      isOccurrence(series, e.originalStart),
  );
  for (const e of movedIn) add(e.originalStart);
  return result.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The next `count` occurrences from `now` (cancelled ones included, flagged). */
export function nextOccurrences(
  series: SeriesRule,
  exceptions: readonly ExceptionRow[],
  now: Date,
  count: number,
  horizonDays = 800,
): Occurrence[] {
  return occurrencesBetween(series, exceptions, {
    from: now,
    to: new Date(now.getTime() + horizonDays * 86_400_000),
  }).slice(0, count);
}

/** Whether the rule gives an occurrence starting exactly then (a form's or link's occurrence is checked with it). */
export function isOccurrence(series: SeriesRule, start: Date): boolean {
  return ruleStarts(series, { from: start, to: new Date(start.getTime() + 1) }).some(
    (s) => s.getTime() === start.getTime(),
  );
}

/** The last occurrence the rule gives, or null for a rule without COUNT or UNTIL. */
export function lastOccurrence(series: SeriesRule): Date | null {
  const options = parseRule(series.rrule);
  if (!options?.count && !options?.until) return null;
  return ruleStarts(series).at(-1) ?? null;
}

const untilText = (wallClock: Date) =>
  wallClock
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "");

/**
 * Edits "from this occurrence onward": the series ends before `from` (an UNTIL the evening before it, in Helsinki
 * wall-clock time) and its successor starts at `from`, with the rest of a COUNT. Null when nothing is left after `from`
 * (or nothing before it: then the series itself is edited, not split).
 */
export function splitRule(
  series: SeriesRule,
  from: Date,
): { before: { rrule: string }; after: { rrule: string; firstDate: Date } } | null {
  const options = parseRule(series.rrule);
  if (!options) return null;
  const all = ruleStarts(series);
  const earlier = all.filter((s) => s < from);
  const later = all.filter((s) => s >= from);
  if (earlier.length === 0 || later.length === 0) return null;
  const local = floating(later[0]);
  const endOfPreviousDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - 1000);
  const withoutEnd = series.rrule
    .replace(/^RRULE:/i, "")
    .split(";")
    .filter((p) => !/^(COUNT|UNTIL)=/i.test(p));
  const before = [...withoutEnd, `UNTIL=${untilText(endOfPreviousDay)}`].join(";");
  const rest = options.count
    ? [`COUNT=${options.count - earlier.length}`]
    : options.until
      ? [/UNTIL=[^;]+/i.exec(series.rrule)![0]]
      : [];
  return {
    before: { rrule: before },
    after: {
      rrule: [...withoutEnd, ...rest].join(";"),
      firstDate: new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())),
    },
  };
}

/** The patterns the series form offers, each a rule derived from the first date ("the second Tuesday"). */
export const PATTERNS = MEETING_PATTERNS;
export type Pattern = (typeof PATTERNS)[number];

const WEEKDAY_CODES = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

/** The n-th weekday of its month a date is (1–4; 5 is "the last"), e.g. 14 Jan 2025 is the 2nd Tuesday. */
export function nthWeekday(date: Date): { n: number; code: (typeof WEEKDAY_CODES)[number] } {
  const day = date.getUTCDate();
  const n = Math.ceil(day / 7);
  return { n: n === 5 ? -1 : n, code: WEEKDAY_CODES[date.getUTCDay()] };
}

/** The RRULE body of a pattern starting on `firstDate`, ending after `count` times or on `until` (YYYY-MM-DD) or never. */
export function ruleFor(pattern: Pattern, firstDate: Date, end: { count?: number; until?: string }): string {
  const { n, code } = nthWeekday(firstDate);
  const base = {
    weekly: `FREQ=WEEKLY;BYDAY=${code}`,
    monthly_weekday: `FREQ=MONTHLY;BYDAY=${n}${code}`,
    monthly_date: `FREQ=MONTHLY;BYMONTHDAY=${firstDate.getUTCDate()}`,
    quarterly: `FREQ=MONTHLY;INTERVAL=3;BYDAY=${n}${code}`,
    yearly: `FREQ=YEARLY;BYMONTH=${firstDate.getUTCMonth() + 1};BYDAY=${n}${code}`,
  }[pattern];
  if (end.count) return `${base};COUNT=${end.count}`;
  if (end.until) return `${base};UNTIL=${end.until.replace(/-/g, "")}T235959`;
  return base;
}

/** The form's pattern and end of a stored rule (the reverse of `ruleFor`), to fill in the edit form. */
export function patternOf(rrule: string): { pattern: Pattern; count?: number; until?: string } {
  const part = (name: string) => new RegExp(`(?:^|;)${name}=([^;]+)`, "i").exec(rrule)?.[1];
  const freq = part("FREQ")?.toUpperCase();
  const pattern: Pattern =
    freq === "WEEKLY"
      ? "weekly"
      : freq === "YEARLY"
        ? "yearly"
        : part("INTERVAL") === "3"
          ? "quarterly"
          : part("BYMONTHDAY")
            ? "monthly_date"
            : "monthly_weekday";
  const until = part("UNTIL");
  return {
    pattern,
    count: part("COUNT") ? Number(part("COUNT")) : undefined,
    until: until ? `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` : undefined,
  };
}
