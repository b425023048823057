import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import type { ClientLoaderFunctionArgs } from "@remix-run/react";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { loadMessages, LOCALES, useLocale, useT } from "./i18n/i18n";
import { ownLanguageName } from "./utils/languages";
import stylesheet from "./styles.css?url";
import { getUser } from "./utils/auth.server";
import { env } from "./utils/env.server";
import { getLocale } from "./utils/locale.server";
import { useNonce } from "./utils/nonce";

export const links: LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "stylesheet", href: stylesheet },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = await getLocale(request, user);
  const config = env();
  return {
    locale,
    user: user && { name: user.name, role: user.role },
    devMail: config.NODE_ENV !== "production" && !config.SMTP_URL,
    // Shown on the error page so that a user can quote it; the error's log line carries the same id (server.ts).
    requestId: typeof context.requestId === "string" ? context.requestId : undefined,
  };
}

/** Suomi, svenska, English: each language named in itself, the current one marked. */
/** A navigation that changes the language (signing in, the switcher) waits for that language's texts. */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const data = await serverLoader<typeof loader>();
  await loadMessages(data.locale);
  return data;
}

function LanguageSwitcher() {
  const t = useT();
  const current = useLocale();
  const location = useLocation();
  return (
    <Form method="post" action="/language" className="inline-form language-switcher" aria-label={t("lang.choose")}>
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          className="link-button"
          aria-current={locale === current ? "true" : undefined}
        >
          {ownLanguageName(locale)}
        </button>
      ))}
    </Form>
  );
}

function Header() {
  const t = useT();
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <Link to={user ? "/home" : "/"} className="brand">
        {t("app.name")}
      </Link>
      <nav aria-label={t("nav.label")}>
        <ul>
          {user ? (
            <li>
              <Link to="/home">{t("nav.home")}</Link>
            </li>
          ) : null}
          <li>
            <Link to="/directory">{t("nav.directory")}</Link>
          </li>
          {user && user.role !== "admin" ? (
            <li>
              <Link to="/referrals">{t("nav.referrals")}</Link>
            </li>
          ) : null}
          {user ? (
            <li>
              <Link to="/meetings">{t("meeting.calendar.title")}</Link>
            </li>
          ) : null}
          {user ? (
            <li>
              <Link to="/path">{t("path.title")}</Link>
            </li>
          ) : null}
          {user && user.role !== "admin" ? (
            <li>
              <Link to="/concerns">{t("concern.nav")}</Link>
            </li>
          ) : null}
          {user && user.role !== "admin" ? (
            <li>
              <Link to="/picture">{t("picture.nav")}</Link>
            </li>
          ) : null}
          {user?.role === "liaison" || user?.role === "social_worker" ? (
            <li>
              <Link to="/contact/inbox">{t("contact.nav.inbox")}</Link>
            </li>
          ) : (
            <li>
              <Link to="/contact">{t("contact.nav")}</Link>
            </li>
          )}
          {user ? (
            <li>
              <Link to="/networks">{t("network.nav")}</Link>
            </li>
          ) : null}
          {user?.role === "admin" ? (
            <li>
              <Link to="/admin">{t("nav.admin")}</Link>
            </li>
          ) : null}
          {data?.devMail ? (
            <li>
              <Link to="/dev/mail">{t("nav.devMail")}</Link>
            </li>
          ) : null}
          <li>
            <LanguageSwitcher />
          </li>
          {user ? (
            <li>
              <Form method="post" action="/logout" className="inline-form">
                <button type="submit" className="link-button">
                  {t("nav.signOut")}
                </button>
              </Form>
            </li>
          ) : (
            <li>
              <Link to="/login">{t("nav.signIn")}</Link>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <Header />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const requestId = useRouteLoaderData<typeof loader>("root")?.requestId;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, body] =
    status === 404
      ? [t("errors.notFound.title"), t("errors.notFound.body")]
      : status === 403
        ? [t("errors.forbidden.title"), t("errors.forbidden.body")]
        : status === 400
          ? [t("errors.badRequest.title"), t("errors.badRequest.body")]
          : status === 429
            ? [t("errors.tooManyRequests.title"), t("errors.tooManyRequests.body")]
            : [t("errors.generic.title"), t("errors.generic.body")];
  return (
    <div className="card">
      <title>{title}</title>
      <h1>{title}</h1>
      <p>{body}</p>
      {status >= 500 && requestId ? <p className="request-id">{t("errors.requestId", { id: requestId })}</p> : null}
      <p>
        <Link to="/">{t("errors.backHome")}</Link>
      </p>
    </div>
  );
}
