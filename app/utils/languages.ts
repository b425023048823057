// Names of languages (ISO 639 codes are data) in the interface language, from the platform's own Unicode data.
import type { Locale } from "~/i18n/i18n";
import { perLocale } from "./intl";

const displayNames = perLocale((locale) => new Intl.DisplayNames([locale], { type: "language" }));

export function languageName(code: string, locale: Locale): string {
  try {
    return displayNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Picks the text in the interface language, falling back to the other one when it is empty. */
export function localized(locale: Locale, fi: string, en: string): string {
  return (locale === "fi" ? fi || en : en || fi) ?? "";
}
