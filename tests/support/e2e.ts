// What every end-to-end test file needs: the production app on its own copy of the database, a loopback SMTP server
// for its mail, Debian's Chromium, fresh Finnish browser profiles, and signing in through the real form.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { Locale } from "../../app/i18n/i18n";
import { messages } from "../../app/i18n/messages.server";
import { DEMO_PASSWORD } from "../../prisma/seed";
import { startApp, type AppServer } from "./app-server";
import { launchBrowser, waitForHydration, watchProblems } from "./browser";
import { startSmtp, type Inbox } from "./smtp";

export type E2e = {
  readonly app: AppServer;
  readonly smtp: Inbox;
  /** A fresh browser profile (no cookies) whose language preference is Finnish, as a Finnish user's browser is. */
  openPage: (options?: BrowserContextOptions) => Promise<{ page: Page; problems: string[] }>;
};

/** Starts the app, SMTP and Chromium before the file's tests and stops them after. */
export function useE2e(): E2e {
  let app: AppServer;
  let smtp: Inbox;
  let browser: Browser;
  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ DATABASE_URL: process.env.DATABASE_URL!, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await smtp?.stop();
  });
  return {
    get app() {
      return app;
    },
    get smtp() {
      return smtp;
    },
    async openPage(options = {}) {
      const context = await browser.newContext({ baseURL: app.url, locale: "fi-FI", ...options });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const { problems } = await watchProblems(page);
      return { page, problems };
    },
  };
}

/** Signs in through the sign-in form on the current page (/login, in `locale`), once the page has hydrated. */
export async function signIn(page: Page, email: string, locale: Locale = "fi") {
  const t = messages[locale];
  await waitForHydration(page);
  await page.getByLabel(t["login.email"]).fill(email);
  await page.getByLabel(t["login.password"]).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: t["login.submit"], exact: true }).click();
}
