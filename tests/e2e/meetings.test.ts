// End-to-end in Chromium (production build), in Finnish and in Swedish: the county's liaison creates a monthly
// English-language introduction series on the second Tuesday at 17:00 and invites an association personally and the
// KOTO unit; the association's staff member signs their association up to present at the next meeting; a social worker
// answers from the link in the invitation e-mail without signing in; the liaison records who came to the last meeting
// and sees the figures. The calendar and series pages are axe-clean and the browser reports no errors.
import { TZDate } from "@date-fns/tz";
import type { ParsedMail } from "mailparser";
import { describe, expect, it } from "vitest";
import { translate, type MessageKey, type MessageParams } from "~/i18n/i18n";
import { en } from "../../app/i18n/messages.server";
import { db } from "~/utils/db.server";
import { formatMeetingTime, formatTime } from "~/utils/dates";
import { languageLabel } from "~/utils/languages";
import { DEMO_USERS } from "../../prisma/seed";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const ASSOCIATION = "Monikulttuurinen naisyhdistys Sisarukset ry";
const KOTO = "Kotoutumisen sosiaalityö (KOTO)";
// Each language's run creates its own series (the other run's is in the same database).
const TITLES = { fi: "Introduction meetings in English (Co-Act)", sv: "Introduction meetings in English (Co-Act, sv)" };
const liaison = DEMO_USERS.find((u) => u.role === "liaison")!;
const staff = DEMO_USERS.find((u) => u.role === "association_staff")!;
const socialWorker = DEMO_USERS.find((u) => u.role === "social_worker")!;

const e2e = useE2e();

/** The second Tuesday of the month `monthsAhead` from this one, on the calendar in Finland. */
function secondTuesday(monthsAhead: number): TZDate {
  const today = new TZDate(Date.now(), "Europe/Helsinki");
  const first = new TZDate(today.getFullYear(), today.getMonth() + monthsAhead, 1, 17, 0, "Europe/Helsinki");
  const offset = (2 - first.getDay() + 7) % 7;
  return new TZDate(first.getFullYear(), first.getMonth(), 1 + offset + 7, 17, 0, "Europe/Helsinki");
}

const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((to) => to?.value.map((a) => a.address) ?? []);

