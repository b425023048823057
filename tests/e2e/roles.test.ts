// Every demo role signs in with Chromium on the production build and gets its own home page: accessible, error-free under the CSP, on a phone and by keyboard.
import type { Role } from "@prisma/client";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en, fi } from "../../app/i18n/messages.server";
import { DEMO_USERS } from "../../prisma/seed";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const e2e = useE2e();
const { openPage } = e2e;

const demoUser = (role: Role) => DEMO_USERS.find((u) => u.role === role)!;

const signInAs = (page: Page, role: Role) => signIn(page, demoUser(role).email);

/** What each role must find on its home page, beyond the greeting. */
const roleContent: Record<Role, (page: Page) => Promise<void>> = {
  admin: async (page) => {
    const adminLink = page.getByRole("main").getByRole("link", { name: "Ylläpito" });
    await adminLink.waitFor();
    expect(await adminLink.getAttribute("href")).toBe("/admin");
    expect(await page.getByRole("main").textContent()).toContain(
      `1 hyvinvointialue, 13 järjestöä, ${DEMO_USERS.length} käyttäjää.`,
    );
  },
  liaison: async (page) => {
    await page.getByRole("heading", { name: "Vanhentuneet järjestöprofiilit: 2" }).waitFor();
    const stale = page.getByRole("region", { name: "Vanhentuneet järjestöprofiilit: 2" }).getByRole("link");
    expect(await stale.allTextContents()).toEqual(
      expect.arrayContaining(["Somaliliitto Pohjanmaa ry", "Laihian kotoutujien tukiryhmä"]),
    );
    expect(await stale.count()).toBe(2);
  },
  social_worker: async (page) => {
    const units = page.getByRole("region", { name: "Yksikkösi" });
    await units.waitFor();
    expect(await units.getByRole("link").allTextContents()).toEqual(["Kotoutumisen sosiaalityö (KOTO)"]);
  },
  // The demo staff member's account is in English: after sign-in the interface follows it.
  association_staff: async (page) => {
    const mine = page.getByRole("region", { name: en["home.yourAssociations"] });
    await mine.waitFor();
    expect(await mine.getByRole("heading", { level: 3 }).allTextContents()).toEqual(
      expect.arrayContaining(["Monikulttuurinen naisyhdistys Sisarukset ry", "Kylätalon kahvila"]),
    );
    expect(await mine.getByRole("button", { name: en["org.confirmReviewed"] }).count()).toBe(2);
  },
};

describe("sign-in page", () => {
  it("has no serious or critical accessibility problems, in Finnish and, after switching, in English", async () => {
    const { page, problems } = await openPage();
    await page.goto("/login");
    await page.getByRole("heading", { level: 1, name: "Kirjaudu sisään" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fi");
    expect(await axe(page)).toEqual([]);

    await waitForHydration(page);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(page.url()).toBe(`${e2e.app.url}/login`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByRole("button", { name: "suomi" }).waitFor();
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("puts the skip-to-content link first in the keyboard order, and it moves focus to the main content", async () => {
    const { page } = await openPage();
    await page.goto("/login");
    await waitForHydration(page);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute("href"),
    }));
    expect(focused).toEqual({ text: "Siirry sisältöön", href: "#main" });
    const box = await page.getByRole("link", { name: "Siirry sisältöön" }).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0); // visible on screen while focused

    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
  });
});

describe.each(DEMO_USERS.map((u) => [u.role, u] as const))("%s", (role, user) => {
  it("signs in through the form and lands on a home page made for the role, accessible and without errors", async () => {
    const { page, problems } = await openPage();
    await page.goto("/login");
    await signInAs(page, role);
    await page.waitForURL(`${e2e.app.url}/home`);
    const texts = user.locale === "en" ? en : fi;
    await page.getByRole("heading", { level: 1, name: texts["home.greeting"].replace("{name}", user.name) }).waitFor();
    await roleContent[role](page);
    const adminNavLinks = page.getByRole("navigation").getByRole("link", { name: texts["nav.admin"] });
    expect(await adminNavLinks.count()).toBe(role === "admin" ? 1 : 0);

    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("deep links", () => {
  it("sends a signed-out visitor of /admin/users to sign in, and then on to /admin/users", async () => {
    const { page, problems } = await openPage();
    await page.goto("/admin/users");
    await page.waitForURL(`${e2e.app.url}/login?redirectTo=%2Fadmin%2Fusers`);
    await signInAs(page, "admin");
    await page.waitForURL(`${e2e.app.url}/admin/users`);
    await page.getByRole("heading", { level: 1, name: "Käyttäjät" }).waitFor();
    expect(problems).toEqual([]);
  });

  it("gives the administrator accessible pages to manage users, counties and units, and associations", async () => {
    const { page, problems } = await openPage();
    await page.goto("/login");
    await signInAs(page, "admin");
    await page.waitForURL(`${e2e.app.url}/home`);
    for (const [path, heading] of [
      ["/admin/users", "Käyttäjät"],
      ["/admin/counties", "Hyvinvointialueet ja yksiköt"],
      ["/admin/associations", "Järjestöt"],
    ]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(await axe(page), path).toEqual([]);
    }
    // A rename form opens from its summary, by keyboard too.
    await page.goto("/admin/counties");
    await waitForHydration(page);
    const rename = page.locator("details.rename").first();
    await rename.locator("summary").focus();
    await page.keyboard.press("Enter");
    await rename.getByLabel("Uusi nimi").waitFor();
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("on a phone", () => {
  const noHorizontalScroll = (page: Page) =>
    page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));

  it.each(DEMO_USERS.map((u) => u.role))(
    "fits the sign-in page and the %s home page to a 390 px wide screen",
    async (role) => {
      const { page, problems } = await openPage({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      await page.goto("/login");
      const login = await noHorizontalScroll(page);
      expect(login.scrollWidth).toBeLessThanOrEqual(login.clientWidth);

      await signInAs(page, role);
      await page.waitForURL(`${e2e.app.url}/home`);
      const texts = demoUser(role).locale === "en" ? en : fi;
      await page
        .getByRole("heading", { level: 1, name: texts["home.greeting"].replace("{name}", demoUser(role).name) })
        .waitFor();
      const home = await noHorizontalScroll(page);
      expect(home.scrollWidth).toBeLessThanOrEqual(home.clientWidth);
      expect(home.clientWidth).toBe(390);
      expect(problems).toEqual([]);
    },
  );
});
