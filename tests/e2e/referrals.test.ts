// End-to-end in Chromium (production build), in Finnish and in Swedish: a social worker finds an Arabic evening
// activity, records consent and refers a client with a pickup; the association accepts, proposes a time and names a
// volunteer; the worker confirms it; the client attends and the referral closes with an outcome — axe-clean,
// error-free, and no client data in any e-mail.
import { TZDate } from "@date-fns/tz";
import type { ParsedMail } from "mailparser";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { translate, type MessageKey, type MessageParams } from "~/i18n/i18n";
import { en } from "../../app/i18n/messages.server";
import { formatDateTime } from "~/utils/dates";
import { languageLabel, languageName, ownLanguageName } from "~/utils/languages";
import { axe, waitForHydration } from "../support/browser";
import { DEMO_USERS } from "../../prisma/seed";
import { db } from "~/utils/db.server";
import { signIn, useE2e } from "../support/e2e";
import { subjectPattern } from "../support/subjects";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const ASSOCIATION = "Monikulttuurinen naisyhdistys Sisarukset ry";
/** The activity's title as each run's pages show it (the seed gives it a Swedish title). */
const ACTIVITIES = { fi: "Naisten iltakahvila", sv: "Kvällskafé för kvinnor" } as const;
const ACTIVITY_EN = "Women's evening café";
const socialWorker = DEMO_USERS.find((u) => u.role === "social_worker")!;
const staff = DEMO_USERS.find((u) => u.role === "association_staff")!;

// The client's personal data, and the pickup volunteer's: none of it may ever appear in an e-mail. Each language's run
// refers its own client.
const CLIENTS = {
  fi: { firstName: "Amira", phone: "+358 40 765 4321", address: "Rantakatu 7 B 14, Vaasa", street: "Rantakatu" },
  sv: { firstName: "Yasmin", phone: "+358 44 987 6543", address: "Strandgatan 3 A 5, Vasa", street: "Strandgatan" },
};
const VOLUNTEERS = {
  fi: { name: "Leila Noutaja", phone: "050 111 2233" },
  sv: { name: "Lina Hämtare", phone: "050 444 5566" },
};

const e2e = useE2e();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The referral's status, the badge under the page's heading; waits until it reads `status`. */
async function waitForStatus(page: Page, status: string) {
  const badge = page.locator("main h1 + p > .badge");
  await badge.filter({ hasText: new RegExp(`^${escape(status)}$`) }).waitFor();
  expect(await badge.textContent()).toBe(status);
}

/** The label → value pairs of a description list inside `scope`. */
async function details(scope: Locator): Promise<Record<string, string>> {
  const terms = await scope.locator("dt").allTextContents();
  const values = await scope.locator("dd").allTextContents();
  expect(values).toHaveLength(terms.length);
  return Object.fromEntries(terms.map((term, i) => [term, values[i]]));
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

const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((to) => to?.value.map((a) => a.address) ?? []);

/** Next Tuesday (not today) at 17:30 on the clocks in Finland. */
function nextTuesdayEvening(): TZDate {
  const today = new TZDate(Date.now(), "Europe/Helsinki");
  const daysAhead = (2 - today.getDay() + 7) % 7 || 7;
  return new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + daysAhead, 17, 30, "Europe/Helsinki");
}

