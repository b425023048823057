// End-to-end in Chromium (production build), in Finnish and in Swedish, issue 13 acceptance 5: the liaison marks a
// network relevant to the KOTO unit and proposes its social worker as the representative; the worker accepts; an
// administrator deactivates the worker's account; the liaison's matrix shows the seat vacant (in words and a symbol,
// not colour alone). Axe-clean.
//
// The relevance, the seat and the closed account outlast a run: in the demo's network, with the demo's worker, the
// second run would find the network already relevant and the worker unable to sign in. So the Finnish run walks the
// demo's network with the demo's social worker, as the demo has them, and the Swedish run a network and a social
// worker (of the same KOTO unit, reading Swedish) of its own, in the same county, made here.
import { describe, expect, it } from "vitest";
import { translate, type MessageKey, type MessageParams } from "~/i18n/i18n";
import { DEMO_COUNTY, DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed";
import { activeAccountSnapshot } from "~/models/user.server";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const KOTO = "Kotoutumisen sosiaalityö (KOTO)";
const user = (role: string) => DEMO_USERS.find((u) => u.role === role)!;
const e2e = useE2e();

type Run = { network: { id: string; name: string }; worker: { email: string; name: string } };

/** The demo's network, not yet relevant to KOTO, and the demo's social worker, whose account reads Finnish. */
async function demoRun(): Promise<Run> {
  const worker = user("social_worker");
  await db().user.update({ where: { email: worker.email }, data: { locale: "fi" } });
  const network = await db().network.findFirstOrThrow({ where: { name: "Mielenterveys- ja päihdeverkosto" } });
  return { network, worker };
}

/** A network of the demo county relevant to no unit yet, and a KOTO social worker reading Swedish, both new. */
async function swedishRun(): Promise<Run> {
  const county = await db().county.findUniqueOrThrow({ where: { name: DEMO_COUNTY } });
  const koto = await db().unit.findFirstOrThrow({ where: { countyId: county.id, name: KOTO } });
  const network = await db().network.create({
    data: { countyId: county.id, name: "Nätverket för psykisk hälsa och missbruk", theme: "Psykisk hälsa" },
  });
  const worker = { email: "socialarbetare@demo.co-act.fi", name: "Sara Socialarbetare" };
  await db().user.create({
    data: {
      ...worker,
      role: "social_worker",
      locale: "sv",
      passwordHash: await hashPassword(DEMO_PASSWORD),
      status: "active",
      snapshot: activeAccountSnapshot(),
      units: { create: [{ unitId: koto.id }] },
    },
  });
  return { network, worker };
}

const RUNS = { fi: demoRun, sv: swedishRun };

describe.each(["fi", "sv"] as const)("network representatives (%s)", (locale) => {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);

  /** A fresh browser profile in the run's language, signed in as `email` (whose account reads that language). */
  async function signedIn(email: string) {
    await db().user.update({ where: { email }, data: { locale } });
    const { page, problems } = await e2e.openPage({ locale: `${locale}-FI` });
    await page.goto("/login");
    await signIn(page, email, locale);
    await page.waitForURL(`${e2e.app.url}/home`);
    return { page, problems };
  }

  it(
    "a network marked relevant, a worker proposed and accepting, the account closed, and the vacancy shown",
    { timeout: 180_000 },
    async () => {
      const { network, worker } = await RUNS[locale]();
      const NETWORK = network.name;

      // ---- the liaison marks the network relevant to KOTO and proposes the social worker ------------------------
      const liaison = await signedIn(user("liaison").email);
      const page = liaison.page;
      await page
        .getByRole("navigation")
        .getByRole("link", { name: t("network.nav") })
        .click();
      await page.waitForURL(/\/networks$/);
      await page.getByRole("link", { name: NETWORK }).click();
      await page.waitForURL(`${e2e.app.url}/networks/${network.id}`);
      await waitForHydration(page);
      await page.getByRole("heading", { level: 1, name: NETWORK }).waitFor();
      expect(await axe(page)).toEqual([]);
      await page
        .getByRole("group", { name: t("network.relevance.title") })
        .getByLabel(KOTO)
        .check();
      await page.getByRole("button", { name: t("network.relevance.save") }).click();
      await page
        .getByRole("status")
        .filter({ hasText: t("network.saved") })
        .waitFor();
      await page.getByLabel(t("network.propose.unit")).selectOption({ label: KOTO });
      await page.getByLabel(t("network.propose.person")).selectOption({ label: worker.name });
      await page.getByRole("button", { name: t("network.propose.submit"), exact: true }).click();
      const row = (p: typeof page) => p.locator("table").first().locator("tr", { hasText: worker.name });
      await row(page)
        .locator(".badge.status-proposed", { hasText: t("network.status.proposed") })
        .waitFor();
      expect(await axe(page)).toEqual([]);

      // ---- the worker accepts ------------------------------------------------------------------------------------
      const workerPage = (await signedIn(worker.email)).page;
      await workerPage.goto(`/networks/${network.id}`);
      await waitForHydration(workerPage);
      expect(await axe(workerPage)).toEqual([]);
      await row(workerPage).getByLabel(t("network.termEnd")).fill("2027-12-31");
      await row(workerPage)
        .getByRole("button", { name: t("network.event.ACCEPT"), exact: true })
        .click();
      await row(workerPage)
        .locator(".badge.status-active", { hasText: t("network.status.active") })
        .waitFor();
      const termEnd = formatDate(new Date("2027-12-31T12:00:00Z"), locale);
      if (locale === "fi") expect(termEnd).toBe("31.12.2027");
      expect(await row(workerPage).textContent()).toContain(termEnd);

      // The liaison's matrix shows the representative.
      await page.goto("/networks/matrix");
      await waitForHydration(page);
      const cell = async () => {
        const columns = await page.locator("table.matrix thead th").allTextContents();
        const index = columns.indexOf(NETWORK);
        expect(index).toBeGreaterThan(0);
        return page
          .locator("table.matrix tbody tr", { hasText: KOTO })
          .locator("td")
          .nth(index - 1);
      };
      expect(await (await cell()).textContent()).toContain(`✓ ${worker.name}`);
      expect(await axe(page)).toEqual([]);

      // ---- the administrator closes the worker's account ---------------------------------------------------------
      const admin = (await signedIn(user("admin").email)).page;
      const account = await db().user.findUniqueOrThrow({ where: { email: worker.email } });
      await admin.goto(`/admin/users/${account.id}`);
      await waitForHydration(admin);
      await admin.getByRole("button", { name: t("admin.deactivate") }).click();
      await admin.getByRole("button", { name: t("admin.reactivate") }).waitFor();

      // ---- the matrix shows the vacancy, the handover in words ---------------------------------------------------
      await page.reload();
      await waitForHydration(page);
      const text = await (await cell()).textContent();
      expect(text).toContain(`! ${t("network.matrix.vacant")}`);
      expect(text).toContain(t("network.matrix.handover"));
      expect(text).not.toContain(worker.name);
      expect(await axe(page)).toEqual([]);
      expect(liaison.problems).toEqual([]);
    },
  );
});
