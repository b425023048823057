// Dates as people in Finland read them: always in Europe/Helsinki, in the interface language's format.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Locale } from "~/i18n/i18n";

export const TIME_ZONE = "Europe/Helsinki";

export function formatDate(value: Date | string, locale: Locale): string {
  const date = new TZDate(new Date(value), TIME_ZONE);
  return format(date, locale === "fi" ? "d.M.yyyy" : "d MMM yyyy");
}

export function formatDateTime(value: Date | string, locale: Locale): string {
  const date = new TZDate(new Date(value), TIME_ZONE);
  return format(date, locale === "fi" ? "d.M.yyyy 'klo' HH.mm" : "d MMM yyyy, HH:mm");
}
