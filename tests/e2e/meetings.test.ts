// End-to-end in Chromium (production build): the county's liaison creates a monthly English-language introduction
// series on the second Tuesday at 17:00 and invites an association personally and the KOTO unit; the association's
// staff member signs their association up to present at the next meeting; a social worker answers from the link in the
// invitation e-mail without signing in; the liaison records who came to the last meeting and sees the figures. The
// calendar and series pages are axe-clean and the browser reports no errors.
import { TZDate } from "@date-fns/tz";
import type { ParsedMail } from "mailparser";
import { describe, expect, it } from "vitest";
import { en, fi } from "../../app/i18n/messages.server";
import { DEMO_USERS } from "../../prisma/seed";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const ASSOCIATION = "Monikulttuurinen naisyhdistys Sisarukset ry";
const KOTO = "Kotoutumisen sosiaalityö (KOTO)";
const TITLE = "Introduction meetings in English (Co-Act)";
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

describe("a monthly introduction meeting series", () => {
  it(
    "is created by the liaison, presented at by an association, answered by a social worker and its attendance recorded",
    { timeout: 240_000 },
    async () => {
      // The first meeting was last month (so one has been held), the next is still ahead.
      const last = secondTuesday(-1);
      const pad = (n: number) => String(n).padStart(2, "0");
      const firstDate = `${last.getFullYear()}-${pad(last.getMonth() + 1)}-${pad(last.getDate())}`;

      // ---- the liaison creates the series, on a computer whose clock is in UTC ----------------------------------
      const { page: lp, problems: liaisonProblems } = await e2e.openPage({ timezoneId: "UTC" });
      await lp.goto("/login");
      await signIn(lp, liaison.email);
      await lp.waitForURL(`${e2e.app.url}/home`);
      await lp.goto("/meetings");
      await waitForHydration(lp);
      await lp.getByRole("link", { name: fi["meeting.new"] }).click();
      await lp.waitForURL(`${e2e.app.url}/meetings/new`);
      await waitForHydration(lp);
      expect(await axe(lp)).toEqual([]);
      await lp.getByLabel(fi["meeting.organiserUnit"]).selectOption({ label: "Järjestöyhteistyö" });
      await lp.getByLabel(fi["meeting.kindLabel"]).selectOption({ label: fi["meeting.kind.introduction"] });
      await lp.getByLabel(fi["meeting.titleLabel"]).fill(TITLE);
      await lp.getByLabel(fi["meeting.firstDate"]).fill(firstDate);
      await lp.getByLabel(fi["meeting.startTime"]).fill("17:00");
      await lp.getByLabel(fi["meeting.duration"]).selectOption({ label: "30 min" });
      await lp.getByLabel(fi["meeting.pattern"], { exact: true }).selectOption("monthly_weekday");
      await lp.getByLabel(fi["meeting.onlineUrl"]).fill("https://meet.example.org/co-act");
      const languages = lp.getByRole("group", { name: fi["meeting.languages"] });
      await languages.getByLabel("suomi", { exact: true }).uncheck();
      await languages.getByLabel("English (englanti)", { exact: true }).check();
      await lp.getByRole("button", { name: fi["meeting.create"] }).click();
      await lp.waitForURL(new RegExp(`/meetings/${UUID}$`));
      const seriesUrl = lp.url();
      await lp.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      await waitForHydration(lp);

      // Invitations: the association personally, the KOTO unit; then scheduled, which sends them.
      const invite = lp.getByRole("region", { name: fi["meeting.invite"] });
      await invite.getByRole("group", { name: fi["meeting.inviteAssociations"] }).getByLabel(ASSOCIATION).check();
      await invite.getByLabel(fi["meeting.invitePersonally"]).check();
      await invite.getByRole("group", { name: fi["meeting.inviteUnits"] }).getByLabel(KOTO).check();
      await invite.getByRole("button", { name: fi["meeting.addInvitees"] }).click();
      await lp.getByRole("region", { name: fi["meeting.invited"] }).getByText(KOTO).waitFor();
      await lp.getByRole("button", { name: fi["meeting.event.SCHEDULE"] }).click();
      await lp.locator("main h1 + p > .badge").first().filter({ hasText: fi["meeting.status.scheduled"] }).waitFor();

      // Every meeting is a Tuesday, the second of its month, at 17.00 Finnish time, even on a UTC computer.
      const headings = await lp
        .getByRole("region", { name: fi["meeting.occurrences"] })
        .locator("h3")
        .allTextContents();
      expect(headings.length).toBeGreaterThan(3);
      for (const heading of headings) {
        const match = /^ti (\d+)\.(\d+)\.(?:\d{4})? klo 17\.00–17\.30/.exec(heading);
        expect(match, heading).not.toBeNull();
        expect(Number(match![1])).toBeGreaterThanOrEqual(8);
        expect(Number(match![1])).toBeLessThanOrEqual(14);
      }
      expect(headings[0]).toContain(`ti ${last.getDate()}.${last.getMonth() + 1}.`);
      // The personal invitation is listed, not yet answered.
      const invited = lp.getByRole("region", { name: fi["meeting.invited"] });
      await invited.getByText(fi["meeting.personalNotAnswered"]).waitFor();
      expect(await axe(lp)).toEqual([]);

      // ---- the association's staff member (English interface) signs up to present at the next meeting ----------
      const { page: sp, problems: staffProblems } = await e2e.openPage();
      await sp.goto("/login");
      await signIn(sp, staff.email);
      await sp.waitForURL(`${e2e.app.url}/home`);
      await sp.goto("/meetings");
      await waitForHydration(sp);
      expect(await axe(sp)).toEqual([]);
      await sp.getByRole("link", { name: TITLE }).first().click();
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
        .getByText(`Presenting: ${ASSOCIATION}`)
        .waitFor();
      expect(await axe(sp)).toEqual([]);
      // The month view of the calendar, axe-clean too.
      await sp.goto("/meetings?view=month");
      await waitForHydration(sp);
      await sp.getByRole("table").waitFor();
      expect(await axe(sp)).toEqual([]);

      // ---- the social worker answers from the invitation e-mail, without signing in ------------------------------
      const invitation = await mailTo(socialWorker.email, new RegExp(`^Kutsu: ${TITLE.replace(/[()]/g, "\\$&")}$`));
      expect(invitation.attachments.some((a) => a.contentType.startsWith("text/calendar"))).toBe(true);
      const link = /https?:\/\/[^\s]+\/meetings\/rsvp\?token=[\w.-]+/.exec(invitation.text ?? "")![0];
      const { page: wp, problems: workerProblems } = await e2e.openPage();
      await wp.goto(new URL(link).pathname + new URL(link).search);
      await waitForHydration(wp);
      await wp.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      expect(await axe(wp)).toEqual([]);
      await wp
        .getByRole("region", { name: fi["meeting.rsvp.wholeSeries"] })
        .getByRole("button", { name: fi["meeting.answer.yes"] })
        .click();
      await wp.getByRole("status").filter({ hasText: fi["meeting.rsvp.saved"] }).waitFor();
      await wp.getByText(`Vastauksesi: ${fi["meeting.answer.yes"]}`).waitFor();

      // ---- the liaison records who came to last month's meeting, and sees the figures --------------------------
      await lp.reload();
      await waitForHydration(lp);
      const held = lp.locator("li.occurrence").first();
      await held.getByLabel(ASSOCIATION).check();
      await held.getByLabel(KOTO).check();
      await held.getByRole("button", { name: fi["meeting.saveAttendance"] }).click();
      const figures = lp.getByRole("region", { name: fi["meeting.figures"] });
      await figures.locator("dd").nth(2).filter({ hasText: /^2$/ }).waitFor();
      const terms = await figures.locator("dt").allTextContents();
      const values = await figures.locator("dd").allTextContents();
      const shown = Object.fromEntries(terms.map((term, i) => [term, values[i]]));
      expect(shown[fi["meeting.figures.came"]]).toBe("2");
      expect(shown[fi["meeting.figures.answered"]]).toBe("1");
      expect(shown[fi["meeting.figures.firstTime"]]).toBe("1");
      expect(Number(shown[fi["meeting.figures.invited"]])).toBeGreaterThanOrEqual(2);
      expect(await axe(lp)).toEqual([]);
      await lp.goto("/meetings");
      await waitForHydration(lp);
      expect(await axe(lp)).toEqual([]);

      expect([...liaisonProblems, ...staffProblems, ...workerProblems]).toEqual([]);
    },
  );
});
