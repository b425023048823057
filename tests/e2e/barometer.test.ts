// End-to-end in Chromium at phone size (390×844, production build), in Finnish and in Swedish: the liaison drafts a barometer round, invites five
// people and opens it; the personal links arrive by e-mail; two invitees answer in the browser without signing in (one
// skipping half the questions, then changing an answer through the same link), three more through the same form;
// the liaison closes the round, sees the charts, publishes it and sees the open answers — axe-clean and error-free.
// Each run drafts its own round and invites its own five addresses; the invitees' browsers read the run's language.
import type { ParsedMail } from "mailparser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { translate, type Locale, type MessageKey, type MessageParams } from "~/i18n/i18n";
import { DEMO_COUNTY, DEMO_USERS } from "../../prisma/seed";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const liaison = DEMO_USERS.find((u) => u.role === "liaison")!;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** Each run's round, its five invitees (addresses without an account) and the open answer the first one writes. */
const RUNS = {
  fi: {
    title: "Barometri 2027",
    invitees: [1, 2, 3, 4, 5].map((n) => `vastaaja${n}@example.fi`),
    openAnswer: "Yhteiset tapaamiset iltaisin, niin vapaaehtoisetkin pääsevät.",
  },
  sv: {
    title: "Barometer 2027",
    invitees: [1, 2, 3, 4, 5].map((n) => `svarande${n}@example.fi`),
    openAnswer: "Gemensamma möten på kvällen, så att också de frivilliga kan komma.",
  },
} as const;
/**
 * The invitation's subject. An address without an account has no language of its own: its link comes in the language
 * of the liaison who invited it (the run's); the answer page then follows the invitee's browser.
 */
const subjectIn = (locale: Locale) => translate(locale, "barometer.email.subject", { countyName: DEMO_COUNTY });

const e2e = useE2e();

const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((to) => to?.value.map((a) => a.address) ?? []);

/** The personal link e-mailed to `to`, once the loopback SMTP server has it. */
async function linkFor(to: string, locale: Locale): Promise<string> {
  const subject = subjectIn(locale);
  const find = () => e2e.smtp.messages.find((m) => m.subject === subject && recipients(m).includes(to));
  await expect.poll(() => find()?.subject, { timeout: 20_000, interval: 100 }).toBe(subject);
  const link = find()!.text!.match(/https?:\/\/\S+\/barometer\/answer\?token=[\w-]+/)?.[0];
  expect(link).toBeDefined();
  return link!;
}

/** Ticks one option of a question, found by the question's text. */
const tick = (page: Page, question: string, option: string) =>
  page.getByRole("group", { name: question, exact: true }).getByRole("radio", { name: option, exact: true }).check();

/** Nothing is wider than the phone's screen: no sideways scrolling. */
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function waitForBadge(page: Page, status: string) {
  await page
    .locator("main .badge")
    .filter({ hasText: new RegExp(`^${status}$`) })
    .waitFor();
}

