// What the two main referral flows cost a person, counted in Chromium on the production build, on a phone (390×844)
// and on a desktop: every click, field filled, box ticked, option chosen and key that submits is one interaction.
// A social worker goes from the home page to a sent referral (name, phone, one language, a needs note, consent) in at
// most 12; the association's staff member goes from the e-mail's link (signed in) to accepted with a time proposed in
// at most 2. The counts are printed.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en, fi } from "../../app/i18n/messages.server";
import { DEMO_USERS } from "../../prisma/seed";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const e2e = useE2e();
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const ACTIVITY = "Naisten iltakahvila";
const socialWorker = DEMO_USERS.find((u) => u.role === "social_worker")!;
const staff = DEMO_USERS.find((u) => u.role === "association_staff")!;

/** The one counter: each of these is one thing a person does. Scrolling and reading are free. */
function interactions() {
  let count = 0;
  const counted =
    <A extends unknown[]>(act: (...args: A) => Promise<unknown>) =>
    async (...args: A) => {
      count++;
      await act(...args);
    };
  return {
    get count() {
      return count;
    },
    click: counted((target: Locator) => target.click()),
    fill: counted((target: Locator, value: string) => target.fill(value)),
    check: counted((target: Locator) => target.check()),
    select: counted((target: Locator, label: string) => target.selectOption({ label })),
    submitKey: counted((target: Locator) => target.press("Enter")),
  };
}

const viewports = [
  { name: "phone", options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  { name: "desktop", options: { viewport: { width: 1280, height: 800 } } },
];

/** The link in the newest mail to `to` about a new referral, as the loopback SMTP server received it. */
async function newReferralLink(to: string, count: number): Promise<string> {
  const mails = await e2e.smtp.waitFor(count);
  const mail = mails.filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address === to))).at(-1)!;
  expect(mail.subject).toMatch(/^New referral [0-9a-f]{8}: Women's evening café .* – answer by /);
  return /https?:\/\/\S+\/referrals\/[0-9a-f-]{36}/.exec(mail.text ?? "")![0];
}

async function signedIn(options: (typeof viewports)[number]["options"], email: string) {
  const opened = await e2e.openPage(options);
  await opened.page.goto("/login");
  await signIn(opened.page, email);
  await opened.page.waitForURL(`${e2e.app.url}/home`);
  return opened;
}

describe.each(viewports)("the referral flows on a $name", ({ name, options }) => {
  it("take a social worker at most 12 interactions, and the association at most 2", { timeout: 120_000 }, async () => {
    // ---- the social worker, from the home page ----------------------------------------------------------------
    const worker = await signedIn(options, socialWorker.email);
    const sw: Page = worker.page;
    await waitForHydration(sw);
    const by = interactions();
    await by.click(sw.getByRole("link", { name: fi["home.findActivity"] }));
    await sw.waitForURL(/\/directory/);
    await waitForHydration(sw);
    await by.click(sw.getByRole("link", { name: ACTIVITY, exact: true }).first());
    await sw.waitForURL(new RegExp(`/directory/activities/${UUID}$`));
    await waitForHydration(sw);
    await by.click(sw.getByRole("link", { name: fi["activity.refer"] }));
    await sw.waitForURL(new RegExp(`/referrals/new\\?activityId=${UUID}$`));
    await waitForHydration(sw);
    expect(await axe(sw)).toEqual([]);

    await by.fill(sw.getByLabel(fi["referral.item.first_name"], { exact: true }), "Amira");
    await by.fill(sw.getByLabel(fi["referral.item.phone"], { exact: true }), "+358 40 765 4321");
    await by.check(
      sw.getByRole("group", { name: fi["referral.item.languages"] }).getByLabel("العربية (arabia)", { exact: true }),
    );
    await by.fill(sw.getByLabel(fi["referral.item.needs"], { exact: true }), "Haluaa harjoitella suomea.");
    // What will be shared is shown back in words, next to the one confirmation.
    const consent = sw.getByRole("region", { name: fi["referral.consent"] });
    expect(await consent.getByRole("listitem").allTextContents()).toEqual([
      `${fi["referral.item.first_name"]}: Amira`,
      `${fi["referral.item.phone"]}: +358 40 765 4321`,
      `${fi["referral.item.languages"]}: العربية (arabia)`,
      `${fi["referral.item.needs"]}: Haluaa harjoitella suomea.`,
    ]);
    await by.check(consent.getByRole("checkbox", { name: /^Asiakas on nähnyt suostumustekstin/ }));
    const mailsBefore = e2e.smtp.messages.length;
    await by.click(sw.getByRole("button", { name: fi["referral.send"] }));
    await sw.waitForURL(new RegExp(`/referrals/${UUID}$`));
    await sw.getByText(fi["referral.status.sent"], { exact: true }).first().waitFor();
    const socialWorkerCount = by.count;
    expect(await axe(sw)).toEqual([]);
    expect(worker.problems).toEqual([]);

    // ---- the association's staff member, from the e-mail's link ------------------------------------------------
    const link = await newReferralLink(staff.email, mailsBefore + 1);
    const association = await signedIn(options, staff.email);
    const st = association.page;
    await st.goto(link);
    await waitForHydration(st);
    // The page opens with what needs this person now; its account is in English, and so is the page.
    const primary = st.getByRole("region", { name: en["referral.acceptAndPropose"] });
    await primary.waitFor();
    expect(await st.getByRole("heading", { level: 1 }).textContent()).toContain("Women's evening café");
    expect(await axe(st)).toEqual([]);
    const staffBy = interactions();
    const firstSession = primary.getByRole("button", { name: /^Accept: / }).first();
    const chosen = (await firstSession.textContent())!.replace(/^Accept: /, "");
    await staffBy.click(firstSession);
    // Confirmed, with the focus on the confirmation, and the proposed time in view.
    const done = st.getByRole("status");
    await done.waitFor();
    expect(await done.textContent()).toContain(en["referral.status.meeting_proposed"]);
    await expect.poll(() => done.evaluate((el) => el === document.activeElement)).toBe(true);
    await st.getByRole("region", { name: en["referral.proposedTimes"] }).getByText(chosen).waitFor();
    const staffCount = staffBy.count;
    expect(await axe(st)).toEqual([]);
    expect(association.problems).toEqual([]);

    console.log(
      `interactions on a ${name}: social worker ${socialWorkerCount} (goal ≤ 12), association ${staffCount} (goal ≤ 2)`,
    );
    expect(socialWorkerCount).toBeLessThanOrEqual(12);
    expect(staffCount).toBeLessThanOrEqual(2);
  });
});

describe("the social worker's home page", () => {
  it("searches the directory straight from home, and the results name the activity", async () => {
    const { page, problems } = await signedIn(viewports[0].options, socialWorker.email);
    await waitForHydration(page);
    const by = interactions();
    const search = page.getByRole("search", { name: fi["directory.searchLabel"] });
    await by.fill(search.getByLabel(fi["directory.query"]), "iltakahvila");
    await by.submitKey(search.getByLabel(fi["directory.query"]));
    await page.waitForURL((url) => url.pathname === "/directory" && url.searchParams.get("q") === "iltakahvila");
    await page.getByRole("link", { name: ACTIVITY, exact: true }).first().waitFor();
    expect(by.count).toBe(2);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
