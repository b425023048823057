// A series' occurrences are Helsinki wall-clock times: the rule patterns the organisers use ("second Tuesday", quarterly,
// yearly, COUNT, UNTIL) give the dates people expect, 17:00 stays 17:00 across both daylight-saving changes, a cancelled
// or moved occurrence is one exception (not a second series), and a split continues without a duplicate or a gap.
// Expected values are written out by hand from a calendar, never computed with the code under test.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import * as rruleModule from "rrule";
import { describe, expect, it } from "vitest";
import { TIME_ZONE } from "./dates";
import {
  isOccurrence,
  isValidSeriesRule,
  lastOccurrence,
  nextOccurrences,
  nthWeekday,
  occurrencesBetween,
  parseRule,
  ruleFor,
  splitRule,
  type ExceptionRow,
  type SeriesRule,
} from "./recurrence.server";

const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

/** How a person in Helsinki reads a moment. */
const local = (d: Date) => format(new TZDate(d, TIME_ZONE), "EEE yyyy-MM-dd HH:mm");
const series = (rrule: string, firstDate: string, startTime = "17:00", durationMinutes = 30): SeriesRule => ({
  rrule,
  firstDate: new Date(`${firstDate}T00:00:00Z`),
  startTime,
  durationMinutes,
});
const YEARS = { from: new Date("2027-01-01T00:00:00Z"), to: new Date("2031-01-01T00:00:00Z") };
const all = (s: SeriesRule, exceptions: ExceptionRow[] = [], window = YEARS) =>
  occurrencesBetween(s, exceptions, window);