describe.each(["fi", "sv"] as const)("a partnership barometer round (%s)", (locale) => {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const { title, invitees: INVITEES, openAnswer: OPEN_ANSWER } = RUNS[locale];
  /** A fresh phone-sized browser profile in the run's language. */
  const openPhone = () => e2e.openPage({ ...PHONE, locale: `${locale}-FI` });
  /** The thanks on the answer page, with the date until which the answer can still be changed. */
  const saved = () => t("barometer.answer.saved", { date: formatDate(new Date("2099-06-30T12:00:00Z"), locale) });

  it(
    "is drafted, answered through personal links on phones, closed and published with charts",
    { timeout: 240_000 },
    async () => {
      // ---- the liaison drafts the round and invites five people -----------------------------------------------------
      // The liaison's account reads the run's language.
      await db().user.update({ where: { email: liaison.email }, data: { locale } });
      const { page: li, problems: liaisonProblems } = await openPhone();
      await li.goto("/login");
      await signIn(li, liaison.email, locale);
      await li.waitForURL(`${e2e.app.url}/home`);
      await li.getByRole("link", { name: t("barometer.title") }).click();
      await li.waitForURL(`${e2e.app.url}/barometer`);
      await waitForHydration(li);
      expect(await axe(li)).toEqual([]);
      await li.getByLabel(t("barometer.roundTitle")).fill(title);
      await li.getByLabel(t("barometer.closingDate")).fill("2099-06-30");
      await li.getByRole("button", { name: t("barometer.create") }).click();
      await li.waitForURL(new RegExp(`/barometer/${UUID}$`));
      const roundUrl = li.url();
      await waitForBadge(li, t("barometer.status.draft"));
      await waitForHydration(li);
      await li.getByLabel(t("barometer.inviteEmails")).fill(INVITEES.join("\n"));
      await li.getByRole("button", { name: t("barometer.addInvitees") }).click();
      const invited = (sent: number) => t("barometer.invitedCount", { invited: 5, sent });
      if (locale === "fi") expect(invited(0)).toBe("5 kutsuttua, linkki lähetetty 0 henkilölle");
      await li.getByText(invited(0)).waitFor();
      expect(await axe(li)).toEqual([]);
      expect(await scrollWidth(li)).toBeLessThanOrEqual(390);
      await li.getByRole("button", { name: t("barometer.event.OPEN") }).click();
      await waitForBadge(li, t("barometer.status.open"));
      await li.getByText(invited(5)).waitFor();

      const links = await Promise.all(INVITEES.map((to) => linkFor(to, locale)));

      // ---- the first invitee answers everything, on a phone, without signing in ----------------------------------------
      const first = await openPhone();
      await first.page.goto(links[0]);
      await first.page.getByRole("heading", { level: 1, name: t("barometer.answer.title") }).waitFor();
      await waitForHydration(first.page);
      expect(await axe(first.page)).toEqual([]);
      expect(await scrollWidth(first.page)).toBeLessThanOrEqual(390);
      const p1 = first.page;
      await tick(p1, t("barometer.q.orgType"), t("barometer.orgType.association"));
      await tick(p1, t("barometer.q.associationSize"), t("barometer.size.up_to_10"));
      await tick(p1, t("barometer.q.immigrantMajority"), t("barometer.yes"));
      const codes = ["oc1", "oc2", "oc3", "ia1", "ia2", "ia3", "kb1", "kb2", "ed1", "ed2"] as const;
      for (const code of codes) await tick(p1, t(`barometer.item.${code}`), `4 ${t("barometer.agree.4")}`);
      await tick(p1, t("barometer.item.kb2"), t("barometer.agree.cantSay"));
      await tick(p1, t("barometer.level.local"), "8");
      await tick(p1, t("barometer.level.regional"), "6");
      await tick(p1, t("barometer.level.national"), "5");
      for (const o of ["time", "fragmented_field", "funding", "project_administration", "trust", "language"] as const)
        await tick(p1, t(`barometer.obstacle.${o}`), `3 ${t("barometer.obstacleLevel.3")}`);
      await p1.getByLabel(t("barometer.q.open")).fill(OPEN_ANSWER);
      await p1.getByRole("button", { name: t("barometer.answer.submit") }).click();
      if (locale === "fi")
        expect(saved()).toBe("Kiitos, vastauksesi on tallennettu. Voit muuttaa sitä samalla linkillä 30.6.2099 asti.");
      await p1.getByRole("status").filter({ hasText: saved() }).waitFor();
      expect(await axe(p1)).toEqual([]);

      // ---- the second skips half the questions, then changes an answer through the same link -------------------------
      const second = await openPhone();
      const p2 = second.page;
      await p2.goto(links[1]);
      await waitForHydration(p2);
      await tick(p2, t("barometer.q.orgType"), t("barometer.orgType.association"));
      for (const code of ["oc1", "ia1", "kb1", "ed1"] as const)
        await tick(p2, t(`barometer.item.${code}`), `5 ${t("barometer.agree.5")}`);
      await tick(p2, t("barometer.level.local"), "9");
      await p2.getByRole("button", { name: t("barometer.answer.submit") }).click();
      await p2.getByRole("status").filter({ hasText: saved() }).waitFor();
      await p2.goto(links[1]);
      await waitForHydration(p2);
      const local = p2.getByRole("group", { name: t("barometer.level.local"), exact: true });
      expect(await local.getByRole("radio", { name: "9", exact: true }).isChecked()).toBe(true);
      await tick(p2, t("barometer.level.local"), "6");
      await p2.getByRole("button", { name: t("barometer.answer.submit") }).click();
      await p2.getByRole("status").filter({ hasText: saved() }).waitFor();

      // ---- three more answer through the same form (a plain form post, as a browser without JavaScript sends it) ------
      for (const link of links.slice(2)) {
        const response = await fetch(link, {
          method: "POST",
          body: new URLSearchParams({ orgType: "association", "item.oc1": "3", "grade.local": "7" }),
          redirect: "manual",
        });
        expect(response.status).toBe(302);
      }

      // ---- the liaison closes the round and sees the charts; the open answers wait for publishing ---------------------
      await li.goto(roundUrl);
      await waitForHydration(li);
      await li.getByRole("button", { name: t("barometer.event.CLOSE") }).click();
      await waitForBadge(li, t("barometer.status.closed"));
      await li.getByRole("link", { name: t("barometer.seeResults") }).click();
      await li.waitForURL(new RegExp(`/barometer/${UUID}/results$`));
      await li.getByRole("heading", { level: 1, name: t("barometer.results.heading", { title }) }).waitFor();
      for (const chart of ["themes", "grades", "obstacles"] as const)
        await li
          .getByRole("img", { name: new RegExp(`^${t(`barometer.results.${chart}`).replace(/[()]/g, "\\$&")}`) })
          .waitFor();
      // Local grades 8, 6, 7, 7, 7: mean 7.0, SD √0.5 ≈ 0.7, n 5, against the national 6.8 of 2020.
      const grades = li.getByRole("region", { name: t("barometer.results.grades") });
      expect(
        await grades
          .getByRole("row", { name: new RegExp(`^${t("barometer.level.short.local")}`) })
          .getByRole("cell")
          .allTextContents(),
      ).toEqual(["7,0", "0,7", "5", "6,8"]);
      // Regional and national were given once each: too few to show.
      expect(
        await grades
          .getByRole("row", { name: new RegExp(`^${t("barometer.level.short.regional")}`) })
          .getByRole("cell")
          .allTextContents(),
      ).toEqual([t("barometer.results.tooFew"), "6,1"]);
      await li.getByText(t("barometer.results.openAfterPublish")).waitFor();
      expect(await li.getByText(OPEN_ANSWER).count()).toBe(0);
      expect(await axe(li)).toEqual([]);

      // ---- published: the open answers appear, without who wrote them ----------------------------------------------
      await li.goto(roundUrl);
      await waitForHydration(li);
      await li.getByRole("button", { name: t("barometer.event.PUBLISH") }).click();
      await waitForBadge(li, t("barometer.status.published"));
      await li.getByRole("link", { name: t("barometer.seeResults") }).click();
      await li.waitForURL(new RegExp(`/barometer/${UUID}/results$`));
      await li.getByText(OPEN_ANSWER).waitFor();
      expect(await li.getByText(INVITEES[0]).count()).toBe(0);
      expect(await axe(li)).toEqual([]);

      // The links no longer take answers.
      await p1.goto(links[0]);
      await p1.getByText(t("barometer.answer.closed")).waitFor();
      expect(await p1.getByRole("button", { name: t("barometer.answer.submit") }).count()).toBe(0);

      expect([...liaisonProblems, ...first.problems, ...second.problems]).toEqual([]);
    },
  );
});