async function mailTo(to: string, subject: RegExp): Promise<ParsedMail> {
  const find = () => e2e.smtp.messages.find((m) => subject.test(m.subject ?? "") && recipients(m).includes(to));
  await expect.poll(() => find()?.subject, { timeout: 20_000, interval: 100 }).toMatch(subject);
  return find()!;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe.each(["fi", "sv"] as const)("a monthly introduction meeting series (%s)", (locale) => {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const TITLE = TITLES[locale];
  /** A fresh browser profile in the run's language. */
  const openPage = (options: { timezoneId?: string } = {}) => e2e.openPage({ ...options, locale: `${locale}-FI` });

  it(
    "is created by the liaison, presented at by an association, answered by a social worker and its attendance recorded",
    { timeout: 240_000 },
    async () => {
      // The first meeting was last month (so one has been held), the next is still ahead.
      const last = secondTuesday(-1);
      const pad = (n: number) => String(n).padStart(2, "0");
      const firstDate = `${last.getFullYear()}-${pad(last.getMonth() + 1)}-${pad(last.getDate())}`;
      // The liaison and the social worker read the run's language; the staff member's account is in English.
      await db().user.updateMany({ where: { email: { in: [liaison.email, socialWorker.email] } }, data: { locale } });
      await db().user.update({ where: { email: staff.email }, data: { locale: "en" } });

      // ---- the liaison creates the series, on a computer whose clock is in UTC ----------------------------------
      const { page: lp, problems: liaisonProblems } = await openPage({ timezoneId: "UTC" });
      await lp.goto("/login");
      await signIn(lp, liaison.email, locale);
      await lp.waitForURL(`${e2e.app.url}/home`);
      await lp.goto("/meetings");
      await waitForHydration(lp);
      await lp.getByRole("link", { name: t("meeting.new") }).click();
      await lp.waitForURL(`${e2e.app.url}/meetings/new`);
      await waitForHydration(lp);
      expect(await axe(lp)).toEqual([]);
      await lp.getByLabel(t("meeting.organiserUnit")).selectOption({ label: "Järjestöyhteistyö" });
      await lp.getByLabel(t("meeting.kindLabel")).selectOption({ label: t("meeting.kind.introduction") });
      await lp.getByLabel(t("meeting.titleLabel")).fill(TITLE);
      await lp.getByLabel(t("meeting.firstDate")).fill(firstDate);
      await lp.getByLabel(t("meeting.startTime")).fill("17:00");
      await lp.getByLabel(t("meeting.duration")).selectOption({ label: t("meeting.minutes", { minutes: 30 }) });
      await lp.getByLabel(t("meeting.pattern"), { exact: true }).selectOption("monthly_weekday");
      await lp.getByLabel(t("meeting.onlineUrl")).fill("https://meet.example.org/co-act");
      const languages = lp.getByRole("group", { name: t("meeting.languages") });
      await languages.getByLabel(languageLabel("fi", locale), { exact: true }).uncheck();
      await languages.getByLabel(languageLabel("en", locale), { exact: true }).check();
      await lp.getByRole("button", { name: t("meeting.create") }).click();
      await lp.waitForURL(new RegExp(`/meetings/${UUID}$`));
      const seriesUrl = lp.url();
      await lp.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      await waitForHydration(lp);

      // Invitations: the association personally, the KOTO unit; then scheduled, which sends them.
      const invite = lp.getByRole("region", { name: t("meeting.invite") });
      await invite
        .getByRole("group", { name: t("meeting.inviteAssociations") })
        .getByLabel(ASSOCIATION)
        .check();
      await invite.getByLabel(t("meeting.invitePersonally")).check();
      await invite
        .getByRole("group", { name: t("meeting.inviteUnits") })
        .getByLabel(KOTO)
        .check();
      await invite.getByRole("button", { name: t("meeting.addInvitees") }).click();
      await lp
        .getByRole("region", { name: t("meeting.invited") })
        .getByText(KOTO)
        .waitFor();
      await lp.getByRole("button", { name: t("meeting.event.SCHEDULE") }).click();
      await lp
        .locator("main h1 + p > .badge")
        .first()
        .filter({ hasText: t("meeting.status.scheduled") })
        .waitFor();

      // Every meeting is a Tuesday, the second of its month, at 17.00 Finnish time, even on a UTC computer: month by
      // month from the first one, as the run's language writes a meeting's time.
      const headings = await lp
        .getByRole("region", { name: t("meeting.occurrences") })
        .locator("h3")
        .allTextContents();
      expect(headings.length).toBeGreaterThan(3);
      expect(headings).toEqual(
        headings.map((_, i) => {
          const start = secondTuesday(i - 1);
          return `${formatMeetingTime(start, locale)}–${formatTime(new Date(start.getTime() + 30 * 60_000), locale)}`;
        }),
      );
      if (locale === "fi")
        for (const heading of headings) {
          const match = /^ti (\d+)\.(\d+)\.(?:\d{4})? klo 17\.00–17\.30$/.exec(heading);
          expect(match, heading).not.toBeNull();
          expect(Number(match![1])).toBeGreaterThanOrEqual(8);
          expect(Number(match![1])).toBeLessThanOrEqual(14);
        }
      expect(headings[0]).toContain(formatMeetingTime(last, locale));
      // The personal invitation is listed, not yet answered.
      const invited = lp.getByRole("region", { name: t("meeting.invited") });
      await invited.getByText(t("meeting.personalNotAnswered")).waitFor();
      expect(await axe(lp)).toEqual([]);

      // ---- the association's staff member (English interface) signs up to present at the next meeting ----------
      const { page: sp, problems: staffProblems } = await openPage();
      await sp.goto("/login");
      await signIn(sp, staff.email, locale);
      await sp.waitForURL(`${e2e.app.url}/home`);
      await sp.goto("/meetings");
      await waitForHydration(sp);
      expect(await axe(sp)).toEqual([]);
      await sp.getByRole("link", { name: TITLE, exact: true }).first().click();
      await sp.waitForURL(seriesUrl);
      await waitForHydration(sp);
      const upcoming = sp
        .locator("li.occurrence")
        .filter({ has: sp.getByRole("button", { name: en["meeting.signUpToPresent"] }) });
      const next = upcoming.first();
      const nextHeading = await next.locator("h3").textContent();
      await next.getByLabel(en["meeting.presentingAssociation"]).selectOption({ label: ASSOCIATION });
      await next.getByRole("button", { name: en["meeting.signUpToPresent"] }).click();
      await sp
        .locator("li.occurrence")
        .filter({ hasText: nextHeading! })
        .getByText(en["meeting.presenter"].replace("{name}", ASSOCIATION))
        .waitFor();
      expect(await axe(sp)).toEqual([]);
      // The month view of the calendar, axe-clean too.
      await sp.goto("/meetings?view=month");
      await waitForHydration(sp);
      await sp.getByRole("table").waitFor();
      expect(await axe(sp)).toEqual([]);

      // ---- the social worker answers from the invitation e-mail, without signing in ------------------------------
      // In the social worker's language.
      const invitation = await mailTo(
        socialWorker.email,
        new RegExp(`^${escape(t("meeting.email.invitation.subject", { title: TITLE }))}$`),
      );
      expect(invitation.attachments.some((a) => a.contentType.startsWith("text/calendar"))).toBe(true);
      const link = /https?:\/\/[^\s]+\/meetings\/rsvp\?token=[\w.-]+/.exec(invitation.text ?? "")![0];
      const { page: wp, problems: workerProblems } = await openPage();
      await wp.goto(new URL(link).pathname + new URL(link).search);
      await waitForHydration(wp);
      await wp.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      expect(await axe(wp)).toEqual([]);
      await wp
        .getByRole("region", { name: t("meeting.rsvp.wholeSeries") })
        .getByRole("button", { name: t("meeting.answer.yes"), exact: true })
        .click();
      await wp
        .getByRole("status")
        .filter({ hasText: t("meeting.rsvp.saved") })
        .waitFor();
      await wp.getByText(t("meeting.rsvp.answered", { answer: t("meeting.answer.yes") }), { exact: true }).waitFor();

      // ---- the liaison records who came to last month's meeting, and sees the figures --------------------------
      await lp.reload();
      await waitForHydration(lp);
      const held = lp.locator("li.occurrence").first();
      await held.getByLabel(ASSOCIATION).check();
      await held.getByLabel(KOTO).check();
      await held.getByRole("button", { name: t("meeting.saveAttendance") }).click();
      const figures = lp.getByRole("region", { name: t("meeting.figures") });
      await figures.locator("dd").nth(2).filter({ hasText: /^2$/ }).waitFor();
      const terms = await figures.locator("dt").allTextContents();
      const values = await figures.locator("dd").allTextContents();
      const shown = Object.fromEntries(terms.map((term, i) => [term, values[i]]));
      expect(shown[t("meeting.figures.came")]).toBe("2");
      expect(shown[t("meeting.figures.answered")]).toBe("1");
      // First time: no attendance before this meeting (the other run's series met at the same hour, not before it).
      expect(shown[t("meeting.figures.firstTime")]).toBe("1");
      expect(Number(shown[t("meeting.figures.invited")])).toBeGreaterThanOrEqual(2);
      expect(await axe(lp)).toEqual([]);
      await lp.goto("/meetings");
      await waitForHydration(lp);
      expect(await axe(lp)).toEqual([]);

      expect([...liaisonProblems, ...staffProblems, ...workerProblems]).toEqual([]);
    },
  );
});
