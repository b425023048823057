// Names of languages (ISO 639 codes are data) in the interface language, from the platform's own Unicode data.
import type { Locale } from "~/i18n/i18n";

export function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Picks the text in the interface language, falling back to the other one when it is empty. */
export function localized(locale: Locale, fi: string, en: string): string {
  return (locale === "fi" ? fi || en : en || fi) ?? "";
}
