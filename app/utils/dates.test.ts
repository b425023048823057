// Dates typed by people are Helsinki dates: the end of a day is 23:59:59 in summer time (UTC+3) and in winter time
// (UTC+2), never a fixed offset; impossible dates are refused.
import { describe, expect, it } from "vitest";
import { endOfHelsinkiDay, helsinkiDateTime } from "./dates";

describe("endOfHelsinkiDay", () => {
  it("ends a summer day at 23:59:59 summer time and a winter day at 23:59:59 winter time", () => {
    expect(endOfHelsinkiDay("2027-07-15")?.toISOString()).toBe("2027-07-15T20:59:59.000Z");
    expect(endOfHelsinkiDay("2027-01-15")?.toISOString()).toBe("2027-01-15T21:59:59.000Z");
    // The days the clocks change: the end of the day is already on the new time.
    expect(endOfHelsinkiDay("2027-03-28")?.toISOString()).toBe("2027-03-28T20:59:59.000Z");
    expect(endOfHelsinkiDay("2027-10-31")?.toISOString()).toBe("2027-10-31T21:59:59.000Z");
  });

  it("refuses what is not a calendar date", () => {
    for (const value of ["2027-02-30", "2027-13-01", "2027-12-32", "15.7.2027", "", "2027-7-15"]) {
      expect(endOfHelsinkiDay(value), value).toBeNull();
    }
  });
});

describe("helsinkiDateTime", () => {
  it("reads a wall-clock time in summer and in winter", () => {
    expect(helsinkiDateTime("2027-07-15T17:00")?.toISOString()).toBe("2027-07-15T14:00:00.000Z");
    expect(helsinkiDateTime("2027-01-15T17:00")?.toISOString()).toBe("2027-01-15T15:00:00.000Z");
  });
});