describe("a series' occurrences", () => {
  it("falls on the second Tuesday of every month at 17:00 Helsinki time", () => {
    const starts = all(series("FREQ=MONTHLY;BYDAY=2TU;COUNT=12", "2028-01-11")).map((o) => local(o.start));
    expect(starts).toEqual([
      "Tue 2028-01-11 17:00",
      "Tue 2028-02-08 17:00",
      "Tue 2028-03-14 17:00",
      "Tue 2028-04-11 17:00",
      "Tue 2028-05-09 17:00",
      "Tue 2028-06-13 17:00",
      "Tue 2028-07-11 17:00",
      "Tue 2028-08-08 17:00",
      "Tue 2028-09-12 17:00",
      "Tue 2028-10-10 17:00",
      "Tue 2028-11-14 17:00",
      "Tue 2028-12-12 17:00",
    ]);
  });

  it("keeps 17:00 across the March and October daylight-saving changes (UTC+2 → UTC+3 → UTC+2)", () => {
    // In 2028 summer time starts on Sunday 26 March and ends on Sunday 29 October.
    const weekly = all(series("FREQ=WEEKLY;BYDAY=TU", "2028-03-21"), [], {
      from: new Date("2028-03-20T00:00:00Z"),
      to: new Date("2028-11-08T00:00:00Z"),
    });
    const byDate = new Map(weekly.map((o) => [local(o.start).slice(4, 14), o.start.toISOString()]));
    expect(byDate.get("2028-03-21")).toBe("2028-03-21T15:00:00.000Z"); // winter time
    expect(byDate.get("2028-03-28")).toBe("2028-03-28T14:00:00.000Z"); // summer time: still 17:00 on the wall
    expect(byDate.get("2028-10-24")).toBe("2028-10-24T14:00:00.000Z"); // summer time
    expect(byDate.get("2028-10-31")).toBe("2028-10-31T15:00:00.000Z"); // winter time again
    expect(new Set(weekly.map((o) => local(o.start).slice(-5)))).toEqual(new Set(["17:00"]));
    expect(weekly.every((o) => o.end.getTime() - o.start.getTime() === 30 * 60_000)).toBe(true);
  });

  it("would drift an hour if the rule were expanded in UTC, which is why it is expanded in floating time", () => {
    // The trap the issue warns about: 17:00 in January given to rrule as a UTC instant comes back at 18:00 in summer.
    const naive = new RRule({
      freq: RRule.MONTHLY,
      byweekday: [RRule.TU.nth(2)],
      count: 7,
      dtstart: new Date("2028-01-11T15:00:00Z"),
    });
    expect(local(naive.all().at(-1)!)).toBe("Tue 2028-07-11 18:00");
    expect(local(all(series("FREQ=MONTHLY;BYDAY=2TU;COUNT=7", "2028-01-11")).at(-1)!.start)).toBe(
      "Tue 2028-07-11 17:00",
    );
  });

  it("runs quarterly (every three months on the same weekday of the month), two hours", () => {
    const quarterly = all(series("FREQ=MONTHLY;INTERVAL=3;BYDAY=1TH;COUNT=5", "2028-02-03", "13:00", 120));
    expect(quarterly.map((o) => local(o.start))).toEqual([
      "Thu 2028-02-03 13:00",
      "Thu 2028-05-04 13:00",
      "Thu 2028-08-03 13:00",
      "Thu 2028-11-02 13:00",
      "Thu 2029-02-01 13:00",
    ]);
    expect(local(quarterly[1].end)).toBe("Thu 2028-05-04 15:00");
  });

  it("runs yearly (the annual session on the last Wednesday of September)", () => {
    const yearly = all(series("FREQ=YEARLY;BYMONTH=9;BYDAY=-1WE", "2027-09-29", "18:00", 180));
    expect(yearly.map((o) => local(o.start))).toEqual([
      "Wed 2027-09-29 18:00",
      "Wed 2028-09-27 18:00",
      "Wed 2029-09-26 18:00",
      "Wed 2030-09-25 18:00",
    ]);
  });

  it("ends after COUNT occurrences, or on the UNTIL day (the occurrence on that day included)", () => {
    expect(all(series("FREQ=WEEKLY;BYDAY=MO;COUNT=3", "2028-01-03")).map((o) => local(o.start))).toEqual([
      "Mon 2028-01-03 17:00",
      "Mon 2028-01-10 17:00",
      "Mon 2028-01-17 17:00",
    ]);
    // UNTIL in floating time is the Helsinki day's end; with Z it is a UTC moment, read in Helsinki time.
    const until = series("FREQ=WEEKLY;BYDAY=MO;UNTIL=20280117T235959", "2028-01-03");
    expect(all(until).map((o) => local(o.start))).toEqual([
      "Mon 2028-01-03 17:00",
      "Mon 2028-01-10 17:00",
      "Mon 2028-01-17 17:00",
    ]);
    // 17 Jan 14:59Z is 16:59 in Helsinki: the 17:00 meeting that day is after it.
    const zoned = series("FREQ=WEEKLY;BYDAY=MO;UNTIL=20280117T145900Z", "2028-01-03");
    expect(all(zoned)).toHaveLength(2);
    expect(lastOccurrence(until)?.toISOString()).toBe("2028-01-17T15:00:00.000Z");
    expect(lastOccurrence(series("FREQ=WEEKLY;BYDAY=MO", "2028-01-03"))).toBeNull();
  });

  it("cancels or moves one occurrence through an exception, without touching the others", () => {
    const monthly = series("FREQ=MONTHLY;BYDAY=2TU;COUNT=4", "2028-01-11");
    const [, feb, mar] = all(monthly);
    const exceptions: ExceptionRow[] = [
      { originalStart: feb.originalStart, kind: "cancelled", movedStart: null },
      // March's meeting moved to Wednesday 18:00 (still winter time: UTC+2).
      { originalStart: mar.originalStart, kind: "moved", movedStart: new Date("2028-03-15T16:00:00Z") },
    ];
    const withExceptions = all(monthly, exceptions);
    expect(withExceptions.map((o) => [local(o.start), o.cancelled, o.moved])).toEqual([
      ["Tue 2028-01-11 17:00", false, false],
      ["Tue 2028-02-08 17:00", true, false],
      ["Wed 2028-03-15 18:00", false, true],
      ["Tue 2028-04-11 17:00", false, false],
    ]);
    // The moved one keeps its identity (the RECURRENCE-ID), and is not also listed at its old time.
    expect(withExceptions[2].originalStart.toISOString()).toBe("2028-03-14T15:00:00.000Z");
    expect(withExceptions).toHaveLength(4);
    // A move out of the window's range leaves it; a move into it from outside enters it.
    const march = { from: new Date("2028-03-15T00:00:00Z"), to: new Date("2028-03-16T00:00:00Z") };
    expect(all(monthly, exceptions, march).map((o) => local(o.start))).toEqual(["Wed 2028-03-15 18:00"]);
    expect(all(monthly, [], march)).toEqual([]);
  });

  it("splits at an occurrence: the old series ends the day before, the successor continues the rest of a COUNT", () => {
    const monthly = series("FREQ=MONTHLY;BYDAY=2TU;COUNT=6", "2028-01-11");
    const split = splitRule(monthly, new Date("2028-04-11T14:00:00Z"))!;
    expect(split.before.rrule).toBe("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20280410T235959");
    expect(split.after).toEqual({
      rrule: "FREQ=MONTHLY;BYDAY=2TU;COUNT=3",
      firstDate: new Date("2028-04-11T00:00:00Z"),
    });
    const before = all({ ...monthly, rrule: split.before.rrule });
    // From April on: 18:00 instead of 17:00.
    const after = all({ ...monthly, ...split.after, startTime: "18:00" });
    expect([...before, ...after].map((o) => local(o.start))).toEqual([
      "Tue 2028-01-11 17:00",
      "Tue 2028-02-08 17:00",
      "Tue 2028-03-14 17:00",
      "Tue 2028-04-11 18:00",
      "Tue 2028-05-09 18:00",
      "Tue 2028-06-13 18:00",
    ]);
    // An open-ended series splits into an ended one and an open-ended successor; nothing to split at the first one.
    const open = series("FREQ=WEEKLY;BYDAY=TU", "2028-01-04");
    expect(splitRule(open, new Date("2028-01-18T15:00:00Z"))?.after.rrule).toBe("FREQ=WEEKLY;BYDAY=TU");
    expect(splitRule(open, new Date("2028-01-04T15:00:00Z"))).toBeNull();
  });

  it("knows which starts are its occurrences, and the next ones from now", () => {
    const monthly = series("FREQ=MONTHLY;BYDAY=2TU", "2028-01-11");
    expect(isOccurrence(monthly, new Date("2028-03-14T15:00:00Z"))).toBe(true);
    expect(isOccurrence(monthly, new Date("2028-03-14T14:00:00Z"))).toBe(false);
    expect(isOccurrence(monthly, new Date("2028-03-21T15:00:00Z"))).toBe(false);
    expect(nextOccurrences(monthly, [], new Date("2028-03-14T15:00:01Z"), 2).map((o) => local(o.start))).toEqual([
      "Tue 2028-04-11 17:00",
      "Tue 2028-05-09 17:00",
    ]);
  });
});

