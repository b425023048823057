// Dates as people in Finland read them: always in Europe/Helsinki, in the interface language's format.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { sv } from "date-fns/locale/sv";
import type { Day, Month } from "date-fns";
import { INTL_LOCALE, type Locale } from "~/i18n/i18n";
import { perLocale } from "./intl";

export const TIME_ZONE = "Europe/Helsinki";

/** Helsinki's calendar and clock for a moment, read by one formatter built once (a TZDate per call costs far more:
 * a list of referrals formats hundreds of dates per request). */
const helsinkiParts = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

type WallClock = { year: number; month: number; day: number; hour: string; minute: string };

/** Moments read lately: lists show the same send dates and deadlines to every reader, request after request. */
const wallClocks = new Map<number, WallClock>();
const WALL_CLOCKS_KEPT = 10_000;

/** The Helsinki year, month (1–12), day, hour and minute of a moment. */
export function helsinkiWallClock(value: Date | string): WallClock {
  const time = new Date(value).getTime();
  let clock = wallClocks.get(time);
  if (!clock) {
    const parts: Record<string, string> = {};
    for (const { type, value: part } of helsinkiParts.formatToParts(time)) parts[type] = part;
    clock = {
      year: Number(parts.year),
      month: Number(parts.month),
      day: Number(parts.day),
      hour: parts.hour.padStart(2, "0"),
      minute: parts.minute.padStart(2, "0"),
    };
    if (wallClocks.size >= WALL_CLOCKS_KEPT) wallClocks.clear();
    wallClocks.set(time, clock);
  }
  return clock;
}

/** How each language writes a date and a clock time: Finnish "5.3.2026 klo 09.05", Swedish (date-fns `sv`) "5 mars
 * 2026 kl. 09:05", English "5 Mar 2026, 09:05"; weekdays for the calendar. */
const STYLE: Record<
  Locale,
  { months: string[] | null; weekdays: string[]; time: (c: WallClock) => string; at: string; dateTimeJoin: string }
> = {
  fi: {
    months: null,
    weekdays: ["su", "ma", "ti", "ke", "to", "pe", "la"],
    time: (c) => `${c.hour}.${c.minute}`,
    at: " klo ",
    dateTimeJoin: " klo ",
  },
  sv: {
    months: Array.from({ length: 12 }, (_, i) => sv.localize.month(i as Month, { width: "abbreviated" })),
    weekdays: Array.from({ length: 7 }, (_, i) => sv.localize.day(i as Day, { width: "short" })),
    time: (c) => `${c.hour}:${c.minute}`,
    at: " kl. ",
    dateTimeJoin: " kl. ",
  },
  en: {
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    weekdays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    time: (c) => `${c.hour}:${c.minute}`,
    at: ", ",
    dateTimeJoin: ", ",
  },
};

/** The day and month, with the year when asked: "5.3.", "5 mars", "5 Mar". */
function dayMonth({ month, day }: WallClock, locale: Locale, year: number | null): string {
  const months = STYLE[locale].months;
  if (!months) return `${day}.${month}.${year ?? ""}`;
  return `${day} ${months[month - 1]}${year === null ? "" : ` ${year}`}`;
}

/** "5.3.2026" in Finnish, "5 mars 2026" in Swedish, "5 Mar 2026" in English. */
export function formatDate(value: Date | string, locale: Locale): string {
  const clock = helsinkiWallClock(value);
  return dayMonth(clock, locale, clock.year);
}

/** "5.3.2026 klo 09.05", "5 mars 2026 kl. 09:05", "5 Mar 2026, 09:05". */
export function formatDateTime(value: Date | string, locale: Locale): string {
  const clock = helsinkiWallClock(value);
  return `${dayMonth(clock, locale, clock.year)}${STYLE[locale].dateTimeJoin}${STYLE[locale].time(clock)}`;
}

/**
 * A meeting's time with its weekday, as people read it in a calendar: "ti 14.1. klo 17.00", "ti 14 jan. kl. 17:00",
 * "Tue 14 Jan, 17:00"; the year is added when it is not the current one.
 */
