// End-to-end in Chromium (production build): an admin adds a reviewed Arabic consent text (previewing it first); a
// social worker opens it in print preview, where it reads right to left (screenshot in
// test-results/consent-text-ar-print.png), chooses it for a referral, and the referral records the version and the
// language shown — axe-clean, with `lang` on every text in another language than the page's, and error-free.
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fi } from "../../app/i18n/messages.server";
import { DEMO_USERS } from "../../prisma/seed";
import { db } from "~/utils/db.server";
import { axe, waitForHydration } from "../support/browser";
import { ARABIC_CONSENT_TEXT, ARABIC_REVIEW } from "../support/consent-texts";
import { signIn, useE2e } from "../support/e2e";

const SCREENSHOT = "test-results/consent-text-ar-print.png";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const admin = DEMO_USERS.find((u) => u.role === "admin")!;
const socialWorker = DEMO_USERS.find((u) => u.role === "social_worker")!;

const e2e = useE2e();

describe("a consent text in Arabic", () => {
  it(
    "is added by an admin, printed right to left and recorded with the referral that used it",
    { timeout: 180_000 },
    async () => {
      // ---- the admin adds the reviewed translation, previewing it first ----------------------------------------
      const adminSession = await e2e.openPage();
      const ad = adminSession.page;
      await ad.goto("/login?redirectTo=/admin/consent-texts");
      await signIn(ad, admin.email);
      await ad.waitForURL(`${e2e.app.url}/admin/consent-texts`);
      await ad.getByRole("heading", { level: 1, name: fi["consentAdmin.title"] }).waitFor();
      await waitForHydration(ad);
      // The base texts, each language named in itself (marked with its language) beside its Finnish name.
      await ad.getByRole("heading", { level: 2, name: "svenska (ruotsi)" }).waitFor();
      expect(await ad.locator('h2 [lang="sv"]').textContent()).toBe("svenska");

      const form = ad.getByRole("form", { name: fi["consentAdmin.add"] });
      await form.getByLabel("العربية (arabia)", { exact: true }).check();
      for (const [name, value] of Object.entries(ARABIC_CONSENT_TEXT))
        if (name !== "language") await form.locator(`[name="${name}"]`).fill(value);
      await form.getByRole("button", { name: fi["consentAdmin.preview"] }).click();
      const preview = ad.getByRole("region", { name: fi["consentAdmin.previewHeading"] });
      await preview.getByRole("heading", { level: 3, name: ARABIC_CONSENT_TEXT.title }).waitFor();
      expect(await preview.locator("article").getAttribute("dir")).toBe("rtl");
      expect(await preview.locator("article").getAttribute("lang")).toBe("ar");
      expect(await axe(ad)).toEqual([]);

      await form.getByLabel(fi["consentAdmin.reviewer"]).fill(ARABIC_REVIEW.reviewerName);
      await form.getByLabel(fi["consentAdmin.reviewedOn"]).fill(ARABIC_REVIEW.reviewedOn);
      await form.getByRole("button", { name: fi["consentAdmin.save"] }).click();
      await ad.getByRole("status").filter({ hasText: fi["consentAdmin.saved"] }).waitFor();
      const arabicVersions = ad.getByRole("region", { name: "العربية (arabia)" });
      expect(await arabicVersions.textContent()).toContain(ARABIC_CONSENT_TEXT.versionLabel);
      expect(await arabicVersions.textContent()).toContain(ARABIC_REVIEW.reviewerName);
      expect(await axe(ad)).toEqual([]);
      expect(adminSession.problems).toEqual([]);

      // ---- the social worker chooses it and opens it in print preview -------------------------------------------
      const worker = await e2e.openPage();
      const sw = worker.page;
      await sw.goto("/login?redirectTo=/referrals/new");
      await signIn(sw, socialWorker.email);
      await sw.waitForURL(`${e2e.app.url}/referrals/new`);
      await sw.getByRole("heading", { level: 1, name: fi["referral.newTitle"] }).waitFor();
      await waitForHydration(sw);
      const consent = sw.getByRole("region", { name: fi["referral.consent"] });
      const texts = consent.getByRole("group", { name: fi["consent.textChoice"] });
      // The interface language's text is chosen to begin with.
      expect(await texts.getByRole("radio", { checked: true }).getAttribute("value")).toBe(
        "c0a5e470-0000-4000-8000-000000000001",
      );
      await texts.getByLabel(`العربية (arabia) · versio ${ARABIC_CONSENT_TEXT.versionLabel}`).check();
      expect(await axe(sw)).toEqual([]);

      const printable = await texts.getByRole("link", { name: "Tulostettava teksti: arabia" }).getAttribute("href");
      expect(printable).toMatch(new RegExp(`^/referrals/consent-text\\?text=${UUID}$`));
      const print = (await e2e.openPage()).page;
      await print.goto("/login");
      await signIn(print, socialWorker.email);
      await print.waitForURL(`${e2e.app.url}/home`);
      await print.goto(printable!);
      await print.emulateMedia({ media: "print" });
      const article = print.locator("article.consent-text");
      await article.getByRole("heading", { level: 1, name: ARABIC_CONSENT_TEXT.title }).waitFor();
      expect(await article.getAttribute("dir")).toBe("rtl");
      expect(await article.getAttribute("lang")).toBe("ar");
      expect(await print.locator("html").getAttribute("lang")).toBe("fi");
      // The text is laid out right to left: its direction, and the list's tick boxes at the right-hand edge.
      expect(
        await article
          .locator("p")
          .nth(1)
          .evaluate((p) => getComputedStyle(p).direction),
      ).toBe("rtl");
      const box = await article.boundingBox();
      const firstItem = await article.locator(".consent-items li").first().boundingBox();
      expect(firstItem!.x + firstItem!.width).toBeGreaterThan(box!.x + box!.width - 40);
      expect(await article.locator(".consent-items li").allTextContents()).toContain(
        `☐ ${ARABIC_CONSENT_TEXT.item_first_name}`,
      );
      // The page's own chrome is not printed.
      expect(await print.getByRole("button", { name: fi["consentText.print"] }).isVisible()).toBe(false);
      mkdirSync("test-results", { recursive: true });
      await print.screenshot({ path: SCREENSHOT, fullPage: true });
      expect(await axe(print)).toEqual([]);
      await print.emulateMedia({ media: "screen" });
      // On screen the other languages are offered, each named in itself with its language marked.
      const others = print.getByRole("navigation", { name: fi["consentText.otherLanguages"] });
      expect(await others.locator('[lang="sv"]').textContent()).toBe("svenska");
      expect(await axe(print)).toEqual([]);

      // ---- the referral records the version and language shown ---------------------------------------------------
      await sw
        .getByLabel("Järjestö", { exact: true })
        .selectOption({ label: "Monikulttuurinen naisyhdistys Sisarukset ry" });
      await sw
        .getByRole("region", { name: fi["referral.client"] })
        .getByLabel("Etunimi", { exact: true })
        .fill("Rasha");
      await consent.getByLabel(fi["consent.confirmed"]).check();
      await sw.getByRole("button", { name: fi["referral.send"] }).click();
      await sw.waitForURL(new RegExp(`/referrals/${UUID}$`));
      const referralId = new URL(sw.url()).pathname.split("/").pop()!;
      const recorded = sw.getByRole("region", { name: fi["referral.consent"] });
      await recorded.getByText(`versio ${ARABIC_CONSENT_TEXT.versionLabel}`).waitFor();
      expect(await recorded.locator('dd [lang="ar"][dir="rtl"]').textContent()).toBe("العربية");
      expect(await axe(sw)).toEqual([]);
      expect(await db().consent.findUniqueOrThrow({ where: { referralId } })).toMatchObject({
        textVersion: ARABIC_CONSENT_TEXT.versionLabel,
        textLanguage: "ar",
        textId: expect.stringMatching(new RegExp(`^${UUID}$`)),
      });
      expect(worker.problems).toEqual([]);
    },
  );
});
