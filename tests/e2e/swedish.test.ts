// Every page in Swedish: each role signs in with a Swedish browser and account and follows every link it is offered
// (and the token pages a mail would open), until every page of the build has been seen. No page may show a text of
// the Finnish or English interface that Swedish does not share, except inside an element whose `lang` says so (data
// such as an association's Finnish description), and axe finds no serious problem. CSV downloads are read too.
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import type { Role } from "@prisma/client";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LOCALES, type MessageKey } from "~/i18n/i18n";
import { messages, sv } from "~/i18n/messages.server";
import { ui } from "~/i18n/fi/ui";
import { db } from "~/utils/db.server";
import { createContactRequest } from "~/models/contact-request.server";
import * as barometerRounds from "~/routes/barometer+/_index";
import * as newConcern from "~/routes/concerns+/new";
import { DEMO_USERS } from "../../prisma/seed";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";
import { minimalReferral, sendReferral } from "../support/referrals";
import { cookieForRole, demoEmail, post, run } from "../support/requests";

const e2e = useE2e();

// Something on every page: a referral, a concern notice, a contact request with its sender's link, a barometer round.
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const staffUser = await db().user.findUniqueOrThrow({
  where: { email: demoEmail("association_staff") },
  select: { associations: { select: { associationId: true } } },
});
const association = staffUser.associations[0]!.associationId;
const referralId = await sendReferral(await cookieForRole("social_worker"), minimalReferral(koto.id, association));
const notice = await run(
  newConcern.action,
  post(
    "/concerns/new",
    { associationId: association, personName: "Testi Henkilö", situation: "Tarvitsee apua." },
    await cookieForRole("association_staff"),
  ),
);
expect(notice.status).toBe(302);
const county = await db().county.findFirstOrThrow();
const contact = await createContactRequest({
  countyId: county.id,
  kind: "message",
  topic: "volunteering",
  senderOrganisation: "Föreningen Exempel rf",
  senderName: "Testi",
  senderEmail: "testi@example.fi",
  message: "Hej!",
  locale: "sv",
  associationId: null,
  attachments: [],
});
const round = await run(
  barometerRounds.action,
  post(
    "/barometer",
    { countyId: county.id, title: "Barometer 2027", closesAt: "2099-06-30" },
    await cookieForRole("liaison"),
  ),
);
expect(round.status).toBe(302);

// The demo accounts read Swedish.
await db().user.updateMany({ data: { locale: "sv" } });

/** Everything the database holds, as text: names and descriptions are data, in whatever language they were written. */
const tables = await db().$queryRaw<{ name: string }[]>`
  SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
const data = (
  await Promise.all(
    tables.map(async ({ name }) =>
      (await db().$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`))
        .map(({ row }) => JSON.parse(row) as Record<string, unknown>)
        .flatMap((row) => Object.values(row).filter((value): value is string => typeof value === "string")),
    ),
  )
)
  .flat()
  .join("\n");

const build = (await import(/* @vite-ignore */ pathToFileURL("build/server/index.js").href)) as ServerBuild;
const routePath = (id: string): string => {
  const route = build.routes[id]!;
  const parent = route.parentId ? routePath(route.parentId) : "";
  return [parent, route.path].filter(Boolean).join("/");
};
/** A URL path as a route pattern: "/referrals/3f2a…" → "/referrals/:". */
const patternOf = (path: string) =>
  `/${path
    .split("/")
    .filter(Boolean)
    .map((part) => (part.startsWith(":") || /^[0-9a-f-]{36}$|^\d+$/.test(part) ? ":" : part))
    .join("/")}`;
const pages = new Set(
  Object.keys(build.routes)
    .filter((id) => build.routes[id]!.module.default && id !== "root")
    .map((id) => patternOf(routePath(id))),
);
/** Pages no Swedish reader meets: the benchmark's bare route, and the development mailbox (off with real SMTP). */
const NOT_FOR_READERS = ["/bench/bare", "/dev/mail"];
/** Pages opened from a mail's link, not from another page: opened here with a link that is not valid. */
const FROM_MAIL = [
  "/accept-invitation?token=not-valid",
  "/reset-password?token=not-valid",
  "/barometer/answer?token=not-valid",
  "/meetings/rsvp?token=not-valid",
];