export function formatMeetingTime(value: Date | string, locale: Locale, now = new Date()): string {
  const clock = helsinkiWallClock(value);
  const year = clock.year !== helsinkiYear(now) ? clock.year : null;
  const weekday = new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay();
  const style = STYLE[locale];
  return `${style.weekdays[weekday]} ${dayMonth(clock, locale, year)}${style.at}${style.time(clock)}`;
}

/** The Helsinki year of `now`, remembered for the last moment asked (a page asks it once per row). */
let lastYear = { time: NaN, year: 0 };
function helsinkiYear(now: Date) {
  if (now.getTime() !== lastYear.time) {
    const parts = helsinkiParts.formatToParts(now);
    lastYear = { time: now.getTime(), year: Number(parts.find((p) => p.type === "year")!.value) };
  }
  return lastYear.year;
}

/** The clock time alone ("17.00", "17:00"), e.g. a meeting's end. */
export function formatTime(value: Date | string, locale: Locale): string {
  return STYLE[locale].time(helsinkiWallClock(value));
}

const weekdays = perLocale(
  (locale) => new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: "long", timeZone: "UTC" }),
);

/** The name of an ISO weekday (1 = Monday … 7 = Sunday) in the interface language. */
export function weekdayName(isoWeekday: number, locale: Locale): string {
  // 2024-01-01 was a Monday.
  return weekdays(locale).format(new Date(Date.UTC(2024, 0, isoWeekday, 12)));
}

/** "Tuesdays 17:00–19:00" style schedule text; times are Europe/Helsinki wall-clock times. */
export function scheduleText(
  activity: { weekday: number | null; startsAt: string | null; endsAt: string | null },
  locale: Locale,
) {
  if (!activity.weekday) return null;
  const day = weekdayName(activity.weekday, locale);
  const times = activity.startsAt ? ` ${activity.startsAt}${activity.endsAt ? `–${activity.endsAt}` : ""}` : "";
  return `${day}${times}`;
}

/** Years a date typed into the app can sensibly fall in: a typo like 0202 or 9999 is refused, not stored. */
const SENSIBLE_YEARS = { from: 2000, to: 2100 };
const sensibleYear = (year: number) => year >= SENSIBLE_YEARS.from && year <= SENSIBLE_YEARS.to;

/** A wall-clock "YYYY-MM-DDTHH:MM" (from a datetime-local field) read as Helsinki time. Null when malformed. */
export function helsinkiDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  if (!sensibleYear(y)) return null;
  const date = new TZDate(y, mo - 1, d, h, mi, TIME_ZONE);
  if (date.getMonth() !== mo - 1 || date.getDate() !== d || date.getHours() !== h) return null;
  return new Date(date.getTime());
}

/** The value a datetime-local field shows for a moment, in Helsinki time. */
export function toHelsinkiInput(value: Date | string): string {
  return format(new TZDate(new Date(value), TIME_ZONE), "yyyy-MM-dd'T'HH:mm");
}

/**
 * The last second of a calendar day "YYYY-MM-DD" in Helsinki, in summer time (UTC+3) or winter time (UTC+2) as the
 * day falls. Null when the text is not a real date in a sensible year.
 */
export function endOfHelsinkiDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d] = match.map(Number);
  if (!sensibleYear(y)) return null;
  const date = new TZDate(y, mo - 1, d, 23, 59, 59, TIME_ZONE);
  if (date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return new Date(date.getTime());
}

/** The next `count` sessions of a weekly activity (ISO weekday, Helsinki "HH:MM"), from tomorrow on. */
export function nextSessions(
  activity: { weekday: number | null; startsAt: string | null },
  now: Date,
  count = 3,
): Date[] {
  if (!activity.weekday || !activity.startsAt) return [];
  const [hours, minutes] = activity.startsAt.split(":").map(Number);
  const today = new TZDate(now, TIME_ZONE);
  const sessions: Date[] = [];
  for (let days = 1; sessions.length < count; days++) {
    const day = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + days, hours, minutes, TIME_ZONE);
    if ((day.getDay() || 7) === activity.weekday) sessions.push(new Date(day.getTime()));
  }
  return sessions;
}
