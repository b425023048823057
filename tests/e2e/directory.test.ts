// End-to-end in Chromium (production build): a visitor finds and opens an Arabic weekday-evening activity in the directory, staff edit an activity and the directory shows it; axe-clean, error-free, keyboard- and phone-usable.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { fi } from "../../app/i18n/messages.server";
import { DEMO_USERS } from "../../prisma/seed";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const e2e = useE2e();
const { openPage } = e2e;

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const WEEKDAYS = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai"];
const WEEKEND = ["lauantai", "sunnuntai"];
const OWN_ASSOCIATION = "Monikulttuurinen naisyhdistys Sisarukset ry";

/** The heading over the directory's results: "N toimintaa". */
const resultsHeading = (page: Page) => page.locator("h2#results");

type Result = { title: string; line: string; badges: string[] };

/** The results as a visitor reads them: each one's title, its "association · place · schedule" line, and its badges. */
async function listedResults(page: Page): Promise<Result[]> {
  // The region is named by its heading, "N toimintaa" or "1 toiminta" (or in the page's language).
  const items = await page.locator("section[aria-labelledby=results]").getByRole("listitem").all();
  return Promise.all(
    items.map(async (item) => ({
      title: (await item.getByRole("heading", { level: 3 }).textContent())!.trim(),
      line: (await item.locator("p.muted").textContent())!.trim(),
      badges: await item.locator(".badge").allTextContents(),
    })),
  );
}

/**
 * Submits the search (`submit` clicks "Hae" or presses Enter) and waits for the address to become `until` and the
 * results to change: the address changes a moment before the page shows the new results.
 */
async function searchAndWait(page: Page, submit: () => Promise<void>, until: (url: URL) => boolean) {
  const results = page.locator("section[aria-labelledby=results]");
  const before = await results.innerText();
  await submit();
  await page.waitForURL(until);
  await expect.poll(() => results.innerText()).not.toBe(before);
}

/** The label → value pairs of the first description list in the main content (When, Where, Languages, …). */
async function details(page: Page): Promise<Record<string, string>> {
  const dl = page.getByRole("main").locator("dl").first();
  const terms = await dl.locator("dt").allTextContents();
  const values = await dl.locator("dd").allTextContents();
  return Object.fromEntries(terms.map((term, i) => [term, values[i]]));
}

const staff = DEMO_USERS.find((u) => u.role === "association_staff")!;

/** Signs the demo staff member in through the real sign-in form, and waits for the home page. */
async function signInAsStaff(page: Page) {
  await page.goto("/login");
  await signIn(page, staff.email);
  await page.waitForURL(`${e2e.app.url}/home`);
  // The demo staff member's account is in English, which the interface follows after sign-in; this test reads the
  // Finnish pages, so it switches once (the account then keeps it).
  await waitForHydration(page);
  if ((await page.locator("html").getAttribute("lang")) === "en")
    await page.getByRole("button", { name: "suomi" }).click();
  await page.getByRole("heading", { level: 1, name: `Hei, ${staff.name}` }).waitFor();
}

/** From the home page, follows the link to the staff member's own association page. */
async function openOwnAssociation(page: Page): Promise<string> {
  await page.getByRole("region", { name: "Järjestösi" }).getByRole("link", { name: OWN_ASSOCIATION }).click();
  await page.waitForURL(new RegExp(`/org/associations/${UUID}$`));
  await page.getByRole("heading", { level: 1, name: OWN_ASSOCIATION }).waitFor();
  await waitForHydration(page);
  return new URL(page.url()).pathname;
}

/** The text of the element(s) a control's aria-describedby points at, i.e. what a screen reader reads with it. */
const description = (control: Locator) =>
  control.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );

