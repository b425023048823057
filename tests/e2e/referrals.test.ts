// End-to-end in Chromium (production build): a social worker finds an Arabic evening activity, records consent and refers a client with a pickup; the association accepts, proposes a time and names a volunteer; the worker confirms it; the client attends and the referral closes with an outcome — axe-clean, error-free, and no client data in any e-mail.
import { TZDate } from "@date-fns/tz";
import type { ParsedMail } from "mailparser";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fi } from "../../app/i18n/messages.server";
import { axe, waitForHydration } from "../support/browser";
import { DEMO_USERS } from "../../prisma/seed";
import { db } from "~/utils/db.server";
import { signIn, useE2e } from "../support/e2e";
import { subjectPattern } from "../support/subjects";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const ASSOCIATION = "Monikulttuurinen naisyhdistys Sisarukset ry";
const ACTIVITY = "Naisten iltakahvila";
const socialWorker = DEMO_USERS.find((u) => u.role === "social_worker")!;
const staff = DEMO_USERS.find((u) => u.role === "association_staff")!;

// The client's personal data, and the pickup volunteer's: none of it may ever appear in an e-mail.
const CLIENT = { firstName: "Amira", phone: "+358 40 765 4321", address: "Rantakatu 7 B 14, Vaasa" };
const VOLUNTEER = { name: "Leila Noutaja", phone: "050 111 2233" };

const e2e = useE2e();
/** A fresh Finnish browser profile; `timezoneId` is the clock of the computer the person uses. */
const openPage = (timezoneId: string) => e2e.openPage({ timezoneId });

/** The referral's status, the badge under the page's heading; waits until it reads `status`. */
async function waitForStatus(page: Page, status: string) {
  const badge = page.locator("main h1 + p > .badge");
  await badge.filter({ hasText: new RegExp(`^${status}$`) }).waitFor();
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

/** Waits for the mail to `to` whose subject matches `subject`, as the loopback SMTP server received it. */
async function mailTo(to: string, subject: RegExp): Promise<ParsedMail> {
  const find = () => e2e.smtp.messages.find((m) => subject.test(m.subject ?? "") && recipients(m).includes(to));
  await expect.poll(() => find()?.subject, { timeout: 20_000, interval: 100 }).toMatch(subject);
  return find()!;
}

/** Next Tuesday (not today) at 17:30 on the clocks in Finland. */
function nextTuesdayEvening(): TZDate {
  const today = new TZDate(Date.now(), "Europe/Helsinki");
  const daysAhead = (2 - today.getDay() + 7) % 7 || 7;
  return new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + daysAhead, 17, 30, "Europe/Helsinki");
}