describe("series rules from the form", () => {
  it("derives 'the second Tuesday' and the other patterns from the first date", () => {
    const jan11 = new Date("2028-01-11T00:00:00Z");
    expect(nthWeekday(jan11)).toEqual({ n: 2, code: "TU" });
    expect(nthWeekday(new Date("2028-01-31T00:00:00Z"))).toEqual({ n: -1, code: "MO" });
    expect(ruleFor("monthly_weekday", jan11, {})).toBe("FREQ=MONTHLY;BYDAY=2TU");
    expect(ruleFor("quarterly", jan11, { count: 4 })).toBe("FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU;COUNT=4");
    expect(ruleFor("weekly", jan11, { until: "2028-06-30" })).toBe("FREQ=WEEKLY;BYDAY=TU;UNTIL=20280630T235959");
    expect(ruleFor("yearly", jan11, {})).toBe("FREQ=YEARLY;BYMONTH=1;BYDAY=2TU");
    expect(ruleFor("monthly_date", jan11, {})).toBe("FREQ=MONTHLY;BYMONTHDAY=11");
  });

  it("refuses rules a series may not have", () => {
    for (const bad of [
      "",
      "FREQ=DAILY",
      "FREQ=HOURLY",
      "FREQ=WEEKLY;BYHOUR=3",
      "FREQ=WEEKLY;COUNT=0",
      "FREQ=WEEKLY;COUNT=100000",
      "FREQ=MONTHLY;INTERVAL=0",
      "nonsense",
      "FREQ=WEEKLY\r\nATTENDEE:x",
    ])
      expect(parseRule(bad), bad).toBeNull();
    expect(parseRule("RRULE:FREQ=MONTHLY;BYDAY=2TU")).not.toBeNull();
    expect(isValidSeriesRule(series("FREQ=MONTHLY;BYDAY=2TU", "2028-01-11", "25:00"))).toBe(false);
    expect(isValidSeriesRule(series("FREQ=MONTHLY;BYDAY=2TU", "2028-01-11"))).toBe(true);
  });
});