describe("a visitor searching the directory", () => {
  it("finds an Arabic activity on weekday evenings with a shareable search, and opens it and its association", async () => {
    const { page, problems } = await openPage();
    await page.goto("/directory");
    await page.getByRole("heading", { level: 1, name: "Järjestöjen toiminta" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fi");
    await waitForHydration(page);

    const form = page.getByRole("search", { name: "Hae toimintaa" });
    await form.getByLabel("Kieli", { exact: true }).selectOption({ label: "العربية (arabia)" });
    await form.getByLabel("Arki-iltaisin (ma–pe klo 17 jälkeen)").check();
    await searchAndWait(
      page,
      () => form.getByRole("button", { name: "Hae", exact: true }).click(),
      (url) =>
        url.pathname === "/directory" &&
        url.searchParams.get("language") === "ar" &&
        url.searchParams.get("evenings") === "1",
    );

    const results = await listedResults(page);
    expect(await resultsHeading(page).textContent()).toBe(`${results.length} toimintaa`);
    expect(results.map((r) => r.title)).toContain("Naisten iltakahvila");
    for (const result of results) {
      // "Association · place · tiistai 17:00–19:00": a weekday, and running after 17:00.
      const schedule = result.line.match(/· (\p{L}+) (\d{2}:\d{2})–(\d{2}:\d{2})$/u);
      expect(schedule, `${result.title}: ${result.line}`).not.toBeNull();
      const [, day, , ends] = schedule!;
      expect(WEEKDAYS, `${result.title} is on ${day}`).toContain(day);
      expect(WEEKEND).not.toContain(day);
      expect(ends > "17:00", `${result.title} ends at ${ends}`).toBe(true);
      expect(result.badges, result.title).toContain("العربية (arabia)");
    }
    const cafe = results.find((r) => r.title === "Naisten iltakahvila")!;
    expect(cafe.line).toBe(`${OWN_ASSOCIATION} · Kirkkopuistikko 12, Vaasa · tiistai 17:00–19:00`);
    expect(await axe(page)).toEqual([]);

    // The address is the search: opened elsewhere, it shows the same filters and the same results.
    const shared = await openPage();
    await shared.page.goto(page.url());
    await shared.page.getByRole("heading", { level: 2, name: `${results.length} toimintaa` }).waitFor();
    expect((await listedResults(shared.page)).map((r) => r.title)).toEqual(results.map((r) => r.title));
    expect(await shared.page.getByRole("search").getByLabel("Kieli", { exact: true }).inputValue()).toBe("ar");
    expect(await shared.page.getByLabel("Arki-iltaisin (ma–pe klo 17 jälkeen)").isChecked()).toBe(true);
    expect(shared.problems).toEqual([]);
    await shared.page.context().close();

    await page
      .getByRole("region", { name: /toimintaa$/ })
      .getByRole("link", { name: "Naisten iltakahvila", exact: true })
      .click();
    await page.waitForURL(new RegExp(`/directory/activities/${UUID}$`));
    await page.getByRole("heading", { level: 1, name: "Naisten iltakahvila" }).waitFor();
    expect(await details(page)).toMatchObject({
      Milloin: "tiistai 17:00–19:00 (Suomen aikaa)",
      Missä: "Kirkkopuistikko 12, Vaasa",
      Kielet: "العربية (arabia), suomi",
    });
    expect(await axe(page)).toEqual([]);

    await page.getByRole("main").getByRole("link", { name: OWN_ASSOCIATION }).click();
    await page.waitForURL(new RegExp(`/directory/associations/${UUID}$`));
    await page.getByRole("heading", { level: 1, name: OWN_ASSOCIATION }).waitFor();
    const activities = page.getByRole("region", { name: "Toiminnot" });
    expect(await activities.getByRole("link").allTextContents()).toContain("Naisten iltakahvila");
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("can be searched with the keyboard only, and says what to do when nothing matches", async () => {
    const { page, problems } = await openPage();
    await page.goto("/directory");
    await waitForHydration(page);
    const searchBox = page.getByLabel("Hakusana");

    await searchBox.focus();
    await page.keyboard.type("kahvila");
    await searchAndWait(
      page,
      () => page.keyboard.press("Enter"),
      (url) => url.searchParams.get("q") === "kahvila",
    );
    const found = (await listedResults(page)).map((r) => r.title);
    expect(found).toEqual(expect.arrayContaining(["Naisten iltakahvila", "Lauantaikahvila perheille"]));
    expect(found).not.toContain("CV-paja");

    // Nonsense: an empty result, with a helpful message and a way back to everything.
    await searchBox.focus();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("qxzvyqxzvy");
    await searchAndWait(
      page,
      () => page.keyboard.press("Enter"),
      (url) => url.searchParams.get("q") === "qxzvyqxzvy",
    );
    expect(await resultsHeading(page).textContent()).toBe("0 toimintaa");
    await page.getByText(fi["directory.noResults"]).waitFor();
    expect(await page.getByRole("link", { name: "Tyhjennä haku" }).getAttribute("href")).toBe("/directory");
    expect(await page.getByRole("region", { name: "0 toimintaa" }).getByRole("listitem").count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("a visitor reading in Swedish or English", () => {
  it("shows Swedish texts, and a Finnish text where Swedish is missing, marked and in its own language", async () => {
    const { page, problems } = await openPage({ locale: "sv-FI" });
    await page.goto("/directory");
    await page.getByRole("heading", { level: 1, name: "Föreningarnas aktiviteter" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    await waitForHydration(page);
    const titles = (await listedResults(page)).map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(["Kvällskafé för kvinnor", "CV-paja (på finska)"]));
    const results = page.getByRole("region", { name: /aktiviteter$/ });
    // The Swedish title is in the page's language; the Finnish one is marked up as Finnish, its note is not.
    expect(await results.getByRole("heading", { name: "Kvällskafé för kvinnor" }).locator("[lang]").count()).toBe(0);
    const cv = results.getByRole("heading", { name: "CV-paja (på finska)" });
    expect(await cv.locator("[lang=fi]").textContent()).toBe("CV-paja");
    // Languages by their own names, marked up with their language and direction, beside the Swedish names.
    const cvItem = results
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "CV-paja (på finska)" }) });
    expect(await cvItem.locator(".badge").allTextContents()).toEqual(
      expect.arrayContaining(["العربية (arabiska)", "suomi (finska)", "English (engelska)"]),
    );
    expect(await cvItem.locator("bdi[lang=ar]").getAttribute("dir")).toBe("rtl");
    expect(await axe(page)).toEqual([]);

    await cv.getByRole("link").click();
    await page.waitForURL(new RegExp(`/directory/activities/${UUID}$`));
    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe("CV-paja (på finska)");
    expect(await heading.locator("[lang=fi]").textContent()).toBe("CV-paja");
    expect(await page.getByRole("main").locator("p [lang=fi]").allTextContents()).toContain("Apua työhakemuksiin.");
    expect((await details(page)).Språk).toBe("suomi (finska), English (engelska), العربية (arabiska)");
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("shows a missing English text in Finnish, marked, on an English page", async () => {
    await db().activity.updateMany({ where: { titleFi: "Nuorten futis" }, data: { descriptionEn: "" } });
    const { page, problems } = await openPage({ locale: "en-GB" });
    await page.goto("/directory?q=futis");
    await page.getByRole("heading", { level: 2, name: "1 activity" }).waitFor();
    const item = page.getByRole("region", { name: "1 activity" }).getByRole("listitem");
    expect(await item.getByRole("heading", { level: 3 }).textContent()).toBe("Youth football");
    const description = item.locator("p", { hasText: "(in Finnish)" });
    expect(await description.textContent()).toBe("Jalkapalloa nuorille. (in Finnish)");
    expect(await description.locator("[lang=fi]").textContent()).toBe("Jalkapalloa nuorille.");
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("association staff editing an activity", () => {
  const OLD_TITLE = "Suomen kielen keskusteluryhmä";
  const NEW_TITLE_FI = "Sanataituri-ilta: suomen keskustelua";
  const NEW_TITLE_EN = "Wordsmith evening: Finnish conversation";

  it("signs in, edits an activity's title and time, and sees the change on the public page and in the directory search", async () => {
    const { page, problems } = await openPage();
    await signInAsStaff(page);
    await openOwnAssociation(page);

    await page.getByRole("link", { name: `Muokkaa: ${OLD_TITLE}` }).click();
    await page.waitForURL(new RegExp(`/org/associations/${UUID}/activities/${UUID}$`));
    const activityId = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByRole("heading", { level: 1, name: "Muokkaa toimintaa" }).waitFor();
    await waitForHydration(page);
    expect(await axe(page)).toEqual([]);

    const titleFi = page.getByLabel("Nimi suomeksi");
    const titleEn = page.getByLabel("Nimi englanniksi");
    expect(await titleFi.inputValue()).toBe(OLD_TITLE);

    // First without a Finnish title: the error shows by the field, which is marked invalid, and nothing is saved.
    await titleFi.fill("");
    await titleEn.fill(NEW_TITLE_EN);
    await page.getByLabel("Viikonpäivä").selectOption({ label: "keskiviikko" });
    await page.getByLabel("Alkaa klo").fill("18:00");
    await page.getByLabel("Päättyy klo").fill("19:30");
    await page.getByRole("button", { name: "Tallenna", exact: true }).click();
    const titleField = page.locator(".field", { has: titleFi });
    await titleField.getByText(fi["errors.required"]).waitFor();
    expect(await titleFi.getAttribute("aria-invalid")).toBe("true");
    expect(await description(titleFi)).toBe(fi["errors.required"]);
    expect(await page.locator("[aria-invalid=true]").count()).toBe(1);
    // Keyboard focus has moved to the error summary at the top, whose link moves it on to the field to fix.
    const summary = page.getByRole("alert").filter({ hasText: fi["errors.summaryTitle"] });
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole("link", { name: fi["errors.required"] }).click();
    await expect.poll(() => titleFi.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/activities/${activityId}$`));
    expect(await axe(page)).toEqual([]);
    // Chromium itself logs the refused form's 400 answer; that one entry is expected, anything else is not.
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^console error: Failed to load resource: .* 400 .*/activities/${activityId}\\.data\\)$`),
      ),
    ]);
    problems.length = 0;

    const check = await page.context().newPage();
    await check.goto(`/directory/activities/${activityId}`);
    await check.getByRole("heading", { level: 1, name: OLD_TITLE }).waitFor();
    expect((await details(check)).Milloin).toBe("torstai 10:00–11:30 (Suomen aikaa)");
    await check.close();

    // Now with a title: saved, and the public page shows the new title and time.
    await titleFi.fill(NEW_TITLE_FI);
    await page.getByRole("button", { name: "Tallenna", exact: true }).click();
    await page.waitForURL(`${e2e.app.url}/directory/activities/${activityId}`);
    await page.getByRole("heading", { level: 1, name: NEW_TITLE_FI }).waitFor();
    expect(await details(page)).toMatchObject({
      Milloin: "keskiviikko 18:00–19:30 (Suomen aikaa)",
      Missä: "Kirkkopuistikko 12, Vaasa",
      Hinta: "Maksuton",
      Ohjaukset: "Sosiaalityöntekijöiden ohjaamat asiakkaat ovat tervetulleita.",
    });

    // A visitor reading in English sees the new English title.
    const english = await openPage({ locale: "en-GB" });
    await english.page.goto(`/directory/activities/${activityId}`);
    await english.page.getByRole("heading", { level: 1, name: NEW_TITLE_EN }).waitFor();
    expect((await details(english.page)).When).toBe("Wednesday 18:00–19:30 (Finnish time)");
    await english.page.context().close();

    // The directory finds it by a word of the new title, with the new time, and no longer by the old title.
    await page.getByRole("link", { name: "← Takaisin hakuun" }).click();
    await page.waitForURL(`${e2e.app.url}/directory`);
    await waitForHydration(page);
    await page.getByLabel("Hakusana").fill("sanataituri");
    await searchAndWait(
      page,
      () => page.getByRole("button", { name: "Hae", exact: true }).click(),
      (url) => url.searchParams.get("q") === "sanataituri",
    );
    const found = await listedResults(page);
    expect(found.map((r) => r.title)).toContain(NEW_TITLE_FI);
    expect(found.find((r) => r.title === NEW_TITLE_FI)!.line).toBe(
      `${OWN_ASSOCIATION} · Kirkkopuistikko 12, Vaasa · keskiviikko 18:00–19:30`,
    );

    await page.getByLabel("Hakusana").fill("keskusteluryhmä");
    await searchAndWait(
      page,
      () => page.getByRole("button", { name: "Hae", exact: true }).click(),
      (url) => url.searchParams.get("q") === "keskusteluryhmä",
    );
    expect((await listedResults(page)).map((r) => r.title)).not.toContain(OLD_TITLE);
    expect(problems).toEqual([]);
  });

  it("has an accessible association page and profile edit form", async () => {
    const { page, problems } = await openPage();
    await signInAsStaff(page);
    const associationPath = await openOwnAssociation(page);
    expect(await axe(page)).toEqual([]);

    await page.getByRole("link", { name: "Muokkaa järjestön tietoja" }).click();
    await page.waitForURL(`${e2e.app.url}${associationPath}/profile`);
    await page.getByRole("heading", { level: 1, name: "Järjestön tiedot" }).waitFor();
    expect(await page.getByLabel("Lyhyt kuvaus suomeksi").inputValue()).toBe(
      "Naisten kohtaamispaikka, suomen kielen harjoittelua ja vertaistukea.",
    );
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("the directory on a phone", () => {
  const horizontalOverflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it("fits a 390 px wide screen, and its filters can be used by touch", async () => {
    const { page, problems } = await openPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto("/directory");
    await waitForHydration(page);
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(390);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    const form = page.getByRole("search", { name: "Hae toimintaa" });
    for (const control of await form.locator("input, select, button").all()) {
      const box = (await control.boundingBox())!;
      const name = await control.evaluate((el) => el.id || el.textContent);
      expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(390);
    }

    await form.getByLabel("Kieli", { exact: true }).selectOption({ label: "العربية (arabia)" });
    await form.getByText("Arki-iltaisin (ma–pe klo 17 jälkeen)").tap(); // the label is the touch target, not only the small box
    expect(await form.getByLabel("Arki-iltaisin (ma–pe klo 17 jälkeen)").isChecked()).toBe(true);
    await searchAndWait(
      page,
      () => form.getByRole("button", { name: "Hae", exact: true }).tap(),
      (url) => url.searchParams.get("language") === "ar" && url.searchParams.get("evenings") === "1",
    );
    expect((await listedResults(page)).map((r) => r.title)).toContain("Naisten iltakahvila");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
});
