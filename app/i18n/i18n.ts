// Finnish and English for everything the interface and the e-mails say. Texts live in fi.ts and en.ts only; code
// refers to them by key, and a missing English or Finnish text is a type error.
import { useRouteLoaderData } from "@remix-run/react";
import { en } from "./en";
import { fi, type Messages } from "./fi";

export const LOCALES = ["fi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageKey = keyof Messages;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const dictionaries: Record<Locale, Messages> = { fi, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function asLocale(value: unknown): Locale {
  return isLocale(value) ? value : "fi";
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = dictionaries[locale][key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (match, name) => String(params[name] ?? match)) : text;
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** The current language, as the root loader decided it. */
export function useLocale(): Locale {
  const data = useRouteLoaderData("root") as { locale?: Locale } | undefined;
  return asLocale(data?.locale);
}

export function useT(): Translate {
  return translator(useLocale());
}
