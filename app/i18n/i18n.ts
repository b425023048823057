// The interface in Finnish, Swedish and English. Texts live in app/i18n/<language>/<area>.ts, the Finnish file of an
// area names its keys, and a key missing in another language is a type error. Texts are ICU messages
// (intl-messageformat): "{name}" for a value, "{count, plural, one {# toiminta} other {# toimintaa}}" for plurals.
// The server registers every language (messages.server.ts); the browser loads only the page's language, before
// hydration (entry.client.tsx) and when a navigation changes it (the root's clientLoader).
import { useRouteLoaderData } from "@remix-run/react";
import { IntlMessageFormat } from "intl-messageformat";
import type { mail } from "./fi/mail";
import type { ui } from "./fi/ui";

export const LOCALES = ["fi", "sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type Messages = { [K in keyof typeof ui | keyof typeof mail]: string };
export type UiMessages = { [K in keyof typeof ui]: string };
export type MessageKey = keyof Messages;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The locale Intl formats numbers, plurals and names with: Finland's conventions in each language. */
export const INTL_LOCALE: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

const registry: Partial<Record<Locale, Partial<Messages>>> = {};
const compiled = new Map<string, IntlMessageFormat>();

export function registerMessages(locale: Locale, messages: Partial<Messages>) {
  registry[locale] = { ...registry[locale], ...messages };
}

const loaders: Record<Locale, () => Promise<{ ui: UiMessages }>> = {
  fi: () => import("./fi/ui"),
  sv: () => import("./sv/ui"),
  en: () => import("./en/ui"),
};

/** Loads one language's interface texts in the browser (its own chunk of the build); at once when already there. */
export async function loadMessages(locale: Locale): Promise<void> {
  if (registry[locale]) return;
  registerMessages(locale, (await loaders[locale]()).ui);
}

/** Whether a text names a key of the loaded texts (zod schemas carry keys as their messages). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.values(registry).some((texts) => value in texts);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function asLocale(value: unknown): Locale {
  return isLocale(value) ? value : "fi";
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const texts = registry[locale];
  if (!texts) throw new Error(`The ${locale} texts are not loaded.`);
  const text = texts[key];
  if (text === undefined) return key;
  // A text without an argument is shown as written (ICU would read its apostrophes as quotes).
  if (!text.includes("{")) return text;
  const id = `${locale}\u0000${key}`;
  let message = compiled.get(id);
  if (!message) {
    message = new IntlMessageFormat(text, INTL_LOCALE[locale], undefined, { ignoreTag: true });
    compiled.set(id, message);
  }
  try {
    return String(message.format(params ?? {}));
  } catch (error) {
    // A value the code forgot: the page still shows, the text with its placeholder, and the log says which.
    console.error(`The text ${key} (${locale}) could not be filled in:`, error);
    return text;
  }
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** The current language, as the root loader decided it. */
export function useLocale(): Locale {
  const data = useRouteLoaderData("root") as { locale?: Locale } | undefined;
  // Without the root's data (its loader failed), the page keeps the language it was rendered in.
  return asLocale(data?.locale ?? (typeof document === "undefined" ? undefined : document.documentElement.lang));
}

export function useT(): Translate {
  return translator(useLocale());
}