describe.each(["fi", "sv"] as const)("a consented referral from a social worker to an association (%s)", (locale) => {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const CLIENT = CLIENTS[locale];
  const VOLUNTEER = VOLUNTEERS[locale];
  const arabic = languageLabel("ar", locale);
  const ACTIVITY = ACTIVITIES[locale];
  /** A fresh browser profile in the run's language; `timezoneId` is the clock of the computer the person uses. */
  const openPage = (timezoneId: string) => e2e.openPage({ timezoneId, locale: `${locale}-FI` });

  it(
    "goes from search and consent to a confirmed meeting, attendance and an outcome, both sides seeing their part",
    { timeout: 240_000 },
    async () => {
      // The mail of this run: what arrives from here on (the other language's run, in the same file, sent its own).
      const firstMail = e2e.smtp.messages.length;
      const mailOfThisRun = () => e2e.smtp.messages.slice(firstMail);
      /** Waits for the mail to `to` whose subject matches `subject`, as the loopback SMTP server received it. */
      async function mailTo(to: string, subject: RegExp): Promise<ParsedMail> {
        const find = () => mailOfThisRun().find((m) => subject.test(m.subject ?? "") && recipients(m).includes(to));
        await expect.poll(() => find()?.subject, { timeout: 20_000, interval: 100 }).toMatch(subject);
        return find()!;
      }
      // The social worker's account reads the run's language; the staff member's is in English, as the demo's is.
      await db().user.update({ where: { email: socialWorker.email }, data: { locale } });
      await db().user.update({ where: { email: staff.email }, data: { locale: "en" } });

      const meeting = nextTuesdayEvening();
      const pad = (n: number) => String(n).padStart(2, "0");
      const typed = `${meeting.getFullYear()}-${pad(meeting.getMonth() + 1)}-${pad(meeting.getDate())}T17:30`;
      const when = formatDateTime(new Date(meeting.getTime()), locale);
      const shown = `${when} (${t("activity.helsinkiTime")})`;
      if (locale === "fi")
        expect(shown).toBe(
          `${meeting.getDate()}.${meeting.getMonth() + 1}.${meeting.getFullYear()} klo 17.30 (Suomen aikaa)`,
        );
      expect(meeting.getDay()).toBe(2);

      // ---- the social worker, whose computer's clock is in UTC: the times must still read in Finnish time ----------
      const worker = await openPage("UTC");
      const sw = worker.page;
      await sw.goto("/login");
      await signIn(sw, socialWorker.email, locale);
      await sw.waitForURL(`${e2e.app.url}/home`);

      await sw.goto("/directory");
      await waitForHydration(sw);
      const search = sw.getByRole("search", { name: t("directory.searchLabel") });
      await search.getByLabel(t("directory.language"), { exact: true }).selectOption({ label: arabic });
      await search.getByLabel(t("directory.evenings")).check();
      await search.getByRole("button", { name: t("directory.search"), exact: true }).click();
      await sw.waitForURL(
        (url) => url.searchParams.get("language") === "ar" && url.searchParams.get("evenings") === "1",
      );
      const results = sw.getByRole("region", { name: subjectPattern(locale, "directory.resultCount") });
      await results.getByRole("link", { name: ACTIVITY, exact: true }).click();
      await sw.waitForURL(new RegExp(`/directory/activities/${UUID}$`));
      await sw.getByRole("heading", { level: 1, name: ACTIVITY }).waitFor();
      await waitForHydration(sw);

      await sw.getByRole("link", { name: t("activity.refer") }).click();
      await sw.waitForURL(new RegExp(`/referrals/new\\?activityId=${UUID}$`));
      await sw.getByRole("heading", { level: 1, name: t("referral.newTitle") }).waitFor();
      await waitForHydration(sw);
      // The activity chosen in the directory is already filled in.
      const selectedLabel = (label: string) =>
        sw.getByLabel(label, { exact: true }).locator("option:checked").textContent();
      expect(await selectedLabel(t("referral.association"))).toBe(ASSOCIATION);
      expect(await selectedLabel(t("referral.activity"))).toBe(`${ASSOCIATION}: ${ACTIVITY}`);
      expect(await axe(sw)).toEqual([]);

      const client = sw.getByRole("region", { name: t("referral.client") });
      await client.getByLabel(t("referral.item.first_name"), { exact: true }).fill(CLIENT.firstName);
      await client.getByLabel(t("referral.item.phone"), { exact: true }).fill(CLIENT.phone);
      await client
        .getByRole("group", { name: t("referral.item.languages") })
        .getByLabel(arabic, { exact: true })
        .check();
      await client.getByLabel(t("referral.item.address"), { exact: true }).fill(CLIENT.address);

      // What is filled is what is shared: listed back, in words, next to the one consent confirmation.
      const consent = sw.getByRole("region", { name: t("referral.consent") });
      expect(await consent.getByRole("listitem").allTextContents()).toEqual([
        `${t("referral.item.first_name")}: ${CLIENT.firstName}`,
        `${t("referral.item.phone")}: ${CLIENT.phone}`,
        `${t("referral.item.languages")}: ${arabic}`,
        `${t("referral.item.address")}: ${CLIENT.address}`,
      ]);
      await consent.getByLabel(t("referral.method")).selectOption({ label: t("referral.method.oral") });
      await consent.getByLabel(t("referral.interpreterUsed")).check();
      await consent.getByLabel(t("referral.interpreterLanguage")).selectOption({ label: arabic });
      await sw
        .getByRole("region", { name: t("referral.accompaniment") })
        .getByLabel(t("referral.askPickup"))
        .check();

      // Sent without confirming the consent: refused, with the error by that checkbox, and nothing else marked wrong.
      const confirmation = consent.getByRole("checkbox", {
        name: new RegExp(`^${escape(t("consent.confirmed"))}`),
      });
      expect(await confirmation.isChecked()).toBe(false);
      await sw.getByRole("button", { name: t("referral.send") }).click();
      await consent.getByText(t("errors.consentConfirm")).waitFor();
      expect(await confirmation.getAttribute("aria-invalid")).toBe("true");
      expect(await description(confirmation)).toBe(t("errors.consentConfirm"));
      expect(await sw.locator("[aria-invalid=true]").count()).toBe(1);
      expect(new URL(sw.url()).pathname).toBe("/referrals/new");
      // What was typed is still there.
      expect(await client.getByLabel(t("referral.item.first_name"), { exact: true }).inputValue()).toBe(
        CLIENT.firstName,
      );
      expect(await sw.getByLabel(t("referral.askPickup")).isChecked()).toBe(true);
      expect(await axe(sw)).toEqual([]);
      // Chromium itself logs the refused form's 400 answer; that one entry is expected, anything else is not.
      expect(worker.problems).toEqual([
        expect.stringMatching(/^console error: Failed to load resource: .* 400 .*\/referrals\/new\.data(\?[^)]*)?\)$/),
      ]);
      worker.problems.length = 0;

      await confirmation.check();
      await sw.getByRole("button", { name: t("referral.send") }).click();
      await sw.waitForURL(new RegExp(`/referrals/${UUID}$`));
      const referralId = new URL(sw.url()).pathname.split("/").pop()!;
      await sw.getByRole("heading", { level: 1, name: `${t("referral.title")}: ${ACTIVITY}` }).waitFor();
      await waitForStatus(sw, t("referral.status.sent"));
      expect(await axe(sw)).toEqual([]);

      // ---- the association's staff member follows the link in the e-mail, signs in and lands on the referral --------
      const invitation = await mailTo(staff.email, subjectPattern("en", "email.referralForAssociation.new.subject"));
      const link = invitation.text!.match(/https?:\/\/\S+/)?.[0];
      expect(link).toBe(`${e2e.app.url}/referrals/${referralId}`);

      const association = await openPage("Europe/Helsinki");
      const st = association.page;
      await st.goto(link!);
      await st.waitForURL(`${e2e.app.url}/login?redirectTo=${encodeURIComponent(`/referrals/${referralId}`)}`);
      await signIn(st, staff.email, locale);
      await st.waitForURL(`${e2e.app.url}/referrals/${referralId}`);
      // The staff member's account is in English, which the page follows after sign-in; switched to the run's language
      // here (the account keeps it: the later mails to them are in that language).
      await st.getByRole("heading", { level: 1, name: `${en["referral.title"]}: ${ACTIVITY_EN}` }).waitFor();
      await waitForHydration(st);
      await st.getByRole("button", { name: ownLanguageName(locale), exact: true }).click();
      await st.getByRole("heading", { level: 1, name: `${t("referral.title")}: ${ACTIVITY}` }).waitFor();
      await waitForStatus(st, t("referral.status.sent"));
      await waitForHydration(st);

      // Exactly the data the client consented to, and how the consent was given.
      expect(await details(st.getByRole("region", { name: t("referral.client") }))).toEqual({
        [t("referral.item.first_name")]: CLIENT.firstName,
        [t("referral.item.phone")]: CLIENT.phone,
        [t("referral.item.languages")]: arabic,
        [t("referral.item.address")]: CLIENT.address,
      });
      expect(await st.getByRole("region", { name: t("referral.client") }).textContent()).toContain(
        `${t("referral.activity")}: ${ACTIVITY}`,
      );
      expect(await details(st.getByRole("region", { name: t("referral.consent") }))).toMatchObject({
        [t("referral.consentItems")]: (["first_name", "phone", "languages", "address"] as const)
          .map((item) => t(`referral.item.${item}`))
          .join(", "),
        [t("referral.method")]:
          `${t("referral.method.oral")} · ${t("referral.withInterpreter", { language: languageName("ar", locale) })}`,
        [t("referral.consentStatus")]: t("referral.consentStatus.given"),
      });
      const pickup = st.getByRole("region", { name: t("referral.accompaniment") });
      expect((await pickup.locator("p").first().textContent())?.trim()).toBe(
        `${t("referral.pickup")} ${t("accompaniment.status.requested")}`,
      );
      expect(await axe(st)).toEqual([]);

      await st.getByRole("button", { name: t("referral.event.ACCEPT") }).click();
      await waitForStatus(st, t("referral.status.accepted"));
      await st.getByLabel(t("referral.time1"), { exact: true }).fill(typed);
      await st.getByRole("button", { name: t("referral.event.PROPOSE_TIMES") }).click();
      await waitForStatus(st, t("referral.status.meeting_proposed"));
      expect(
        await st
          .getByRole("region", { name: t("referral.proposedTimes") })
          .getByRole("listitem")
          .allTextContents(),
      ).toEqual([expect.stringMatching(new RegExp(`^${escape(shown)}`))]);

      await pickup.getByLabel(t("referral.volunteerName")).fill(VOLUNTEER.name);
      await pickup.getByLabel(t("referral.volunteerPhone")).fill(VOLUNTEER.phone);
      await pickup.getByRole("button", { name: t("accompaniment.event.ASSIGN") }).click();
      await pickup.getByText(`${t("referral.volunteer")}: ${VOLUNTEER.name} ${VOLUNTEER.phone}`).waitFor();
      expect(await pickup.locator(".badge").textContent()).toBe(t("accompaniment.status.assigned"));
      expect(await axe(st)).toEqual([]);

      // ---- the social worker reloads: the proposed time in Finnish time, confirmed with one button --------------------
      await sw.reload();
      await waitForStatus(sw, t("referral.status.meeting_proposed"));
      await waitForHydration(sw);
      const proposed = sw.getByRole("region", { name: t("referral.proposedTimes") }).getByRole("listitem");
      expect(await proposed.count()).toBe(1);
      expect(await proposed.textContent()).toBe(`${shown} ${t("referral.event.CONFIRM_TIME")}`);
      // The button confirms that very moment: 17:30 in Helsinki, not in the browser's UTC.
      expect(await proposed.locator("input[name=at]").inputValue()).toBe(new Date(meeting.getTime()).toISOString());
      // The pickup is arranged, but the volunteer's own contact stays at the association.
      const swPickup = sw.getByRole("region", { name: t("referral.accompaniment") });
      expect(await swPickup.locator(".badge").textContent()).toBe(t("accompaniment.status.assigned"));
      const swMain = (await sw.getByRole("main").textContent())!;
      expect(swMain).not.toContain(VOLUNTEER.name);
      expect(swMain).not.toContain(VOLUNTEER.phone);
      expect(await axe(sw)).toEqual([]);

      await proposed.getByRole("button", { name: t("referral.event.CONFIRM_TIME") }).click();
      await waitForStatus(sw, t("referral.status.meeting_arranged"));
      expect(
        await sw
          .getByRole("region", { name: t("referral.meeting") })
          .locator(".meeting-time")
          .textContent(),
      ).toBe(shown);
      expect(await sw.getByRole("region", { name: t("referral.proposedTimes") }).count()).toBe(0);
      expect(await axe(sw)).toEqual([]);

      // ---- the staff member sees the agreed time, marks the client attended and closes with an outcome ---------------
      await st.reload();
      await waitForStatus(st, t("referral.status.meeting_arranged"));
      await waitForHydration(st);
      expect(
        await st
          .getByRole("region", { name: t("referral.meeting") })
          .locator(".meeting-time")
          .textContent(),
      ).toBe(shown);
      // Whether the client came is asked only from the meeting's start on.
      const attended = st.getByRole("button", { name: t("referral.event.MARK_ATTENDED") });
      expect(await attended.count()).toBe(0);
      // The meeting's time comes (moved to a minute ago, and back once attendance is recorded).
      await db().referral.update({ where: { id: referralId }, data: { meetingAt: new Date(Date.now() - 60_000) } });
      await st.reload();
      await waitForHydration(st);
      await attended.click();
      await waitForStatus(st, t("referral.status.met"));
      await db().referral.update({ where: { id: referralId }, data: { meetingAt: new Date(meeting.getTime()) } });
      const outcome = `${t("referral.outcome")}: ${t("referral.outcome.got_help")}`;
      await st
        .getByLabel(t("referral.outcome"), { exact: true })
        .selectOption({ label: t("referral.outcome.got_help") });
      await st.getByRole("button", { name: t("referral.event.CLOSE") }).click();
      await waitForStatus(st, t("referral.status.closed"));
      await st.getByText(outcome).waitFor();
      await st.getByText(t("referral.noSteps")).waitFor();
      expect(
        await st
          .getByRole("region", { name: t("referral.nextSteps") })
          .getByRole("button")
          .count(),
      ).toBe(0);
      expect(await axe(st)).toEqual([]);

      await st.getByRole("link", { name: t("referral.backToList") }).click();
      await st.waitForURL(`${e2e.app.url}/referrals`);
      await st.getByRole("heading", { level: 1, name: t("referral.listTitle") }).waitFor();
      const stClosed = st.getByRole("region", { name: t("referral.inboxClosed") });
      const stRow = stClosed.getByRole("listitem").filter({ has: st.locator(`a[href="/referrals/${referralId}"]`) });
      expect(await stRow.getByRole("link").textContent()).toBe(`${ACTIVITY} (${ASSOCIATION})`);
      expect(await stRow.locator(".badge").first().textContent()).toBe(t("referral.status.closed"));
      expect(
        await st
          .getByRole("region", { name: t("referral.inboxNew") })
          .getByRole("listitem")
          .count(),
      ).toBe(0);
      expect(await axe(st)).toEqual([]);

      // ---- the social worker sees the end too, on the referral and in the list ---------------------------------------
      await sw.reload();
      await waitForStatus(sw, t("referral.status.closed"));
      await sw.getByText(outcome).waitFor();
      expect(
        await sw
          .getByRole("region", { name: t("referral.meeting") })
          .locator(".meeting-time")
          .textContent(),
      ).toBe(shown);
      expect(await axe(sw)).toEqual([]);
      await sw.goto("/referrals");
      await sw.getByRole("heading", { level: 1, name: t("referral.listTitle") }).waitFor();
      const swClosed = sw.getByRole("region", { name: t("referral.inboxClosed") });
      const row = swClosed.getByRole("listitem").filter({ has: sw.locator(`a[href="/referrals/${referralId}"]`) });
      expect(await row.locator(".badge").first().textContent()).toBe(t("referral.status.closed"));
      expect(await row.textContent()).toContain(`${t("referral.meeting")}: ${when}`);
      // The list itself carries no client personal data.
      expect(await sw.getByRole("main").textContent()).not.toContain(CLIENT.firstName);
      expect(await axe(sw)).toEqual([]);

      // ---- the e-mails: each side told what needs attention, with a link, and never the client's data ----------------
      // Each in its reader's language: the invitation in English (the staff member's language then), the rest in the
      // run's language.
      await mailTo(socialWorker.email, subjectPattern(locale, "email.referralForCounty.attended.subject"));
      await expect.poll(() => mailOfThisRun().length, { timeout: 20_000, interval: 100 }).toBeGreaterThanOrEqual(6);
      const reference = referralId.slice(0, 8);
      const activity = `${ACTIVITY} (${ASSOCIATION})`;
      const newSubject = translate("en", "email.referralForAssociation.new.subject", {
        reference,
        activity: `${ACTIVITY_EN} (${ASSOCIATION})`,
        deadline: "\u0000",
      });
      const sentMail = mailOfThisRun().map((m) => ({ to: recipients(m), subject: m.subject }));
      expect(sentMail).toEqual(
        expect.arrayContaining([
          {
            to: [staff.email],
            subject: expect.stringMatching(new RegExp(`^${escape(newSubject).replace("\u0000", ".+")}$`)),
          },
          {
            to: [socialWorker.email],
            subject: t("email.referralForCounty.accepted.subject", { reference, activity }),
          },
          {
            to: [socialWorker.email],
            subject: t("email.referralForCounty.times_proposed.subject", { reference, activity }),
          },
          // The agreed time reaches both sides, in the subject and as a calendar entry.
          {
            to: [staff.email],
            subject: t("email.referralForAssociation.meeting.subject", { reference, activity, meetingAt: shown }),
          },
          {
            to: [socialWorker.email],
            subject: t("email.referralForCounty.meeting.subject", { reference, activity, meetingAt: shown }),
          },
          {
            to: [socialWorker.email],
            subject: t("email.referralForCounty.attended.subject", { reference, activity }),
          },
        ]),
      );
      expect(sentMail).toHaveLength(6);
      // A phone number in any spacing, with or without the country code: its national digits must not appear.
      const squeezed = (s: string) => s.replace(/[\s().-]/g, "");
      const nationalDigits = (phone: string) => phone.replace(/\D/g, "").replace(/^358/, "").replace(/^0/, "");
      for (const mail of mailOfThisRun()) {
        const whole = `${mail.subject}\n${mail.text}\n${mail.html}`;
        expect(whole, mail.subject).toContain(`${e2e.app.url}/referrals/${referralId}`);
        for (const secret of [
          CLIENT.firstName,
          CLIENT.address,
          CLIENT.street,
          CLIENT.phone,
          VOLUNTEER.name,
          VOLUNTEER.phone,
        ]) {
          expect(whole, `${mail.subject} contains ${secret}`).not.toContain(secret);
        }
        for (const phone of [CLIENT.phone, VOLUNTEER.phone])
          expect(squeezed(whole), mail.subject).not.toContain(nationalDigits(phone));
      }

      expect(worker.problems).toEqual([]);
      expect(association.problems).toEqual([]);
    },
  );
});
