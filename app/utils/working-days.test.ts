// Answer deadlines count Finnish working days: weekends and public holidays do not count, in Helsinki time.
import { describe, expect, it } from "vitest";
import { isFinnishHoliday, workingDaysBetween } from "./working-days";

const helsinkiNoon = (date: string) => new Date(`${date}T12:00:00+02:00`);

describe("working days", () => {
  it("counts Monday to Friday", () => {
    // Monday 16 November 2026 to Monday 23 November: five working days.
    expect(workingDaysBetween(helsinkiNoon("2026-11-16"), helsinkiNoon("2026-11-23"))).toBe(5);
  });

  it.each([
    ["New Year's Day", "2027-01-01"],
    ["Epiphany", "2027-01-06"],
    ["Good Friday", "2027-03-26"],
    ["Easter Monday", "2027-03-29"],
    ["May Day", "2027-05-01"],
    ["Ascension Day", "2027-05-06"],
    ["Midsummer Eve", "2027-06-25"],
    ["Independence Day", "2026-12-06"],
    ["Christmas Eve", "2026-12-24"],
    ["Christmas Day", "2026-12-25"],
    ["Boxing Day", "2026-12-26"],
  ])("knows %s (%s)", (_, date) => {
    expect(isFinnishHoliday(new Date(`${date}T12:00:00`))).toBe(true);
  });

  it("does not count holidays: over Easter 2027 only the Tuesday after counts", () => {
    expect(workingDaysBetween(helsinkiNoon("2027-03-25"), helsinkiNoon("2027-03-30"))).toBe(1);
  });

  it("does not count Christmas: from Wednesday 23 December 2026 to Monday 28th is one working day", () => {
    expect(workingDaysBetween(helsinkiNoon("2026-12-23"), helsinkiNoon("2026-12-28"))).toBe(1);
  });

  it("counts ordinary days that look like holidays elsewhere", () => {
    expect(isFinnishHoliday(new Date("2027-07-04T12:00:00"))).toBe(false);
    expect(isFinnishHoliday(new Date("2027-06-24T12:00:00"))).toBe(false);
  });

  it("reads the day in Helsinki: 23:30 UTC on a Sunday is already Monday there", () => {
    // Sunday 22 November 2026 23:30 UTC = Monday 01:30 in Helsinki; to Tuesday noon is one working day.
    expect(workingDaysBetween(new Date("2026-11-22T23:30:00Z"), helsinkiNoon("2026-11-24"))).toBe(1);
  });
});

describe("addWorkingDays", () => {
  it("ends on the start of a Helsinki day, skipping weekends and holidays, across the clock change", async () => {
    const { addWorkingDays } = await import("./working-days");
    // Thursday 25 March 2027 late evening in Helsinki (already Friday 26th there: Good Friday) + 1: Tuesday 30th.
    expect(addWorkingDays(new Date("2027-03-25T22:30:00Z"), 1).getTime()).toBe(Date.parse("2027-03-29T21:00:00.000Z"));
    // Friday 23 October 2026 + 9: Wednesday 4 November, after the clocks went back (winter time, UTC+2).
    expect(addWorkingDays(helsinkiNoon("2026-10-23"), 9).getTime()).toBe(Date.parse("2026-11-04T22:00:00.000Z"));
  });
});