describe("a consented referral from a social worker to an association", () => {
  it(
    "goes from search and consent to a confirmed meeting, attendance and an outcome, both sides seeing their part",
    { timeout: 240_000 },
    async () => {
      const meeting = nextTuesdayEvening();
      const pad = (n: number) => String(n).padStart(2, "0");
      const typed = `${meeting.getFullYear()}-${pad(meeting.getMonth() + 1)}-${pad(meeting.getDate())}T17:30`;
      const shown = `${meeting.getDate()}.${meeting.getMonth() + 1}.${meeting.getFullYear()} klo 17.30 (Suomen aikaa)`;
      expect(meeting.getDay()).toBe(2);

      // ---- the social worker, whose computer's clock is in UTC: the times must still read in Finnish time ----------
      const worker = await openPage("UTC");
      const sw = worker.page;
      await sw.goto("/login");
      await signIn(sw, socialWorker.email);
      await sw.waitForURL(`${e2e.app.url}/home`);

      await sw.goto("/directory");
      await waitForHydration(sw);
      const search = sw.getByRole("search", { name: "Hae toimintaa" });
      await search.getByLabel("Kieli", { exact: true }).selectOption({ label: "العربية (arabia)" });
      await search.getByLabel("Arki-iltaisin (ma–pe klo 17 jälkeen)").check();
      await search.getByRole("button", { name: "Hae", exact: true }).click();
      await sw.waitForURL(
        (url) => url.searchParams.get("language") === "ar" && url.searchParams.get("evenings") === "1",
      );
      const results = sw.getByRole("region", { name: /toimintaa$/ });
      await results.getByRole("link", { name: ACTIVITY, exact: true }).click();
      await sw.waitForURL(new RegExp(`/directory/activities/${UUID}$`));
      await sw.getByRole("heading", { level: 1, name: ACTIVITY }).waitFor();
      await waitForHydration(sw);

      await sw.getByRole("link", { name: fi["activity.refer"] }).click();
      await sw.waitForURL(new RegExp(`/referrals/new\\?activityId=${UUID}$`));
      await sw.getByRole("heading", { level: 1, name: "Uusi ohjaus" }).waitFor();
      await waitForHydration(sw);
      // The activity chosen in the directory is already filled in.
      const selectedLabel = (label: string) =>
        sw.getByLabel(label, { exact: true }).locator("option:checked").textContent();
      expect(await selectedLabel("Järjestö")).toBe(ASSOCIATION);
      expect(await selectedLabel("Toiminta")).toBe(`${ASSOCIATION}: ${ACTIVITY}`);
      expect(await axe(sw)).toEqual([]);

      const client = sw.getByRole("region", { name: "Asiakkaan tiedot" });
      await client.getByLabel("Etunimi", { exact: true }).fill(CLIENT.firstName);
      await client.getByLabel("Puhelinnumero", { exact: true }).fill(CLIENT.phone);
      await client
        .getByRole("group", { name: fi["referral.item.languages"] })
        .getByLabel("العربية (arabia)", { exact: true })
        .check();
      await client.getByLabel(fi["referral.item.address"], { exact: true }).fill(CLIENT.address);

      // What is filled is what is shared: listed back, in words, next to the one consent confirmation.
      const consent = sw.getByRole("region", { name: "Suostumus" });
      expect(await consent.getByRole("listitem").allTextContents()).toEqual([
        `Etunimi: ${CLIENT.firstName}`,
        `Puhelinnumero: ${CLIENT.phone}`,
        `${fi["referral.item.languages"]}: العربية (arabia)`,
        `${fi["referral.item.address"]}: ${CLIENT.address}`,
      ]);
      await consent.getByLabel("Miten suostumus annettiin").selectOption({ label: "Suullisesti" });
      await consent.getByLabel("Tulkki oli mukana").check();
      await consent.getByLabel("Tulkkauksen kieli").selectOption({ label: "العربية (arabia)" });
      await sw.getByRole("region", { name: fi["referral.accompaniment"] }).getByLabel(fi["referral.askPickup"]).check();

      // Sent without confirming the consent: refused, with the error by that checkbox, and nothing else marked wrong.
      const confirmation = consent.getByRole("checkbox", { name: /^Asiakas on nähnyt suostumustekstin/ });
      expect(await confirmation.isChecked()).toBe(false);
      await sw.getByRole("button", { name: "Lähetä ohjaus" }).click();
      await consent.getByText(fi["errors.consentConfirm"]).waitFor();
      expect(await confirmation.getAttribute("aria-invalid")).toBe("true");
      expect(await description(confirmation)).toBe(fi["errors.consentConfirm"]);
      expect(await sw.locator("[aria-invalid=true]").count()).toBe(1);
      expect(new URL(sw.url()).pathname).toBe("/referrals/new");
      // What was typed is still there.
      expect(await client.getByLabel("Etunimi", { exact: true }).inputValue()).toBe(CLIENT.firstName);
      expect(await sw.getByLabel(fi["referral.askPickup"]).isChecked()).toBe(true);
      expect(await axe(sw)).toEqual([]);
      // Chromium itself logs the refused form's 400 answer; that one entry is expected, anything else is not.
      expect(worker.problems).toEqual([
        expect.stringMatching(/^console error: Failed to load resource: .* 400 .*\/referrals\/new\.data(\?[^)]*)?\)$/),
      ]);
      worker.problems.length = 0;

      await confirmation.check();
      await sw.getByRole("button", { name: "Lähetä ohjaus" }).click();
      await sw.waitForURL(new RegExp(`/referrals/${UUID}$`));
      const referralId = new URL(sw.url()).pathname.split("/").pop()!;
      await sw.getByRole("heading", { level: 1, name: `Ohjaus: ${ACTIVITY}` }).waitFor();
      await waitForStatus(sw, "Lähetetty");
      expect(await axe(sw)).toEqual([]);

      // ---- the association's staff member follows the link in the e-mail, signs in and lands on the referral --------
      const invitation = await mailTo(staff.email, subjectPattern("en", "email.referralForAssociation.new.subject"));
      const link = invitation.text!.match(/https?:\/\/\S+/)?.[0];
      expect(link).toBe(`${e2e.app.url}/referrals/${referralId}`);

      const association = await openPage("Europe/Helsinki");
      const st = association.page;
      await st.goto(link!);
      await st.waitForURL(`${e2e.app.url}/login?redirectTo=${encodeURIComponent(`/referrals/${referralId}`)}`);
      await signIn(st, staff.email);
      await st.waitForURL(`${e2e.app.url}/referrals/${referralId}`);
      // The staff member's account is in English, which the page follows after sign-in; switched to Finnish here
      // (the account keeps it: the later mails to them are in Finnish).
      await st.getByRole("heading", { level: 1, name: `Referral: Women's evening café` }).waitFor();
      await waitForHydration(st);
      await st.getByRole("button", { name: "suomi" }).click();
      await st.getByRole("heading", { level: 1, name: `Ohjaus: ${ACTIVITY}` }).waitFor();
      await waitForStatus(st, "Lähetetty");
      await waitForHydration(st);

      // Exactly the data the client consented to, and how the consent was given.
      expect(await details(st.getByRole("region", { name: "Asiakkaan tiedot" }))).toEqual({
        Etunimi: CLIENT.firstName,
        Puhelinnumero: CLIENT.phone,
        [fi["referral.item.languages"]]: "العربية (arabia)",
        [fi["referral.item.address"]]: CLIENT.address,
      });
      expect(await st.getByRole("region", { name: "Asiakkaan tiedot" }).textContent()).toContain(
        `Toiminta: ${ACTIVITY}`,
      );
      expect(await details(st.getByRole("region", { name: "Suostumus" }))).toMatchObject({
        [fi["referral.consentItems"]]: "Etunimi, Puhelinnumero, Kielet, joilla asiakas asioi, Osoite noutoa varten",
        "Miten suostumus annettiin": "Suullisesti · tulkin kanssa (arabia)",
        "Suostumuksen tila": "Voimassa",
      });
      const pickup = st.getByRole("region", { name: fi["referral.accompaniment"] });
      expect((await pickup.locator("p").first().textContent())?.trim()).toBe("Nouto kotoa Saattajaa pyydetty");
      expect(await axe(st)).toEqual([]);

      await st.getByRole("button", { name: "Hyväksy ohjaus" }).click();
      await waitForStatus(st, "Hyväksytty");
      await st.getByLabel("Ehdotus 1", { exact: true }).fill(typed);
      await st.getByRole("button", { name: "Ehdota aikoja" }).click();
      await waitForStatus(st, "Aikoja ehdotettu");
      expect(await st.getByRole("region", { name: "Ehdotetut ajat" }).getByRole("listitem").allTextContents()).toEqual([
        expect.stringMatching(new RegExp(`^${shown.replace(/[.()]/g, "\\$&")}`)),
      ]);

      await pickup.getByLabel("Vapaaehtoisen nimi").fill(VOLUNTEER.name);
      await pickup.getByLabel(fi["referral.volunteerPhone"]).fill(VOLUNTEER.phone);
      await pickup.getByRole("button", { name: "Tallenna vapaaehtoinen" }).click();
      await pickup.getByText(`Vapaaehtoinen: ${VOLUNTEER.name} ${VOLUNTEER.phone}`).waitFor();
      expect(await pickup.locator(".badge").textContent()).toBe("Saattaja nimetty");
      expect(await axe(st)).toEqual([]);

      // ---- the social worker reloads: the proposed time in Finnish time, confirmed with one button --------------------
      await sw.reload();
      await waitForStatus(sw, "Aikoja ehdotettu");
      await waitForHydration(sw);
      const proposed = sw.getByRole("region", { name: "Ehdotetut ajat" }).getByRole("listitem");
      expect(await proposed.count()).toBe(1);
      expect(await proposed.textContent()).toBe(`${shown} Vahvista tämä aika`);
      // The button confirms that very moment: 17:30 in Helsinki, not in the browser's UTC.
      expect(await proposed.locator("input[name=at]").inputValue()).toBe(new Date(meeting.getTime()).toISOString());
      // The pickup is arranged, but the volunteer's own contact stays at the association.
      const swPickup = sw.getByRole("region", { name: fi["referral.accompaniment"] });
      expect(await swPickup.locator(".badge").textContent()).toBe("Saattaja nimetty");
      const swMain = (await sw.getByRole("main").textContent())!;
      expect(swMain).not.toContain(VOLUNTEER.name);
      expect(swMain).not.toContain(VOLUNTEER.phone);
      expect(await axe(sw)).toEqual([]);

      await proposed.getByRole("button", { name: "Vahvista tämä aika" }).click();
      await waitForStatus(sw, "Tapaaminen sovittu");
      expect(await sw.getByRole("region", { name: "Ensitapaaminen" }).locator(".meeting-time").textContent()).toBe(
        shown,
      );
      expect(await sw.getByRole("region", { name: "Ehdotetut ajat" }).count()).toBe(0);
      expect(await axe(sw)).toEqual([]);

      // ---- the staff member sees the agreed time, marks the client attended and closes with an outcome ---------------
      await st.reload();
      await waitForStatus(st, "Tapaaminen sovittu");
      await waitForHydration(st);
      expect(await st.getByRole("region", { name: "Ensitapaaminen" }).locator(".meeting-time").textContent()).toBe(
        shown,
      );
      // Whether the client came is asked only from the meeting's start on.
      const attended = st.getByRole("button", { name: "Asiakas tuli tapaamiseen" });
      expect(await attended.count()).toBe(0);
      // The meeting's time comes (moved to a minute ago, and back once attendance is recorded).
      await db().referral.update({ where: { id: referralId }, data: { meetingAt: new Date(Date.now() - 60_000) } });
      await st.reload();
      await waitForHydration(st);
      await attended.click();
      await waitForStatus(st, "Tavattu");
      await db().referral.update({ where: { id: referralId }, data: { meetingAt: new Date(meeting.getTime()) } });
      await st.getByLabel("Lopputulos", { exact: true }).selectOption({ label: "Asiakas sai apua" });
      await st.getByRole("button", { name: "Päätä ohjaus" }).click();
      await waitForStatus(st, "Päättynyt");
      await st.getByText("Lopputulos: Asiakas sai apua").waitFor();
      await st.getByText(fi["referral.noSteps"]).waitFor();
      expect(await st.getByRole("region", { name: "Seuraavat vaiheet" }).getByRole("button").count()).toBe(0);
      expect(await axe(st)).toEqual([]);

      await st.getByRole("link", { name: fi["referral.backToList"] }).click();
      await st.waitForURL(`${e2e.app.url}/referrals`);
      await st.getByRole("heading", { level: 1, name: "Ohjaukset" }).waitFor();
      const stClosed = st.getByRole("region", { name: "Päättyneet" });
      expect(await stClosed.getByRole("link", { name: ASSOCIATION }).getAttribute("href")).toBe(
        `/referrals/${referralId}`,
      );
      expect(await stClosed.locator(".badge").first().textContent()).toBe("Päättynyt");
      expect(await st.getByRole("region", { name: "Uudet" }).getByRole("listitem").count()).toBe(0);
      expect(await axe(st)).toEqual([]);

      // ---- the social worker sees the end too, on the referral and in the list ---------------------------------------
      await sw.reload();
      await waitForStatus(sw, "Päättynyt");
      await sw.getByText("Lopputulos: Asiakas sai apua").waitFor();
      expect(await sw.getByRole("region", { name: "Ensitapaaminen" }).locator(".meeting-time").textContent()).toBe(
        shown,
      );
      expect(await axe(sw)).toEqual([]);
      await sw.goto("/referrals");
      await sw.getByRole("heading", { level: 1, name: "Ohjaukset" }).waitFor();
      const swClosed = sw.getByRole("region", { name: "Päättyneet" });
      const row = swClosed.getByRole("listitem").filter({ has: sw.locator(`a[href="/referrals/${referralId}"]`) });
      expect(await row.locator(".badge").first().textContent()).toBe("Päättynyt");
      expect(await row.textContent()).toContain(`Ensitapaaminen: ${shown.replace(" (Suomen aikaa)", "")}`);
      // The list itself carries no client personal data.
      expect(await sw.getByRole("main").textContent()).not.toContain(CLIENT.firstName);
      expect(await axe(sw)).toEqual([]);

      // ---- the e-mails: each side told what needs attention, with a link, and never the client's data ----------------
      await mailTo(socialWorker.email, subjectPattern("fi", "email.referralForCounty.attended.subject"));
      await e2e.smtp.waitFor(6);
      const reference = referralId.slice(0, 8);
      const when = shown.replace(" (Suomen aikaa)", "");
      const sentMail = e2e.smtp.messages.map((m) => ({ to: recipients(m), subject: m.subject }));
      expect(sentMail).toEqual(
        expect.arrayContaining([
          {
            to: [staff.email],
            subject: expect.stringMatching(
              new RegExp(`^New referral ${reference}: Women's evening café \\(${ASSOCIATION}\\) – answer by `),
            ),
          },
          { to: [socialWorker.email], subject: `Hyväksytty ${reference}: ${ACTIVITY} (${ASSOCIATION})` },
          {
            to: [socialWorker.email],
            subject: `Aikoja ehdotettu ${reference}: ${ACTIVITY} (${ASSOCIATION}) – valitse yksi`,
          },
          // The agreed time reaches both sides, in the subject and as a calendar entry.
          ...[staff.email, socialWorker.email].map((to) => ({
            to: [to],
            subject: `Ensitapaaminen ${reference}: ${ACTIVITY} (${ASSOCIATION}), ${when} (Suomen aikaa)`,
          })),
          { to: [socialWorker.email], subject: `Asiakas tuli ${reference}: ${ACTIVITY} (${ASSOCIATION})` },
        ]),
      );
      expect(sentMail).toHaveLength(6);
      // A phone number in any spacing, with or without the country code: its national digits must not appear.
      const squeezed = (s: string) => s.replace(/[\s().-]/g, "");
      const nationalDigits = (phone: string) => phone.replace(/\D/g, "").replace(/^358/, "").replace(/^0/, "");
      for (const mail of e2e.smtp.messages) {
        const whole = `${mail.subject}\n${mail.text}\n${mail.html}`;
        expect(whole, mail.subject).toContain(`${e2e.app.url}/referrals/${referralId}`);
        for (const secret of [
          CLIENT.firstName,
          CLIENT.address,
          "Rantakatu",
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
