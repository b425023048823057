// Page titles in the user's language, read from the root loader's locale.
import type { MetaFunction } from "@remix-run/node";
import { asLocale, translate, type MessageKey } from "~/i18n/i18n";

export function titled(key: MessageKey): MetaFunction {
  return ({ matches }) => {
    const root = matches.find((m) => m.id === "root")?.data as { locale?: string } | undefined;
    const locale = asLocale(root?.locale);
    return [{ title: `${translate(locale, key)} – ${translate(locale, "app.name")}` }];
  };
}
