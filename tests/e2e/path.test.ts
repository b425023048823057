// End-to-end in Chromium (production build), issue 14's acceptance scenario: the liaison plans step 2 (introduction
// meetings) of the Co-Act path, the app refuses to establish it and says why (the step's evidence rule), two
// introduction meetings are held (the liaison makes the series, invites an association and schedules it, then records
// attendance on the series page), the liaison establishes the step and the path picture shows it established —
// axe-clean, error-free, with a screenshot of the path page in test-results/.
//
// The meetings lie in the past (attendance is recorded only after a meeting); the presenters are written into the
// records, because an association signs up to present only before a meeting, which a test cannot wait for.
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translate } from "../../app/i18n/i18n";
import { en, fi } from "../../app/i18n/messages.server";
import { DEMO_COUNTY, DEMO_USERS } from "../../prisma/seed";
import { stepNumber, type StepKey } from "~/utils/coact-evidence";
import { db } from "~/utils/db.server";
import { occurrencesBetween } from "~/utils/recurrence.server";
import { axe, waitForHydration } from "../support/browser";
import { signIn, useE2e } from "../support/e2e";
import { type TestCounty } from "../support/path";

const STEP: StepKey = "intro_meetings";
/** What the rule says before the records exist. */
const REFUSAL = fi["path.evidence.intro_meetings.none"];
const SCREENSHOT = "test-results/path-page.png";

const liaison = DEMO_USERS.find((u) => u.role === "liaison")!;
const e2e = useE2e();

/** The demo county as the evidence helpers take it. */
async function demoCounty(): Promise<TestCounty> {
  const county = await db().county.findUniqueOrThrow({ where: { name: DEMO_COUNTY } });
  const user = (email: string) => db().user.findUniqueOrThrow({ where: { email } });
  return {
    county,
    unit: await db().unit.findFirstOrThrow({ where: { countyId: county.id, isKoto: true } }),
    association: await db().association.findUniqueOrThrow({
      where: { name: "Monikulttuurinen naisyhdistys Sisarukset ry" },
    }),
    liaison: await user(liaison.email),
    socialWorker: await user(DEMO_USERS.find((u) => u.role === "social_worker")!.email),
    staff: await user(DEMO_USERS.find((u) => u.role === "association_staff")!.email),
  };
}

