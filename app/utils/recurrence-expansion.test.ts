// A rule is expanded only as far as it has been asked and extended when a later window is asked (docs/decisions/022):
// whatever windows are asked, in whatever order, every caller gets exactly the starts `rrule` gives for the same rule
// directly, without the per-process memo. The oracle below is `rrule` itself, never the code under test.
import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import * as rruleModule from "rrule";
import { describe, expect, it } from "vitest";
import { TIME_ZONE } from "./dates";
import { floating, isOccurrence, lastOccurrence, occurrencesBetween, type SeriesRule } from "./recurrence.server";

const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;
const DAY = 86_400_000;

/** A moment's Helsinki wall-clock fields as a UTC time value (what rrule is given: floating time). */
const wallClock = (instant: number): number => floating(new Date(instant)).getTime();
/** A floating wall-clock time placed in Helsinki. */
const inHelsinki = (d: Date) =>
  new TZDate(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    TIME_ZONE,
  ).getTime();

/** The rule as rrule reads it directly, in floating time (an UNTIL with Z read as Helsinki wall-clock time). */
function directRule(s: SeriesRule) {
  const options = RRule.parseString(s.rrule);
  const [hours, minutes] = s.startTime.split(":").map(Number);
  const until = options.until && /Z$/.test(s.rrule) ? new Date(wallClock(options.until.getTime())) : options.until;
  const d = s.firstDate;
  const dtstart = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hours, minutes));
  return new RRule({ ...options, until, dtstart });
}

/** The starts in [from, to) straight from rrule. */
function directStarts(s: SeriesRule, from: number, to: number): string[] {
  return directRule(s)
    .between(new Date(wallClock(from) - 2 * DAY), new Date(wallClock(to) + 2 * DAY), true)
    .map(inHelsinki)
    .filter((t) => t >= from && t < to)
    .map((t) => new Date(t).toISOString());
}

const weekday = fc.constantFrom("MO", "TU", "WE", "TH", "FR", "SA", "SU");
const body = fc.oneof(
  weekday.map((d) => `FREQ=WEEKLY;BYDAY=${d}`),
  fc.tuple(weekday, fc.integer({ min: 2, max: 3 })).map(([d, n]) => `FREQ=WEEKLY;INTERVAL=${n};BYDAY=${d}`),
  fc.constant("FREQ=WEEKLY"),
  fc.tuple(fc.constantFrom(1, 2, 3, 4, -1), weekday).map(([n, d]) => `FREQ=MONTHLY;BYDAY=${n}${d}`),
  fc.integer({ min: 1, max: 31 }).map((n) => `FREQ=MONTHLY;BYMONTHDAY=${n}`),
  fc.tuple(fc.constantFrom(1, 2, -1), weekday).map(([n, d]) => `FREQ=MONTHLY;INTERVAL=3;BYDAY=${n}${d}`),
  fc.constant("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, -1), weekday)
    .map(([m, n, d]) => `FREQ=YEARLY;BYMONTH=${m};BYDAY=${n}${d}`),
);
const untilText = (t: number) =>
  new Date(t)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "");
const FIRST = Date.UTC(2000, 0, 1);
const series = fc
  .record({
    body,
    firstDay: fc.integer({ min: 0, max: 40 * 366 }),
    startTime: fc.constantFrom("00:00", "03:00", "03:30", "09:00", "17:00", "18:30", "23:59"),
    end: fc.oneof(
      fc.constant(""),
      fc.integer({ min: 1, max: 1000 }).map((n) => `;COUNT=${n}`),
      fc.integer({ min: 0, max: 30 * 366 }).map((days) => `;UNTIL=${days}`),
      fc.integer({ min: 0, max: 30 * 366 }).map((days) => `;UNTIL=${days}Z`),
    ),
  })
  .map(({ body, firstDay, startTime, end }): SeriesRule => {
    const firstDate = new Date(FIRST + firstDay * DAY);
    // An UNTIL some days after the first date, written as rrule text (with Z: a UTC moment).
    const until = /^;UNTIL=(\d+)(Z?)$/.exec(end);
    const ending = until
      ? `;UNTIL=${untilText(firstDate.getTime() + Number(until[1]) * DAY + 86_399_000)}${until[2]}`
      : end;
    return { rrule: `${body}${ending}`, firstDate, startTime, durationMinutes: 60 };
  });
/**
 * What a caller asks: every start, or a window as long as a moment, a month, the agenda's 62 days or up to two years,
 * starting anywhere in 40 years from the first date or near where the previous window started (a calendar paged on).
 */
const ask = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      fromDay: fc.oneof(
        fc.integer({ min: -400, max: 40 * 366 }).map((day) => ({ day, relative: false })),
        fc.integer({ min: -90, max: 90 }).map((day) => ({ day, relative: true })),
      ),
      length: fc.oneof(fc.constantFrom(1, 31 * DAY, 62 * DAY), fc.integer({ min: 1, max: 800 * DAY })),
    }),
  },
  // Every start (a split, the last occurrence): seldom, as it leaves nothing to extend afterwards.
  { weight: 1, arbitrary: fc.constant("last" as const) },
);

describe("a rule expanded as far as asked", () => {
  it("gives exactly rrule's starts for windows asked in any order, and the same last start", () => {
    fc.assert(
      fc.property(series, fc.array(ask, { minLength: 1, maxLength: 8 }), (s, asks) => {
        let previous = s.firstDate.getTime();
        for (const a of asks) {
          if (a === "last") {
            const ended = /COUNT|UNTIL/.test(s.rrule);
            const direct = ended ? directRule(s).all((_, i) => i < 1100) : [];
            expect(lastOccurrence(s)?.toISOString() ?? null).toBe(
              ended && direct.length ? new Date(inHelsinki(direct.at(-1)!)).toISOString() : null,
            );
            continue;
          }
          const from = (a.fromDay.relative ? previous : s.firstDate.getTime()) + a.fromDay.day * DAY;
          previous = from;
          const to = from + a.length;
          const starts = directStarts(s, from, to);
          const got = occurrencesBetween(s, [], { from: new Date(from), to: new Date(to) });
          expect(got.map((o) => o.start.toISOString())).toEqual(starts);
          // An RSVP's or a form's occurrence is checked against the same starts.
          if (starts[0]) {
            expect(isOccurrence(s, new Date(starts[0]))).toBe(true);
            expect(isOccurrence(s, new Date(Date.parse(starts[0]) + 60_000))).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
