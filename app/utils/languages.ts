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

/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N’Ko, Adlam. */
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm"]);

/** The direction a language is written in, from its likely script ("ar" → Arab → rtl, "ku" → Latn → ltr). */
export function textDirection(code: string): "rtl" | "ltr" {
  try {
    return RTL_SCRIPTS.has(new Intl.Locale(code).maximize().script ?? "") ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

/** A language as the pages name it: in itself (with its code for `lang` and its direction) and in the interface's. */
export type NamedLanguage = { code: string; own: string; name: string; dir: "rtl" | "ltr" };

export function namedLanguage(code: string, locale: Locale): NamedLanguage {
  return { code, own: ownLanguageName(code), name: languageName(code, locale), dir: textDirection(code) };
}
