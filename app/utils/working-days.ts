// Counting working days (Monday to Friday, in Helsinki) for answer deadlines. Public holidays are not counted out.
import { TZDate } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, isWeekend, startOfDay } from "date-fns";
import { TIME_ZONE } from "./dates";

/** Whole working days from `from` to `to`, not counting the day of `from`. */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = startOfDay(new TZDate(from, TIME_ZONE));
  const end = startOfDay(new TZDate(to, TIME_ZONE));
  const days = differenceInCalendarDays(end, start);
  let count = 0;
  for (let i = 1; i <= days; i++) if (!isWeekend(addDays(start, i))) count++;
  return count;
}
