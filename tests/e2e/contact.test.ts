// End-to-end in Chromium (production build), issue 12 acceptance 5, in Finnish and in Swedish: an association sends an
// invitation with a PDF through /contact; the liaison routes it to the KOTO unit; the unit's social worker answers; the
// association receives the answer by e-mail and reads it through the link in the mail, without signing in. Every page
// axe-clean, no browser errors.
import type { ParsedMail } from "mailparser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { translate, type MessageKey, type MessageParams } from "~/i18n/i18n";
import { en } from "../../app/i18n/messages.server";
import { db } from "~/utils/db.server";
import { DEMO_USERS } from "../../prisma/seed";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const staff = DEMO_USERS.find((u) => u.role === "association_staff")!;
const liaison = DEMO_USERS.find((u) => u.role === "liaison")!;
const socialWorker = DEMO_USERS.find((u) => u.role === "social_worker")!;
const KOTO = "Kotoutumisen sosiaalityö (KOTO)";
// Each language's run sends its own invitation and answer (the other run's request is in the same database).
const INVITATIONS = {
  fi: "Tervetuloa Sisarusten kevätjuhlaan lauantaina 16.5. klo 14 Vaasan kirjastolle!",
  sv: "Välkommen till Sisarukset rf:s vårfest lördagen 16.5 kl. 14 på Vasa bibliotek!",
};
const ANSWERS = {
  fi: "Kiitos kutsusta! Kaksi KOTO-tiimin työntekijää tulee juhlaan.",
  sv: "Tack för inbjudan! Två anställda från KOTO-teamet kommer till festen.",
};
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

const e2e = useE2e();

const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((to) => to?.value.map((a) => a.address) ?? []);

