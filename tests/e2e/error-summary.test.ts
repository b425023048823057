// The error summary (GOV.UK pattern) in Chromium on the production build: a refused form says so at its top, the summary
// takes the keyboard focus, lists every problem with a link that moves the focus to its field, and is axe-clean. The
// sign-in form and the new-referral form here; the activity form in tests/e2e/directory.test.ts.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fi } from "../../app/i18n/messages.server";
import { DEMO_USERS } from "../../prisma/seed";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const e2e = useE2e();

/** The summary, once it is there and has the keyboard focus; with the texts of its links. */
async function focusedSummary(page: Page) {
  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: fi["errors.summaryTitle"] }) });
  await summary.waitFor();
  await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
  return { summary, links: await summary.getByRole("link").allTextContents() };
}

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el === document.activeElement);

describe("the error summary", () => {
  it("on the sign-in form: takes the focus, names both missing fields, and each link moves the focus there", async () => {
    const { page, problems } = await e2e.openPage();
    await page.goto("/login");
    await waitForHydration(page);
    await page.getByRole("button", { name: "Kirjaudu", exact: true }).click();
    const { summary, links } = await focusedSummary(page);
    expect(links).toHaveLength(2);
    await summary.getByRole("link").nth(1).click();
    expect(await isFocused(page, "#password")).toBe(true);
    await summary.getByRole("link").first().click();
    expect(await isFocused(page, "#email")).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/^console error: Failed to load resource: .* 400 /)]);
  });

  it("on the new-referral form: a refused send is seen at once on a phone, with links to what to fix", async () => {
    const { page, problems } = await e2e.openPage({ viewport: { width: 390, height: 844 } });
    await page.goto("/login");
    await signIn(page, DEMO_USERS.find((u) => u.role === "social_worker")!.email);
    await page.waitForURL(`${e2e.app.url}/home`);
    await page.goto("/referrals/new");
    await waitForHydration(page);
    await page.getByLabel(fi["referral.association"], { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(fi["referral.item.first_name"], { exact: true }).fill("Amira");
    await page.getByLabel(fi["referral.item.email"], { exact: true }).fill("amira@");
    // What is filled is shown back, in words, next to the one consent confirmation.
    const consent = page.getByRole("region", { name: fi["referral.consent"] });
    await consent.getByText(`${fi["referral.item.first_name"]}: Amira`).waitFor();
    await page.getByRole("button", { name: fi["referral.send"] }).click();
    const { summary, links } = await focusedSummary(page);
    expect(links).toEqual([fi["errors.email"], fi["errors.consentConfirm"]]);
    // The summary is on screen, at the top of the phone's view, not four screens up.
    const box = (await summary.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(844);
    await summary.getByRole("link", { name: fi["errors.consentConfirm"] }).click();
    expect(await isFocused(page, "#consentConfirmed")).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/^console error: Failed to load resource: .* 400 /)]);
  });
});
