// End-to-end in Chromium (production build), issue 13 acceptance 5: the liaison marks a network relevant to the KOTO
// unit and proposes its social worker as the representative; the worker accepts; an administrator deactivates the
// worker's account; the liaison's matrix shows the seat vacant (in words and a symbol, not colour alone). Axe-clean.
import { describe, expect, it } from "vitest";
import { fi } from "../../app/i18n/messages.server";
import { DEMO_USERS } from "../../prisma/seed";
import { db } from "~/utils/db.server";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const NETWORK = "Mielenterveys- ja päihdeverkosto";
const KOTO = "Kotoutumisen sosiaalityö (KOTO)";
const user = (role: string) => DEMO_USERS.find((u) => u.role === role)!;
const e2e = useE2e();

async function signedIn(role: string) {
  const { page, problems } = await e2e.openPage();
  await page.goto("/login");
  await signIn(page, user(role).email);
  await page.waitForURL(`${e2e.app.url}/home`);
  return { page, problems };
}

describe("network representatives", () => {
  it(
    "a network marked relevant, a worker proposed and accepting, the account closed, and the vacancy shown",
    { timeout: 180_000 },
    async () => {
      const network = await db().network.findFirstOrThrow({ where: { name: NETWORK } });
      const worker = user("social_worker");

      // ---- the liaison marks the network relevant to KOTO and proposes the social worker ------------------------
      const liaison = await signedIn("liaison");
      const page = liaison.page;
      await page.getByRole("navigation").getByRole("link", { name: fi["network.nav"] }).click();
      await page.waitForURL(/\/networks$/);
      await page.getByRole("link", { name: NETWORK }).click();
      await page.waitForURL(`${e2e.app.url}/networks/${network.id}`);
      await waitForHydration(page);
      await page.getByRole("heading", { level: 1, name: NETWORK }).waitFor();
      expect(await axe(page)).toEqual([]);
      await page.getByRole("group", { name: fi["network.relevance.title"] }).getByLabel(KOTO).check();
      await page.getByRole("button", { name: fi["network.relevance.save"] }).click();
      await page.getByRole("status").filter({ hasText: fi["network.saved"] }).waitFor();
      await page.getByLabel(fi["network.propose.unit"]).selectOption({ label: KOTO });
      await page.getByLabel(fi["network.propose.person"]).selectOption({ label: worker.name });
      await page.getByRole("button", { name: fi["network.propose.submit"], exact: true }).click();
      const row = (p: typeof page) => p.locator("table").first().locator("tr", { hasText: worker.name });
      await row(page).locator(".badge.status-proposed", { hasText: fi["network.status.proposed"] }).waitFor();
      expect(await axe(page)).toEqual([]);

      // ---- the worker accepts ------------------------------------------------------------------------------------
      const workerPage = (await signedIn("social_worker")).page;
      await workerPage.goto(`/networks/${network.id}`);
      await waitForHydration(workerPage);
      expect(await axe(workerPage)).toEqual([]);
      await row(workerPage).getByLabel(fi["network.termEnd"]).fill("2027-12-31");
      await row(workerPage).getByRole("button", { name: fi["network.event.ACCEPT"], exact: true }).click();
      await row(workerPage).locator(".badge.status-active", { hasText: fi["network.status.active"] }).waitFor();
      expect(await row(workerPage).textContent()).toContain("31.12.2027");

      // The liaison's matrix shows the representative.
      await page.goto("/networks/matrix");
      await waitForHydration(page);
      const cell = async () => {
        const columns = await page.locator("table.matrix thead th").allTextContents();
        const index = columns.indexOf(NETWORK);
        return page
          .locator("table.matrix tbody tr", { hasText: KOTO })
          .locator("td")
          .nth(index - 1);
      };
      expect(await (await cell()).textContent()).toContain(`✓ ${worker.name}`);
      expect(await axe(page)).toEqual([]);

      // ---- the administrator closes the worker's account ---------------------------------------------------------
      const admin = (await signedIn("admin")).page;
      const account = await db().user.findUniqueOrThrow({ where: { email: worker.email } });
      await admin.goto(`/admin/users/${account.id}`);
      await waitForHydration(admin);
      await admin.getByRole("button", { name: fi["admin.deactivate"] }).click();
      await admin.getByRole("button", { name: fi["admin.reactivate"] }).waitFor();

      // ---- the matrix shows the vacancy, the handover in words ---------------------------------------------------
      await page.reload();
      await waitForHydration(page);
      const text = await (await cell()).textContent();
      expect(text).toContain(`! ${fi["network.matrix.vacant"]}`);
      expect(text).toContain(fi["network.matrix.handover"]);
      expect(text).not.toContain(worker.name);
      expect(await axe(page)).toEqual([]);
      expect(liaison.problems).toEqual([]);
    },
  );
});