/** Pieces of the Finnish and English interface that no Swedish text holds: 10 characters or more of literal text. */
const uiKeys = Object.keys(ui) as MessageKey[];
const swedish = uiKeys.map((key) => sv[key]).join("\n");
const foreign = [
  ...new Set(
    LOCALES.filter((locale) => locale !== "sv").flatMap((locale) =>
      uiKeys.flatMap((key) =>
        messages[locale][key]
          .split(/[{}#\n]/)
          .map((piece) => piece.trim())
          .filter(
            (piece) =>
              piece.length >= 10 && /\p{L}{4}/u.test(piece) && !swedish.includes(piece) && !data.includes(piece),
          ),
      ),
    ),
  ),
];

/** The page's text as a reader meets it, leaving out what is marked as being in another language. */
function readerText(page: Page) {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll("script, style, template").forEach((element) => element.remove());
    body.querySelectorAll("[lang]").forEach((element) => {
      if (element.getAttribute("lang") !== document.documentElement.lang) element.remove();
    });
    const attributes = [...body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")].flatMap((element) =>
      ["aria-label", "title", "placeholder", "alt"].map((name) => element.getAttribute(name) ?? ""),
    );
    return [document.title, body.textContent ?? "", ...attributes].join("\n").replace(/\s+/g, " ");
  });
}

const seen = new Set<string>();
const findings: string[] = [];

async function walk(page: Page, start: string[], who: string) {
  const queue = [...start];
  const visitedHere = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!;
    const pattern = patternOf(new URL(url, e2e.app.url).pathname);
    if (visitedHere.has(pattern)) continue;
    visitedHere.add(pattern);
    if (url.endsWith(".csv")) {
      const csv = await page.request.get(url);
      const text = await csv.text();
      for (const piece of foreign) if (text.includes(piece)) findings.push(`${who} ${url}: "${piece}"`);
      seen.add(pattern);
      continue;
    }
    const response = await page.goto(url);
    // A link the page offers opens (mail links made invalid on purpose answer 4xx with a page of their own).
    if (response && response.status() >= 400 && !start.includes(url))
      findings.push(`${who} ${url}: ${response.status()}`);
    if (!response || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    seen.add(pattern);
    expect(await page.locator("html").getAttribute("lang"), url).toBe("sv");
    const text = await readerText(page);
    for (const piece of foreign) if (text.includes(piece)) findings.push(`${who} ${url}: "${piece}"`);
    for (const problem of await axe(page)) findings.push(`${who} ${url}: ${problem}`);
    const links = await page.$$eval("a[href]", (anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
    for (const link of links) {
      const target = new URL(link, page.url());
      if (target.origin !== new URL(e2e.app.url).origin || target.pathname.startsWith("/api/")) continue;
      if (/\/(files|logo|feed)\//.test(target.pathname) || target.pathname.endsWith("/logo")) continue;
      queue.push(`${target.pathname}${target.search}`);
    }
  }
}

const ROLES: Role[] = ["social_worker", "liaison", "association_staff", "admin"];

describe("the interface in Swedish", () => {
  it("shows every page in Swedish only, to a visitor and to every role", { timeout: 900_000 }, async () => {
    const visitor = await e2e.openPage({ locale: "sv-FI" });
    const fromMail = [...FROM_MAIL, `/contact/request?token=${contact.token}`];
    await walk(visitor.page, ["/", "/directory", "/contact", "/login", "/forgot-password", ...fromMail], "visitor");
    for (const role of ROLES) {
      const { page, problems } = await e2e.openPage({ locale: "sv-FI" });
      await page.goto("/login");
      await signIn(page, DEMO_USERS.find((user) => user.role === role)!.email, "sv");
      await page.waitForURL(/\/home/);
      await waitForHydration(page);
      // Results open once a round has answers; the access log from the referral list, which may be paged past.
      const more = role === "liaison" ? [`${round.location}/results`, `/referrals/${referralId}/access-log`] : [];
      await walk(page, ["/home", ...more], role);
      findings.push(...problems.filter((problem) => !/status of 40[34]/.test(problem)).map((p) => `${role}: ${p}`));
    }
    const unreached = [...pages].filter((pattern) => !seen.has(pattern) && !NOT_FOR_READERS.includes(pattern));
    expect({ findings, unreached }).toEqual({ findings: [], unreached: [] });
  });
});