async function mailTo(to: string, subject: RegExp): Promise<ParsedMail> {
  const find = () => e2e.smtp.messages.find((m) => subject.test(m.subject ?? "") && recipients(m).includes(to));
  await expect.poll(() => find()?.subject, { timeout: 20_000, interval: 100 }).toMatch(subject);
  return find()!;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe.each(["fi", "sv"] as const)("the contact point (%s)", (locale) => {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const INVITATION = INVITATIONS[locale];
  const ANSWER = ANSWERS[locale];
  /** A fresh browser profile in the run's language. */
  const openPage = () => e2e.openPage({ locale: `${locale}-FI` });

  async function signedIn(email: string): Promise<{ page: Page; problems: string[] }> {
    const opened = await openPage();
    await opened.page.goto("/login");
    await signIn(opened.page, email, locale);
    await opened.page.waitForURL(`${e2e.app.url}/home`);
    return opened;
  }

  it(
    "takes an association's invitation with a PDF to the right unit and brings the answer back by e-mail",
    { timeout: 240_000 },
    async () => {
      // The liaison and the social worker read the run's language; the association's staff member reads English.
      await db().user.updateMany({ where: { email: { in: [liaison.email, socialWorker.email] } }, data: { locale } });
      await db().user.update({ where: { email: staff.email }, data: { locale: "en" } });

      // ---- the association sends the invitation; its staff member reads the app in English ------------------------
      const sender = await signedIn(staff.email);
      const s = sender.page;
      await s.goto("/contact");
      await s.getByRole("heading", { level: 1, name: en["contact.title"] }).waitFor();
      await waitForHydration(s);
      // Signed in, the sender's details are filled in.
      expect(await s.getByLabel(en["contact.senderEmail"], { exact: true }).inputValue()).toBe(staff.email);
      expect(await s.getByLabel(en["contact.senderName"], { exact: true }).inputValue()).toBe(staff.name);
      expect(await axe(s)).toEqual([]);
      await s.getByLabel(en["contact.kind.invitation"], { exact: true }).check();
      await s
        .getByLabel(en["contact.topic"], { exact: true })
        .selectOption({ label: en["contact.topic.events_and_meetings"] });
      await s.getByLabel(en["contact.message"], { exact: true }).fill(INVITATION);
      await s
        .getByLabel(en["contact.attachments"], { exact: true })
        .setInputFiles({ name: "kevatjuhla.pdf", mimeType: "application/pdf", buffer: PDF });
      await s.getByRole("button", { name: en["contact.send"], exact: true }).click();
      await s.getByRole("heading", { level: 1, name: en["contact.sentTitle"] }).waitFor();
      const confirmation = (await s.getByRole("status").textContent()) ?? "";
      const reference = /YP-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(confirmation)![0];
      expect(await axe(s)).toEqual([]);
      const receipt = await mailTo(
        staff.email,
        new RegExp(`^${escape(translate("en", "contact.email.receipt.subject", { reference }))}$`),
      );
      const link = /https?:\/\/\S+\/contact\/request\?token=[\w-]+/.exec(receipt.text ?? "")![0];

      // ---- the liaison routes it to the KOTO unit ----------------------------------------------------------------
      const coordinator = await signedIn(liaison.email);
      const l = coordinator.page;
      await l.goto("/contact/inbox");
      await waitForHydration(l);
      expect(await axe(l)).toEqual([]);
      await l.getByRole("link", { name: new RegExp(reference) }).click();
      await l.getByRole("heading", { level: 1, name: new RegExp(reference) }).waitFor();
      await waitForHydration(l);
      expect(await l.getByRole("link", { name: "kevatjuhla.pdf" }).getAttribute("href")).toMatch(/\/files\//);
      expect(await axe(l)).toEqual([]);
      await l.getByLabel(t("contact.request.unit"), { exact: true }).selectOption({ label: KOTO });
      await l.getByRole("button", { name: t("contact.request.routeButton"), exact: true }).click();
      await l
        .locator("main h1 + p > .badge")
        .filter({ hasText: t("contact.status.routed") })
        .waitFor();

      // ---- the unit's social worker answers ------------------------------------------------------------------------
      // In the social worker's language.
      await mailTo(
        socialWorker.email,
        new RegExp(`^${escape(t("contact.email.county.routed.subject", { reference }))}$`),
      );
      const worker = await signedIn(socialWorker.email);
      const w = worker.page;
      await w.goto("/contact/inbox");
      await w.getByRole("link", { name: new RegExp(reference) }).click();
      await w.getByRole("heading", { level: 1, name: new RegExp(reference) }).waitFor();
      await waitForHydration(w);
      expect(await w.getByText(INVITATION).count()).toBe(1);
      await w.getByLabel(t("contact.request.answerLabel"), { exact: true }).fill(ANSWER);
      expect(await axe(w)).toEqual([]);
      await w.getByRole("button", { name: t("contact.request.sendAnswer"), exact: true }).click();
      await w
        .locator("main h1 + p > .badge")
        .filter({ hasText: t("contact.status.answered") })
        .waitFor();

      // ---- the association gets the answer by e-mail and reads it through the link ----------------------------------
      // In the sender's language (English, as they wrote), the answer itself as the unit wrote it.
      const answer = await mailTo(
        staff.email,
        new RegExp(`^${escape(translate("en", "contact.email.answer.subject", { reference }))}$`),
      );
      expect(answer.text).toContain(ANSWER);
      expect(/https?:\/\/\S+\/contact\/request\?token=[\w-]+/.exec(answer.text ?? "")![0]).toBe(link);
      const reader = await openPage();
      const r = reader.page;
      await r.goto(new URL(link).pathname + new URL(link).search);
      await r.getByRole("heading", { level: 1, name: t("contact.request.title") }).waitFor();
      await waitForHydration(r);
      expect(await r.getByText(ANSWER).count()).toBe(1);
      expect(await r.getByText(INVITATION).count()).toBe(1);
      expect(await axe(r)).toEqual([]);

      for (const opened of [sender, coordinator, worker, reader]) expect(opened.problems).toEqual([]);
    },
  );
});
