// Dates typed by people are Helsinki dates: the end of a day is 23:59:59 in summer time (UTC+3) and in winter time
// (UTC+2), never a fixed offset; impossible dates are refused.
import { describe, expect, it } from "vitest";
import { endOfHelsinkiDay, formatMeetingTime, helsinkiDateTime, nextSessions } from "./dates";

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

describe("nextSessions", () => {
  it("offers the activity's next weekly sessions from tomorrow on, at its Helsinki time across the clock change", () => {
    // Tuesday 23 March 2027 at 18:00 in Helsinki; the activity meets on Tuesdays at 17:30. Summer time from 28 March.
    const now = new Date("2027-03-23T16:00:00Z");
    expect(nextSessions({ weekday: 2, startsAt: "17:30" }, now).map((d) => d.toISOString())).toEqual([
      "2027-03-30T14:30:00.000Z",
      "2027-04-06T14:30:00.000Z",
      "2027-04-13T14:30:00.000Z",
    ]);
    expect(nextSessions({ weekday: 3, startsAt: "10:00" }, now, 1).map((d) => d.toISOString())).toEqual([
      "2027-03-24T08:00:00.000Z",
    ]);
    expect(nextSessions({ weekday: null, startsAt: null }, now)).toEqual([]);
  });
});

describe("formatMeetingTime", () => {
  it("says a meeting's weekday, date and Helsinki time in the reader's language, the year only when another", () => {
    const now = new Date("2025-01-01T10:00:00Z");
    expect(formatMeetingTime(new Date("2025-01-14T15:00:00Z"), "fi", now)).toBe("ti 14.1. klo 17.00");
    expect(formatMeetingTime(new Date("2025-01-14T15:00:00Z"), "en", now)).toBe("Tue 14 Jan, 17:00");
    // Summer time: 17:00 in Helsinki is 14:00 UTC.
    expect(formatMeetingTime(new Date("2026-06-09T14:00:00Z"), "fi", now)).toBe("ti 9.6.2026 klo 17.00");
  });
});

describe("formatDate and formatDateTime", () => {
  it("write Helsinki's date and time as date-fns wrote them, in summer and winter time", async () => {
    const { TZDate } = await import("@date-fns/tz");
    const { format } = await import("date-fns");
    const { formatDate, formatDateTime, TIME_ZONE } = await import("./dates");
    // Every hour over a year, across both clock changes and midnight in Helsinki.
    for (let t = Date.UTC(2026, 11, 31, 0, 5); t < Date.UTC(2027, 11, 31); t += 3_600_000 + 7 * 60_000) {
      const zoned = new TZDate(t, TIME_ZONE);
      const at = new Date(t);
      expect(formatDate(at, "fi")).toBe(format(zoned, "d.M.yyyy"));
      expect(formatDate(at, "en")).toBe(format(zoned, "d MMM yyyy"));
      expect(formatDateTime(at, "fi")).toBe(format(zoned, "d.M.yyyy 'klo' HH.mm"));
      expect(formatDateTime(at.toISOString(), "en")).toBe(format(zoned, "d MMM yyyy, HH:mm"));
    }
  });
});
