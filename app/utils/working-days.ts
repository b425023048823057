// Counting working days in Helsinki for answer deadlines: Monday to Friday, less Finland's public holidays that fall
// on a weekday (and Midsummer Eve and Christmas Eve, which are days off in practice).
import { TZDate } from "@date-fns/tz";
import { helsinkiWallClock, TIME_ZONE } from "./dates";

/** Easter Sunday (month 0-based, day) by the anonymous Gregorian algorithm. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month - 1, day];
}

const key = (month: number, day: number) => `${month}-${day}`;

const holidaysOf = new Map<number, Set<string>>();

/** The year's holidays, worked out once per year and process. */
function holidays(year: number): Set<string> {
  let days = holidaysOf.get(year);
  if (!days) {
    days = yearHolidays(year);
    holidaysOf.set(year, days);
  }
  return days;
}

function yearHolidays(year: number): Set<string> {
  const [month, day] = easter(year);
  const easterSunday = new Date(Date.UTC(year, month, day));
  const fromEaster = (days: number) => {
    const date = new Date(easterSunday.getTime() + days * 86_400_000);
    return key(date.getUTCMonth(), date.getUTCDate());
  };
  // Midsummer Eve: the Friday between 19 and 25 June.
  const midsummerEve = [19, 20, 21, 22, 23, 24, 25].find((d) => new Date(Date.UTC(year, 5, d)).getUTCDay() === 5)!;
  return new Set([
    key(0, 1),
    key(0, 6),
    fromEaster(-2),
    fromEaster(1),
    key(4, 1),
    fromEaster(39),
    key(5, midsummerEve),
    key(11, 6),
    key(11, 24),
    key(11, 25),
    key(11, 26),
  ]);
}

export function isFinnishHoliday(day: Date): boolean {
  return holidays(day.getFullYear()).has(key(day.getMonth(), day.getDate()));
}

/**
 * The Helsinki calendar day of a moment, as a UTC midnight: stepping it day by day is plain arithmetic, with no time
 * zone to consult per step (the clock changes happen at night and do not move a calendar day).
 */
function helsinkiCalendarDay(moment: Date): Date {
  const { year, month, day } = helsinkiWallClock(moment);
  return new Date(Date.UTC(year, month - 1, day));
}

function isWorkingDay(day: Date): boolean {
  const weekday = day.getUTCDay();
  return (
    weekday !== 0 && weekday !== 6 && !holidays(day.getUTCFullYear()).has(key(day.getUTCMonth(), day.getUTCDate()))
  );
}

/** Whole working days from `from` to `to`, not counting the day of `from`. */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = helsinkiCalendarDay(from).getTime();
  const end = helsinkiCalendarDay(to).getTime();
  let count = 0;
  for (let day = start + DAY_MS; day <= end; day += DAY_MS) if (isWorkingDay(new Date(day))) count++;
  return count;
}

/** The day (its start, in Helsinki) `count` working days after `from`, not counting the day of `from`. */
export function addWorkingDays(from: Date, count: number): Date {
  let day = helsinkiCalendarDay(from);
  for (let added = 0; added < count;) {
    day = new Date(day.getTime() + DAY_MS);
    if (isWorkingDay(day)) added++;
  }
  return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), TIME_ZONE);
}

const DAY_MS = 86_400_000;
