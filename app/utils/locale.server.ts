// The interface language: a signed-in user's saved language (switching saves it), else the choice remembered in a
// cookie, else the browser's preference, else Finnish.
import { createCookie } from "@remix-run/node";
import { asLocale, isLocale, LOCALES, type Locale } from "~/i18n/i18n";

export const localeCookie = createCookie("coact_lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 365 * 24 * 3600,
});

export async function getLocale(request: Request, user?: { locale: string } | null): Promise<Locale> {
  if (user && isLocale(user.locale)) return user.locale;
  const chosen = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(chosen)) return chosen;
  const accepted = (request.headers.get("Accept-Language") ?? "")
    .split(",")
    .map((part) => part.split(";")[0].trim().slice(0, 2).toLowerCase());
  return asLocale(accepted.find((lang) => (LOCALES as readonly string[]).includes(lang)));
}
