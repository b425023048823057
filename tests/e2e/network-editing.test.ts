// End-to-end in Chromium (production build): the liaison creates an association network from the list (a refused
// empty form first, with the error summary), then edits it from the network's page. Axe-clean on every form.
import { describe, expect, it } from "vitest";
import { fi } from "../../app/i18n/messages.server";
import { DEMO_USERS } from "../../prisma/seed";
import { db } from "~/utils/db.server";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const NAME = "Kotoutuvien nuorten verkosto";
const KOTO = "Kotoutumisen sosiaalityö (KOTO)";
const SISARUKSET = "Monikulttuurinen naisyhdistys Sisarukset ry";
const e2e = useE2e();

describe("creating and editing a network", () => {
  it("the liaison creates a network, is told what is missing, and edits it", { timeout: 120_000 }, async () => {
    const { page, problems } = await e2e.openPage();
    await page.goto("/login");
    await signIn(page, DEMO_USERS.find((u) => u.role === "liaison")!.email);
    await page.waitForURL(`${e2e.app.url}/home`);

    await page.goto("/networks");
    await page.getByRole("link", { name: fi["network.new.title"] }).click();
    await page.waitForURL(/\/networks\/new$/);
    await waitForHydration(page);
    await page.getByRole("heading", { level: 1, name: fi["network.new.title"] }).waitFor();
    expect(await axe(page)).toEqual([]);

    // Sent empty: the summary names the missing fields and nothing is created.
    await page.getByRole("button", { name: fi["network.form.create"] }).click();
    await page.getByRole("alert").getByText(fi["errors.required"]).first().waitFor();
    expect(await page.getByLabel(fi["network.form.name"]).getAttribute("aria-invalid")).toBe("true");
    expect(await axe(page)).toEqual([]);

    await page.getByLabel(fi["network.form.name"]).fill(NAME);
    await page.getByLabel(fi["network.theme"]).fill("Nuoret");
    await page.getByLabel(fi["network.convener"]).selectOption({ label: KOTO });
    await page.getByRole("group", { name: fi["network.members"] }).getByLabel(SISARUKSET).check();
    await page.getByRole("button", { name: fi["network.form.create"] }).click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    await page.getByRole("status").filter({ hasText: fi["network.saved"] }).waitFor();
    await page.getByRole("link", { name: SISARUKSET }).waitFor();
    const network = await db().network.findFirstOrThrow({ where: { name: NAME } });
    expect(network.convenerUnitId).not.toBeNull();

    await page.getByRole("link", { name: fi["network.edit.title"] }).click();
    await page.waitForURL(`${e2e.app.url}/networks/${network.id}/edit`);
    await waitForHydration(page);
    expect(await page.getByLabel(fi["network.form.name"]).inputValue()).toBe(NAME);
    expect(await axe(page)).toEqual([]);
    await page.getByLabel(fi["network.theme"]).fill("Nuoret ja vapaa-aika");
    await page.getByLabel(fi["network.convener"]).selectOption({ label: fi["network.form.noConvener"] });
    await page.getByRole("button", { name: fi["network.form.save"] }).click();
    await page.getByRole("status").filter({ hasText: fi["network.saved"] }).waitFor();
    await page.getByText("Nuoret ja vapaa-aika").waitFor();
    expect(await db().network.findUniqueOrThrow({ where: { id: network.id } })).toMatchObject({
      theme: "Nuoret ja vapaa-aika",
      convenerUnitId: null,
    });
    // The one refused send is the only problem the browser reports.
    expect(problems).toEqual([
      expect.stringMatching(/^console error: Failed to load resource: .* 400 .*\/networks\/new\.data/),
    ]);
  });
});
