// Dates as people in Finland read them: always in Europe/Helsinki, in the interface language's format.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { fi } from "date-fns/locale/fi";
import type { Locale } from "~/i18n/i18n";
import { perLocale } from "./intl";

export const TIME_ZONE = "Europe/Helsinki";

export function formatDate(value: Date | string, locale: Locale): string {
  const date = new TZDate(new Date(value), TIME_ZONE);
  return format(date, locale === "fi" ? "d.M.yyyy" : "d MMM yyyy");
}

export function formatDateTime(value: Date | string, locale: Locale): string {
  const date = new TZDate(new Date(value), TIME_ZONE);
  return format(date, locale === "fi" ? "d.M.yyyy 'klo' HH.mm" : "d MMM yyyy, HH:mm");
}

/**
 * A meeting's time with its weekday, as people read it in a calendar: "ti 14.1. klo 17.00", "Tue 14 Jan, 17:00"; the
 * year is added when it is not the current one.
 */
export function formatMeetingTime(value: Date | string, locale: Locale, now = new Date()): string {
  const date = new TZDate(new Date(value), TIME_ZONE);
  const year = date.getFullYear() !== new TZDate(now, TIME_ZONE).getFullYear();
  return locale === "fi"
    ? format(date, year ? "EEEEEE d.M.yyyy 'klo' HH.mm" : "EEEEEE d.M. 'klo' HH.mm", { locale: fi })
    : format(date, year ? "EEE d MMM yyyy, HH:mm" : "EEE d MMM, HH:mm", { locale: enGB });
}

/** The clock time alone ("17.00", "17:00"), e.g. a meeting's end. */
export function formatTime(value: Date | string, locale: Locale): string {
  return format(new TZDate(new Date(value), TIME_ZONE), locale === "fi" ? "HH.mm" : "HH:mm");
}

const weekdays = perLocale(
  (locale) => new Intl.DateTimeFormat(locale === "fi" ? "fi-FI" : "en-GB", { weekday: "long", timeZone: "UTC" }),
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
