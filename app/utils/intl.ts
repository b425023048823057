// Intl formatters cost far more to build than to use (a page may format hundreds of values): each is built once per
// interface language and kept.
import type { Locale } from "~/i18n/i18n";

export function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}
