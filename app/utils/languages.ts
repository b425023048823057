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

/** An entity's text in each language it has (Swedish is optional; an empty text counts as missing). */
export type TextsByLanguage = { fi?: string | null; sv?: string | null; en?: string | null };
/** A text and the language it is in: when that is not the page's, it is marked up with `lang` and marked visibly. */
export type LocalizedText = { text: string; lang: Locale };

/**
 * The order texts are looked for on a page in each language (docs/decisions/020): the page's own first; on a Swedish
 * page then Finnish, which Finland-Swedish readers read and which is always written; Finnish and English pages look
 * in each other before Swedish.
 */
export const TEXT_PREFERENCE: Record<Locale, readonly Locale[]> = {
  fi: ["fi", "en", "sv"],
  sv: ["sv", "fi", "en"],
  en: ["en", "fi", "sv"],
};

/** Picks the text for a page in `locale`, and says which language's text it is. */
export function localized(locale: Locale, texts: TextsByLanguage): LocalizedText {
  for (const lang of TEXT_PREFERENCE[locale]) {
    const text = texts[lang];
    if (text?.trim()) return { text, lang };
  }
  return { text: "", lang: locale };
}

/** The text alone (e-mails, attribute values), with the same fallbacks. */
export function localizedText(locale: Locale, texts: TextsByLanguage): string {
  return localized(locale, texts).text;
}

const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg"]);

/** Directions already worked out: a list names the same few languages on every row, and an Intl.Locale is dear. */
const rightToLeft = new Map<string, boolean>();

/** Whether a language is written right to left (Arabic, Persian, Kurdish Sorani, Hebrew, Dhivehi, …). */
export function isRightToLeft(code: string): boolean {
  let rtl = rightToLeft.get(code);
  if (rtl === undefined) {
    try {
      rtl = RTL_SCRIPTS.has(new Intl.Locale(code).maximize().script ?? "");
    } catch {
      rtl = false;
    }
    // Bounded: codes are validated where they come in; anything else is not remembered.
    if (/^[a-z]{2,3}$/.test(code)) rightToLeft.set(code, rtl);
  }
  return rtl;
}

/**
 * A language as a reader of it and a reader of the interface look for it: its own name, and the interface's name when
 * that differs (null for "suomi" on a Finnish page).
 */
export function languageNames(code: string, locale: Locale): { own: string; local: string | null } {
  const own = ownLanguageName(code);
  const local = languageName(code, locale);
  return { own, local: own.toLocaleLowerCase() === local.toLocaleLowerCase() ? null : local };
}

/**
 * The same as one plain text, for places that take no markup (<option>): "العربية (arabia)". The interface's name is
 * always left-to-right, so a right-to-left own name before it keeps its place without isolating marks; elsewhere
 * <LanguageName> marks the own name up with its language and direction.
 */
export function languageLabel(code: string, locale: Locale): string {
  const { own, local } = languageNames(code, locale);
  return local === null ? own : `${own} (${local})`;
}

/**
 * The offered languages (utils/choices LANGUAGE_CODES) in themselves, as data: browsers ship less Unicode locale data
 * than Node (Chromium names Somali, Pashto, Kurdish, Tigrinya, Albanian, Nepali and Burmese in English), and a name
 * computed differently in the browser than on the server breaks hydration. Kurdish is Kurmanji (Latin script), the
 * code "tl" Tagalog.
 */
const OWN_NAMES: Record<string, string> = {
  fi: "suomi",
  sv: "svenska",
  en: "English",
  ar: "العربية",
  so: "Soomaali",
  fa: "فارسی",
  prs: "دری",
  ps: "پښتو",
  ku: "kurdî",
  ru: "русский",
  uk: "українська",
  et: "eesti",
  vi: "Tiếng Việt",
  th: "ไทย",
  zh: "中文",
  ti: "ትግርኛ",
  am: "አማርኛ",
  fr: "français",
  es: "español",
  tr: "Türkçe",
  sq: "shqip",
  bs: "bosanski",
  pl: "polski",
  ro: "română",
  tl: "Tagalog",
  ur: "اردو",
  hi: "हिन्दी",
  bn: "বাংলা",
  ne: "नेपाली",
  my: "မြန်မာ",
  sw: "Kiswahili",
};

/** A language named in itself ("suomi", "svenska", "العربية", "Soomaali"), as a reader of that language looks for it. */
export function ownLanguageName(code: string): string {
  let name = OWN_NAMES[code] ?? ownNamesLookedUp.get(code);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
    } catch {
      name = code;
    }
    // Codes are validated where they come in (two or three letters), so the map stays bounded.
    ownNamesLookedUp.set(code, name);
  }
  return name;
}

/** Own names outside the table, looked up once: a formatter costs far more to build than to use. */
const ownNamesLookedUp = new Map<string, string>();

/** A row's texts of one field in each language: `textsOf(activity, "title")` reads titleFi, titleSv and titleEn. */
export function textsOf<F extends string>(
  row: { [K in `${F}Fi` | `${F}En`]: string } & { [K in `${F}Sv`]?: string | null },
  field: F,
): TextsByLanguage {
  const r = row as Record<string, string | null | undefined>;
  return { fi: r[`${field}Fi`], sv: r[`${field}Sv`], en: r[`${field}En`] };
}

/** A language as the pages name it: in itself (with its code for `lang` and its direction) and in the interface's. */
export type NamedLanguage = { code: string; own: string; name: string; dir: "rtl" | "ltr" };

export function namedLanguage(code: string, locale: Locale): NamedLanguage {
  return {
    code,
    own: ownLanguageName(code),
    name: languageName(code, locale),
    dir: isRightToLeft(code) ? "rtl" : "ltr",
  };
}