describe("the Co-Act path", () => {
  it(
    "a step planned, refused without evidence, established once the records show it, and shown established",
    { timeout: 180_000 },
    async () => {
      const number = stepNumber(STEP);
      const name = fi[`path.step.${STEP}`];
      const { page, problems } = await e2e.openPage();
      await page.goto("/login");
      await signIn(page, liaison.email);
      await page.waitForURL(`${e2e.app.url}/home`);
      // From the liaison's home page to the county's path.
      await page.getByRole("main").getByRole("link", { name: fi["path.title"] }).click();
      await page.waitForURL(/\/path\/[0-9a-f-]{36}$/);
      await waitForHydration(page);
      // The address changes as the page's data arrives; the heading says the page is there.
      await page
        .getByRole("heading", { level: 1, name: fi["path.countyTitle"].replace("{county}", DEMO_COUNTY), exact: true })
        .waitFor();
      expect(await page.locator("ol.path > li").count()).toBe(10);
      expect(await axe(page)).toEqual([]);

      const step = page.locator(`#step-${STEP}`);
      const status = step.locator(".path-status");
      expect(await status.textContent()).toContain(fi["path.status.not_started"]);

      // ---- plan: an owner and a target date ---------------------------------------------------------------------
      const change = fi["path.changeStep"].replace("{number}", String(number)).replace("{step}", name);
      expect(await step.locator("details > summary").textContent()).toBe(change);
      // Opens the step's changes (whatever state the <details> was left in).
      const openChanges = () => step.locator("details").evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await openChanges();
      // The staff to choose the owner from are on the page for the step being planned only (?plan=<step>).
      expect(await page.getByLabel(fi["path.form.owner"]).count()).toBe(0);
      await step.getByRole("link", { name: fi["path.event.PLAN"], exact: true }).click();
      await page.waitForURL(new RegExp(`\\?plan=${STEP}#step-${STEP}$`));
      await step.getByLabel(fi["path.form.owner"]).waitFor();
      expect(await page.getByLabel(fi["path.form.owner"]).count()).toBe(1);
      expect(await axe(page)).toEqual([]);
      await step.getByLabel(fi["path.form.owner"]).selectOption({ label: liaison.name });
      await step.getByLabel(fi["path.form.targetDate"]).fill("2027-06-30");
      await step.getByRole("button", { name: fi["path.event.PLAN"], exact: true }).click();
      await status.filter({ hasText: fi["path.status.planned"] }).waitFor();
      expect(await step.locator("dd").first().textContent()).toBe(liaison.name);
      expect(await step.textContent()).toContain("30.6.2027");

      // ---- establishing is refused with the rule's explanation ----------------------------------------------------
      await openChanges();
      await step.getByRole("button", { name: fi["path.event.ESTABLISH"], exact: true }).click();
      const refusal = page.locator(".error-summary");
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(fi["path.refused"].replace("{explanation}", REFUSAL));
      expect(await status.textContent()).toContain(fi["path.status.planned"]);
      expect(await axe(page)).toEqual([]);

      // ---- two introduction meetings are held ------------------------------------------------------------------
      // The liaison makes a weekly introduction series whose two meetings lie in the past, invites the association
      // and schedules it.
      const pathUrl = page.url();
      const c = await demoCounty();
      const title = `Esittäytymiset ${Date.now()}`;
      const firstDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki" }).format(
        new Date(Date.now() - 9 * 86_400_000),
      );
      await page.goto("/meetings/new");
      await waitForHydration(page);
      await page.getByLabel(fi["meeting.organiserUnit"]).selectOption({ label: "Järjestöyhteistyö" });
      await page.getByLabel(fi["meeting.kindLabel"]).selectOption({ label: fi["meeting.kind.introduction"] });
      await page.getByLabel(fi["meeting.titleLabel"]).fill(title);
      await page.getByLabel(fi["meeting.firstDate"]).fill(firstDate);
      await page.getByLabel(fi["meeting.startTime"]).fill("17:00");
      await page.getByLabel(fi["meeting.duration"]).selectOption({ label: "30 min" });
      await page.getByLabel(fi["meeting.pattern"], { exact: true }).selectOption("weekly");
      await page.getByLabel(fi["meeting.endKind"]).selectOption("count");
      await page.getByLabel(fi["meeting.count"], { exact: true }).fill("2");
      await page.getByLabel(fi["meeting.onlineUrl"]).fill("https://meet.example.org/esittaytymiset");
      await page
        .getByRole("group", { name: fi["meeting.languages"] })
        .getByLabel("English (englanti)", { exact: true })
        .check();
      await page.getByRole("button", { name: fi["meeting.create"] }).click();
      await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
      const seriesId = page.url().split("/").pop()!;
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      await waitForHydration(page);
      const invite = page.getByRole("region", { name: fi["meeting.invite"] });
      await invite
        .getByRole("group", { name: fi["meeting.inviteAssociations"] })
        .getByLabel(c.association.name)
        .check();
      await invite.getByRole("button", { name: fi["meeting.addInvitees"] }).click();
      await page.getByRole("region", { name: fi["meeting.invited"] }).getByText(c.association.name).waitFor();
      await page.getByRole("button", { name: fi["meeting.event.SCHEDULE"] }).click();
      await page.locator("main h1 + p > .badge").first().filter({ hasText: fi["meeting.status.scheduled"] }).waitFor();
      // The association presented at both (it signed up before each meeting, which a test cannot wait for).
      const series = await db().meetingSeries.findUniqueOrThrow({ where: { id: seriesId } });
      const starts = occurrencesBetween(series, [], { from: new Date(0), to: new Date() }).map((o) => o.originalStart);
      expect(starts).toHaveLength(2);
      for (const occurrenceStart of starts)
        await db().meetingPresenter.create({ data: { seriesId, occurrenceStart, associationId: c.association.id } });
      await page.reload();
      await waitForHydration(page);
      // The liaison records who came to each.
      for (const start of starts) {
        const came = page.locator(`[id="came-${start.toISOString()}-${c.association.id}"]`);
        const occurrence = page.locator("li.occurrence").filter({ has: came });
        await came.check();
        await occurrence.getByRole("button", { name: fi["meeting.saveAttendance"], exact: true }).click();
        await occurrence
          .locator("summary")
          .filter({ hasText: translate("fi", "meeting.attendance", { count: 1 }) })
          .waitFor();
      }
      expect(await axe(page)).toEqual([]);

      // ---- the path now lets the liaison establish the step -----------------------------------------------------
      await page.goto(pathUrl);
      await waitForHydration(page);
      expect(await step.textContent()).toContain(fi["path.next.ready"]);
      await openChanges();
      await page.locator(`#${STEP}-ESTABLISH-comment`).fill("Näyttö on nyt kunnossa");
      await step.getByRole("button", { name: fi["path.event.ESTABLISH"], exact: true }).click();
      await status.filter({ hasText: fi["path.status.established"] }).waitFor();
      expect(await page.locator(".error-summary").count()).toBe(0);

      // The picture and the timeline say so.
      expect(await page.locator("main strong").first().textContent()).toContain("1/10");
      const latest = page.locator("section[aria-labelledby='timeline'] tbody tr").first();
      const cells = await latest.locator("td").allTextContents();
      expect(cells.slice(1)).toEqual([
        liaison.name,
        name,
        `${fi["path.status.planned"]} → ${fi["path.status.established"]}`,
        "Näyttö on nyt kunnossa",
      ]);
      expect(await axe(page)).toEqual([]);
      mkdirSync("test-results", { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
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
      const staff = DEMO_USERS.find((u) => u.role === "association_staff")!;
      const { page, problems } = await e2e.openPage({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      await page.goto("/login");
      await signIn(page, staff.email);
      await page.waitForURL(`${e2e.app.url}/home`);
      // The demo staff member reads English; the navigation takes them to their county's path.
      await page.getByRole("navigation").getByRole("link", { name: en["path.title"] }).click();
      await page.waitForURL(/\/path\/[0-9a-f-]{36}$/);
      await waitForHydration(page);
      expect(await page.locator("ol.path > li").count()).toBe(10);
      expect(await page.locator("details.path-change").count()).toBe(0);
      expect(await page.getByRole("button", { name: en["path.reevaluate.button"] }).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axe(page)).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
