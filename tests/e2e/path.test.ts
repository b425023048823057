// End-to-end in Chromium (production build), in Finnish and in Swedish, issue 14's acceptance scenario: the liaison
// plans step 2 (introduction meetings) of the Co-Act path, the app refuses to establish it and says why (the step's
// evidence rule), two introduction meetings are held (the liaison makes the series, invites an association and
// schedules it, then records attendance on the series page), the liaison establishes the step and the path picture
// shows it established — axe-clean, error-free, with a screenshot of the path page in test-results/.
//
// The meetings lie in the past (attendance is recorded only after a meeting); the presenters are written into the
// records, because an association signs up to present only before a meeting, which a test cannot wait for.
//
// A step's state and its evidence are county-wide: once the Finnish run has established step 2 in the demo county,
// with its two meetings held, the Swedish run there would find nothing to refuse or establish. So the Finnish run walks
// the demo county, as the demo's liaison finds it, and the Swedish run a county of its own, set up the same way (a KOTO
// unit, the liaison's unit, an association, a liaison reading Swedish) with its ten steps not started.
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translate, type MessageKey, type MessageParams } from "~/i18n/i18n";
import { DEMO_COUNTY, DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed";
import { activeAccountSnapshot } from "~/models/user.server";
import { ensureCountySteps } from "~/models/coact-path.server";
import { stepNumber, type StepKey } from "~/utils/coact-evidence";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { languageLabel } from "~/utils/languages";
import { hashPassword } from "~/utils/password.server";
import { occurrencesBetween } from "~/utils/recurrence.server";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";

const STEP: StepKey = "intro_meetings";
/** The Finnish run's screenshot keeps its old name (the README points at it). */
const SCREENSHOTS = { fi: "test-results/path-page.png", sv: "test-results/path-page-sv.png" } as const;
/** What each run's liaison names their series and writes when establishing the step. */
const WORDS = {
  fi: { title: "Esittäytymiset", comment: "Näyttö on nyt kunnossa" },
  sv: { title: "Presentationer", comment: "Nu finns beläggen" },
} as const;

const staff = DEMO_USERS.find((u) => u.role === "association_staff")!;
const e2e = useE2e();

/** The county a run walks, its liaison, the unit that organises the meetings, and the association that presents. */
type RunCounty = { name: string; liaison: { email: string; name: string }; organiser: string; association: string };

/** The demo county and its liaison, whose account reads Finnish. */
async function demoCounty(): Promise<RunCounty> {
  const liaison = DEMO_USERS.find((u) => u.role === "liaison")!;
  await db().user.update({ where: { email: liaison.email }, data: { locale: "fi" } });
  return {
    name: DEMO_COUNTY,
    liaison,
    organiser: "Järjestöyhteistyö",
    association: "Monikulttuurinen naisyhdistys Sisarukset ry",
  };
}

/** A county of the Swedish run's own, set up as the demo county is, its liaison's account reading Swedish. */
async function swedishCounty(): Promise<RunCounty> {
  const county = await db().county.create({ data: { name: "Testområdet Österbotten" } });
  await ensureCountySteps(db(), county.id);
  await db().unit.create({ data: { countyId: county.id, name: "Integrationssocialarbete (KOTO)", isKoto: true } });
  const organiser = await db().unit.create({ data: { countyId: county.id, name: "Organisationssamarbete" } });
  const association = await db().association.create({
    data: { countyId: county.id, name: "Mångkulturella kvinnoföreningen Systrarna rf", kind: "registered" },
  });
  const liaison = { email: "kontaktperson@osterbotten.example", name: "Linnea Kontaktperson" };
  await db().user.create({
    data: {
      ...liaison,
      role: "liaison",
      locale: "sv",
      passwordHash: await hashPassword(DEMO_PASSWORD),
      status: "active",
      snapshot: activeAccountSnapshot(),
      units: { create: [{ unitId: organiser.id }] },
    },
  });
  return { name: county.name, liaison, organiser: organiser.name, association: association.name };
}

const COUNTIES: Record<"fi" | "sv", () => Promise<RunCounty>> = { fi: demoCounty, sv: swedishCounty };

describe.each(["fi", "sv"] as const)("the Co-Act path (%s)", (locale) => {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);

  it(
    "a step planned, refused without evidence, established once the records show it, and shown established",
    { timeout: 180_000 },
    async () => {
      const c = await COUNTIES[locale]();
      const { title: seriesTitle, comment } = WORDS[locale];
      const number = stepNumber(STEP);
      const name = t(`path.step.${STEP}`);
      const { page, problems } = await e2e.openPage({ locale: `${locale}-FI` });
      await page.goto("/login");
      await signIn(page, c.liaison.email, locale);
      await page.waitForURL(`${e2e.app.url}/home`);
      // From the liaison's home page to the county's path.
      await page
        .getByRole("main")
        .getByRole("link", { name: t("path.title") })
        .click();
      await page.waitForURL(/\/path\/[0-9a-f-]{36}$/);
      await waitForHydration(page);
      // The address changes as the page's data arrives; the heading says the page is there.
      await page
        .getByRole("heading", { level: 1, name: t("path.countyTitle", { county: c.name }), exact: true })
        .waitFor();
      expect(await page.locator("ol.path > li").count()).toBe(10);
      expect(await axe(page)).toEqual([]);

      const step = page.locator(`#step-${STEP}`);
      const status = step.locator(".path-status");
      expect(await status.textContent()).toContain(t("path.status.not_started"));

      // ---- plan: an owner and a target date ---------------------------------------------------------------------
      const change = t("path.changeStep", { number, step: name });
      if (locale === "fi") expect(change).toBe(`Muuta askelta ${number}: ${name}`);
      expect(await step.locator("details > summary").textContent()).toBe(change);
      // Opens the step's changes (whatever state the <details> was left in).
      const openChanges = () => step.locator("details").evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await openChanges();
      // The staff to choose the owner from are on the page for the step being planned only (?plan=<step>).
      expect(await page.getByLabel(t("path.form.owner")).count()).toBe(0);
      await step.getByRole("link", { name: t("path.event.PLAN"), exact: true }).click();
      await page.waitForURL(new RegExp(`\\?plan=${STEP}#step-${STEP}$`));
      await step.getByLabel(t("path.form.owner")).waitFor();
      expect(await page.getByLabel(t("path.form.owner")).count()).toBe(1);
      expect(await axe(page)).toEqual([]);
      await step.getByLabel(t("path.form.owner")).selectOption({ label: c.liaison.name });
      await step.getByLabel(t("path.form.targetDate")).fill("2027-06-30");
      await step.getByRole("button", { name: t("path.event.PLAN"), exact: true }).click();
      await status.filter({ hasText: t("path.status.planned") }).waitFor();
      expect(await step.locator("dd").first().textContent()).toBe(c.liaison.name);
      const target = formatDate(new Date("2027-06-30T12:00:00Z"), locale);
      expect(target).toBe({ fi: "30.6.2027", sv: "30 juni 2027" }[locale]);
      expect(await step.textContent()).toContain(target);

      // ---- establishing is refused with the rule's explanation ----------------------------------------------------
      await openChanges();
      await step.getByRole("button", { name: t("path.event.ESTABLISH"), exact: true }).click();
      const refusal = page.locator(".error-summary");
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        t("path.refused", { explanation: t("path.evidence.intro_meetings.none") }),
      );
      expect(await status.textContent()).toContain(t("path.status.planned"));
      expect(await axe(page)).toEqual([]);

      // ---- two introduction meetings are held ------------------------------------------------------------------
      // The liaison makes a weekly introduction series whose two meetings lie in the past, invites the association
      // and schedules it.
      const pathUrl = page.url();
      const association = await db().association.findUniqueOrThrow({ where: { name: c.association } });
      const title = `${seriesTitle} ${Date.now()}`;
      const firstDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki" }).format(
        new Date(Date.now() - 9 * 86_400_000),
      );
      await page.goto("/meetings/new");
      await waitForHydration(page);
      await page.getByLabel(t("meeting.organiserUnit")).selectOption({ label: c.organiser });
      await page.getByLabel(t("meeting.kindLabel")).selectOption({ label: t("meeting.kind.introduction") });
      await page.getByLabel(t("meeting.titleLabel")).fill(title);
      await page.getByLabel(t("meeting.firstDate")).fill(firstDate);
      await page.getByLabel(t("meeting.startTime")).fill("17:00");
      await page.getByLabel(t("meeting.duration")).selectOption({ label: t("meeting.minutes", { minutes: 30 }) });
      await page.getByLabel(t("meeting.pattern"), { exact: true }).selectOption("weekly");
      await page.getByLabel(t("meeting.endKind")).selectOption("count");
      await page.getByLabel(t("meeting.count"), { exact: true }).fill("2");
      await page.getByLabel(t("meeting.onlineUrl")).fill("https://meet.example.org/esittaytymiset");
      await page
        .getByRole("group", { name: t("meeting.languages") })
        .getByLabel(languageLabel("en", locale), { exact: true })
        .check();
      await page.getByRole("button", { name: t("meeting.create") }).click();
      await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
      const seriesId = page.url().split("/").pop()!;
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      await waitForHydration(page);
      const invite = page.getByRole("region", { name: t("meeting.invite") });
      await invite
        .getByRole("group", { name: t("meeting.inviteAssociations") })
        .getByLabel(association.name)
        .check();
      await invite.getByRole("button", { name: t("meeting.addInvitees") }).click();
      await page
        .getByRole("region", { name: t("meeting.invited") })
        .getByText(association.name)
        .waitFor();
      await page.getByRole("button", { name: t("meeting.event.SCHEDULE") }).click();
      await page
        .locator("main h1 + p > .badge")
        .first()
        .filter({ hasText: t("meeting.status.scheduled") })
        .waitFor();
      // The association presented at both (it signed up before each meeting, which a test cannot wait for).
      const series = await db().meetingSeries.findUniqueOrThrow({ where: { id: seriesId } });
      const starts = occurrencesBetween(series, [], { from: new Date(0), to: new Date() }).map((o) => o.originalStart);
      expect(starts).toHaveLength(2);
      for (const occurrenceStart of starts)
        await db().meetingPresenter.create({ data: { seriesId, occurrenceStart, associationId: association.id } });
      await page.reload();
      await waitForHydration(page);
      // The liaison records who came to each.
      for (const start of starts) {
        const came = page.locator(`[id="came-${start.toISOString()}-${association.id}"]`);
        const occurrence = page.locator("li.occurrence").filter({ has: came });
        await came.check();
        await occurrence.getByRole("button", { name: t("meeting.saveAttendance"), exact: true }).click();
        await occurrence
          .locator("summary")
          .filter({ hasText: t("meeting.attendance", { count: 1 }) })
          .waitFor();
      }
      expect(await axe(page)).toEqual([]);

      // ---- the path now lets the liaison establish the step -----------------------------------------------------
      await page.goto(pathUrl);
      await waitForHydration(page);
      expect(await step.textContent()).toContain(t("path.next.ready"));
      await openChanges();
      await page.locator(`#${STEP}-ESTABLISH-comment`).fill(comment);
      await step.getByRole("button", { name: t("path.event.ESTABLISH"), exact: true }).click();
      await status.filter({ hasText: t("path.status.established") }).waitFor();
      expect(await page.locator(".error-summary").count()).toBe(0);

      // The picture and the timeline say so.
      expect(await page.locator("main strong").first().textContent()).toContain("1/10");
      const latest = page.locator("section[aria-labelledby='timeline'] tbody tr").first();
      const cells = await latest.locator("td").allTextContents();
      expect(cells.slice(1)).toEqual([
        c.liaison.name,
        name,
        `${t("path.status.planned")} → ${t("path.status.established")}`,
        comment,
      ]);
      expect(await axe(page)).toEqual([]);
      mkdirSync("test-results", { recursive: true });
      await page.screenshot({ path: SCREENSHOTS[locale], fullPage: true });
      // The one refusal is the browser's only complaint: the 409 of establishing without evidence.
      expect(problems).toEqual([
        expect.stringMatching(/^console error: Failed to load resource: .* 409 .*\/path\/[0-9a-f-]{36}\.data\)$/),
      ]);
    },
  );

  it(
    "is read by an association's staff on a phone: the picture fits, and offers no changes",
    { timeout: 60_000 },
    async () => {
      // The demo staff member's account reads the run's language (the demo's reads English).
      await db().user.update({ where: { email: staff.email }, data: { locale } });
      const { page, problems } = await e2e.openPage({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        locale: `${locale}-FI`,
      });
      await page.goto("/login");
      await signIn(page, staff.email, locale);
      await page.waitForURL(`${e2e.app.url}/home`);
      // The navigation takes them to their county's path.
      await page
        .getByRole("navigation")
        .getByRole("link", { name: t("path.title") })
        .click();
      await page.waitForURL(/\/path\/[0-9a-f-]{36}$/);
      await waitForHydration(page);
      await page
        .getByRole("heading", { level: 1, name: t("path.countyTitle", { county: DEMO_COUNTY }), exact: true })
        .waitFor();
      expect(await page.locator("ol.path > li").count()).toBe(10);
      expect(await page.locator("details.path-change").count()).toBe(0);
      expect(await page.getByRole("button", { name: t("path.reevaluate.button") }).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axe(page)).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
