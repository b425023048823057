// Names of languages (ISO 639 codes are data) in the interface language, from the platform's own Unicode data.
import type { Locale } from "~/i18n/i18n";
import { perLocale } from "./intl";

const displayNames = perLocale((locale) => new Intl.DisplayNames([locale], { type: "language" }));
/** Names already looked up: a directory page names the same few languages dozens of times. */
const named = perLocale(() => new Map<string, string>());

export function languageName(code: string, locale: Locale): string {
  const known = named(locale);
  let name = known.get(code);
  if (name === undefined) {
    try {
      name = displayNames(locale).of(code) ?? code;
    } catch {
      name = code;
    }
    // Codes are two or three lower-case letters (validated where they come in), so the map stays bounded.
    known.set(code, name);
  }
  return name;
}

/** Picks the text in the interface language, falling back to the other one when it is empty. */
export function localized(locale: Locale, fi: string, en: string): string {
  return (locale === "en" ? en || fi : fi || en) ?? "";
}

/** A language named in itself ("suomi", "svenska", "العربية", "Soomaali"), as a reader of that language looks for it. */
export function ownLanguageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
