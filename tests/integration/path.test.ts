// The Co-Act path through its pages: everyone in the county reads it and only its liaison (or an admin) moves its
// steps; planning tells the owner by e-mail; establishing without evidence is refused with the rule's explanation and
// changes nothing, and succeeds once the records are there; of two concurrent changes to one step one wins and the
// other is told so; the re-evaluation lapses a step whose evidence went stale (mailing its owner and the liaison, each
// in their language, what happened and what to do) and restores it when the evidence returns; the admin's thresholds
// are validated; a new county gets its ten steps.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as adminCounties from "~/routes/admin+/counties";
import * as countyPath from "~/routes/path+/$countyId";
import * as overview from "~/routes/path+/_index";
import * as thresholdsPage from "~/routes/path+/thresholds";
import { en, fi } from "~/i18n/messages.server";
import { reevaluatePaths } from "~/models/coact-path.server";
import type { StepKey } from "~/utils/coact-evidence";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { CRONTAB, tasks } from "~/utils/worker.server";
import { fingerprint } from "../support/fingerprint";
import { daysBefore, EVIDENCE, newCounty, seedNotice } from "../support/path";
import { cookieFor, cookieForRole, get, post, run } from "../support/requests";

const c = await newCounty();
const countyId = c.county.id;
const liaison = await cookieFor(c.liaison.email);
const socialWorker = await cookieFor(c.socialWorker.email);
const staff = await cookieFor(c.staff.email);
const admin = await cookieForRole("admin");
const otherLiaison = await cookieForRole("liaison"); // the demo county's
const params = { countyId };

const row = (step: StepKey, id = countyId) =>
  db().coactStep.findUniqueOrThrow({ where: { countyId_step: { countyId: id, step } } });

async function send(cookie: string, step: StepKey, event: string, fields: Record<string, string> = {}, id = countyId) {
  const { version } = await row(step, id);
  return run(countyPath.action, post(`/path/${id}`, { step, event, version: String(version), ...fields }, cookie), {
    countyId: id,
  });
}

const pathMails = () => db().outboxEmail.findMany({ where: { template: "pathStep" }, orderBy: { createdAt: "asc" } });

describe("reading the path", () => {
  it("shows the county's ten steps to its liaison, its units' staff and its associations' staff, and to admins", async () => {
    for (const cookie of [liaison, socialWorker, staff, admin]) {
      const page = await run(countyPath.loader, get(`/path/${countyId}`, cookie), params);
      expect(page.status).toBe(200);
      expect(page.data.steps.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(page.data.county.name).toBe(c.county.name);
    }
  });

  it("offers changes to the liaison and an admin only", async () => {
    const offered = async (cookie: string) =>
      (await run(countyPath.loader, get(`/path/${countyId}`, cookie), params)).data.steps[5].events;
    expect(await offered(liaison)).toEqual(["PLAN", "SKIP"]);
    expect(await offered(admin)).toEqual(["PLAN", "SKIP"]);
    expect(await offered(socialWorker)).toEqual([]);
    expect(await offered(staff)).toEqual([]);
  });

  it("lists the county's staff to choose an owner from only for the step being planned, to whoever may plan it", async () => {
    const planning = async (cookie: string, query: string) =>
      (await run(countyPath.loader, get(`/path/${countyId}${query}`, cookie), params)).data;
    expect(await planning(liaison, "")).toMatchObject({ planning: null, owners: [] });
    for (const cookie of [liaison, admin]) {
      const page = await planning(cookie, "?plan=accompaniment");
      expect(page.planning).toBe("accompaniment");
      expect(page.owners.map((o: { id: string }) => o.id)).toEqual(
        expect.arrayContaining([c.liaison.id, c.socialWorker.id]),
      );
      expect(page.owners.map((o: { id: string }) => o.id)).not.toContain(c.staff.id);
    }
    for (const [cookie, query] of [
      [socialWorker, "?plan=accompaniment"],
      [staff, "?plan=accompaniment"],
      [liaison, "?plan=no_such_step"],
      [liaison, "?plan="],
    ])
      expect(await planning(cookie, query)).toMatchObject({ planning: null, owners: [] });
  });

  it("is not found for another county's people, and asks a visitor to sign in", async () => {
    expect((await run(countyPath.loader, get(`/path/${countyId}`, otherLiaison), params)).status).toBe(404);
    expect(
      (await run(countyPath.loader, get(`/path/${countyId}`, await cookieForRole("social_worker")), params)).status,
    ).toBe(404);
    expect((await run(countyPath.loader, get(`/path/${countyId}`), params)).status).toBe(302);
  });

  it("takes someone of one county straight to its path, and shows an admin the counties side by side", async () => {
    expect((await run(overview.loader, get("/path", liaison))).location).toBe(`/path/${countyId}`);
    const side = await run(overview.loader, get("/path", admin));
    expect(side.status).toBe(200);
    const names = side.data.counties.map((county: { name: string }) => county.name);
    expect(names).toEqual(expect.arrayContaining([c.county.name, "Demo-hyvinvointialue"]));
    const ours = side.data.counties.find((county: { id: string }) => county.id === countyId);
    expect(Object.keys(ours.statuses)).toHaveLength(10);
  });
});

describe("moving a step", () => {
  it("is refused to the county's other staff and to another county's liaison, changing nothing", async () => {
    const before = await fingerprint();
    expect((await send(socialWorker, "timely_referral", "PLAN")).status).toBe(403);
    expect((await send(staff, "timely_referral", "PLAN")).status).toBe(403);
    expect((await send(otherLiaison, "timely_referral", "PLAN")).status).toBe(404);
    expect(await fingerprint()).toEqual(before);
  });

  it("plans with an owner of the county and a target date, keeps the comment, and tells the owner in their language", async () => {
    const planned = await send(liaison, "consented_referral", "PLAN", {
      ownerId: c.socialWorker.id,
      targetDate: "2027-06-30",
      comment: "KOTO-tiimi aloittaa",
    });
    expect(planned.status).toBe(302);
    expect(await row("consented_referral")).toMatchObject({
      status: "planned",
      ownerId: c.socialWorker.id,
      targetDate: new Date("2027-06-30T00:00:00Z"),
    });
    const event = await db().workflowEvent.findFirstOrThrow({
      where: { recordId: (await row("consented_referral")).id },
    });
    expect(event).toMatchObject({
      event: "PLAN",
      fromState: "not_started",
      toState: "planned",
      comment: "KOTO-tiimi aloittaa",
    });
    const [mail] = (await pathMails()).filter((m) => m.to === c.socialWorker.email);
    // The social worker reads English.
    expect(mail.subject).toBe(`You own step 6 (Referral with consent) – ${c.county.name}`);
    expect(mail.text).toContain("What to do:");
    expect(mail.text).toContain(`/path/${countyId}`);
  });

  it("refuses a plan without an owner, with an owner from elsewhere, or with an impossible date, changing nothing", async () => {
    const demoWorker = await db().user.findUniqueOrThrow({ where: { email: "social.worker@demo.co-act.fi" } });
    const before = await fingerprint();
    const refusals = [
      [{ targetDate: "2027-01-01" }, "ownerId", "errors.required"],
      [{ ownerId: demoWorker.id, targetDate: "2027-01-01" }, "ownerId", "path.errors.ownerNotInCounty"],
      [{ ownerId: c.liaison.id, targetDate: "2027-02-30" }, "targetDate", "errors.date"],
      [{ ownerId: "not-an-id", targetDate: "2027-01-01" }, "ownerId", "errors.unknownId"],
    ] as const;
    for (const [fields, field, key] of refusals) {
      const answer = await send(liaison, "timely_referral", "PLAN", fields);
      expect(answer.status).toBe(400);
      expect(answer.data.errors[field].key).toBe(key);
    }
    const skip = await send(liaison, "timely_referral", "SKIP");
    expect(skip.status).toBe(400);
    expect(skip.data.errors.reason.key).toBe("errors.required");
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses to establish without evidence, with the rule's explanation, and establishes once the records are there", async () => {
    const before = await fingerprint();
    const refused = await send(liaison, "consented_referral", "ESTABLISH");
    expect(refused.status).toBe(409);
    expect(refused.data.errors.form).toEqual({
      key: "path.refused",
      params: { explanation: fi["path.evidence.consented_referral.none"] },
    });
    expect(await fingerprint()).toEqual(before);

    await EVIDENCE.consented_referral!(c, new Date());
    const established = await send(liaison, "consented_referral", "ESTABLISH", {
      comment: "Ensimmäinen ohjaus päättyi",
    });
    expect(established.status).toBe(302);
    expect((await row("consented_referral")).status).toBe("established");
    const page = await run(countyPath.loader, get(`/path/${countyId}`, socialWorker), params);
    expect(page.data.steps[5]).toMatchObject({ status: "established", evidence: { holds: true } });
    expect(page.data.timeline[0]).toMatchObject({
      step: "consented_referral",
      fromState: "planned",
      toState: "established",
      comment: "Ensimmäinen ohjaus päättyi",
      actor: { name: c.liaison.name },
    });
  });

  it("refuses to establish a step without its evidence, with the rule's explanation", async () => {
    expect(
      (await send(liaison, "intro_meetings", "PLAN", { ownerId: c.liaison.id, targetDate: "2027-01-31" })).status,
    ).toBe(302);
    const refused = await send(liaison, "intro_meetings", "ESTABLISH");
    expect(refused.status).toBe(409);
    expect(refused.data.errors.form.params.explanation).toBe(fi["path.evidence.intro_meetings.none"]);
    expect((await row("intro_meetings")).status).toBe("planned");
  });

  it("lets an admin skip a step with a reason and put it back", async () => {
    expect((await send(admin, "inclusion", "SKIP", { reason: "Ei ajankohtainen tänä vuonna" })).status).toBe(302);
    expect(await row("inclusion")).toMatchObject({ status: "skipped", skipReason: "Ei ajankohtainen tänä vuonna" });
    expect((await send(admin, "inclusion", "UNSKIP")).status).toBe(302);
    expect(await row("inclusion")).toMatchObject({ status: "not_started", skipReason: null });
  });
});

describe("two changes to one step at once", () => {
  it("saves one, and tells the other that someone changed the step first", async () => {
    const { version, id } = await row("accompaniment");
    const plan = (cookie: string, ownerId: string) =>
      run(
        countyPath.action,
        post(
          `/path/${countyId}`,
          { step: "accompaniment", event: "PLAN", version: String(version), ownerId, targetDate: "2027-05-01" },
          cookie,
        ),
        params,
      );
    const answers = await Promise.all([plan(liaison, c.liaison.id), plan(admin, c.liaison.id)]);
    expect(answers.map((a) => a.status).sort()).toEqual([302, 409]);
    const loser = answers.find((a) => a.status === 409)!;
    expect(loser.data.errors.form).toEqual({ key: "path.conflict" });
    expect(loser.data.target).toBe("accompaniment");
    expect(await row("accompaniment")).toMatchObject({ status: "planned", version: version + 1 });
    expect(await db().workflowEvent.count({ where: { recordId: id } })).toBe(1);
  });

  it("refuses a change made on an older version of the page", async () => {
    const { version } = await row("accompaniment");
    const stale = await run(
      countyPath.action,
      post(`/path/${countyId}`, { step: "accompaniment", event: "START", version: String(version - 1) }, liaison),
      params,
    );
    expect(stale.status).toBe(409);
    expect(stale.data.errors.form.key).toBe("path.conflict");
    expect((await row("accompaniment")).version).toBe(version);
  });
});

describe("re-evaluation", () => {
  it("lapses a step whose evidence went stale, mails its owner and the liaison, and restores it when evidence returns", async () => {
    // A county of its own, with one established step.
    const r = await newCounty();
    const rLiaison = await cookieFor(r.liaison.email);
    const rRow = (step: StepKey) => row(step, r.county.id);
    const now = new Date();
    await seedNotice(r, daysBefore(now, 1));
    const plan = { ownerId: r.socialWorker.id, targetDate: "2027-03-31" };
    expect((await send(rLiaison, "timely_referral", "PLAN", plan, r.county.id)).status).toBe(302);
    expect((await send(rLiaison, "timely_referral", "ESTABLISH", {}, r.county.id)).status).toBe(302);
    const mailsBefore = (await pathMails()).length;

    // 100 days later the last notice is 101 days old.
    const later = daysBefore(now, -100);
    expect(await reevaluatePaths(later, [r.county.id])).toMatchObject({ lapsed: 1, restored: 0 });
    expect((await rRow("timely_referral")).status).toBe("lapsed");
    const lapse = await db().workflowEvent.findFirstOrThrow({
      where: { recordId: (await rRow("timely_referral")).id, event: "LAPSE" },
    });
    expect(lapse).toMatchObject({ fromState: "established", toState: "lapsed", actorId: null });

    const mails = (await pathMails()).slice(mailsBefore);
    expect(mails.map((m) => m.to).sort()).toEqual([r.liaison.email, r.socialWorker.email].sort());
    const toOwner = mails.find((m) => m.to === r.socialWorker.email)!;
    const toLiaison = mails.find((m) => m.to === r.liaison.email)!;
    expect(toOwner.subject).toBe(`Step 5 (Timely referral) of the Co-Act path has lapsed – ${r.county.name}`);
    expect(toOwner.text).toContain("more than 90 days ago");
    expect(toOwner.text).toContain("What to do:");
    expect(toOwner.text).toContain("(Finnish time)");
    expect(toLiaison.subject).toBe(`Co-Act-polun askel 5 (Oikea-aikainen ohjaus) on rauennut – ${r.county.name}`);
    expect(toLiaison.text).toContain("Mitä tehdä:");
    expect(toLiaison.text).toContain("(Suomen aikaa)");
    expect(en["path.email.lapsed.todo"]).toBeTruthy();

    // Checking again changes nothing and mails nobody.
    expect(await reevaluatePaths(later, [r.county.id])).toMatchObject({ lapsed: 0, restored: 0 });
    expect(await pathMails()).toHaveLength(mailsBefore + 2);

    // A new notice: the step is established again.
    await seedNotice(r, daysBefore(later, 2));
    expect(await reevaluatePaths(later, [r.county.id])).toMatchObject({ lapsed: 0, restored: 1 });
    expect((await rRow("timely_referral")).status).toBe("established");
  });

  it("runs every day on the job queue, lapsing what went stale since", async () => {
    expect(CRONTAB.split("\n")).toContain("45 4 * * * path_reevaluation");
    const d = await newCounty();
    const dLiaison = await cookieFor(d.liaison.email);
    await seedNotice(d, daysBefore(new Date(), 1));
    const plan = { ownerId: d.liaison.id, targetDate: "2027-03-31" };
    expect((await send(dLiaison, "timely_referral", "PLAN", plan, d.county.id)).status).toBe(302);
    expect((await send(dLiaison, "timely_referral", "ESTABLISH", {}, d.county.id)).status).toBe(302);
    // The notice ages: it was sent 100 days ago.
    await db().advanceNotice.updateMany({
      where: { countyId: d.county.id },
      data: { createdAt: daysBefore(new Date(), 100) },
    });
    await tasks.path_reevaluation!({}, {} as never);
    expect((await row("timely_referral", d.county.id)).status).toBe("lapsed");
  });

  it("runs on the liaison's request, and only theirs (or an admin's)", async () => {
    const asked = await run(countyPath.action, post(`/path/${countyId}`, { intent: "reevaluate" }, liaison), params);
    expect(asked.status).toBe(302);
    expect(asked.location).toMatch(new RegExp(`^/path/${countyId}\\?checked=\\d+&lapsed=0&restored=0$`));
    const before = await fingerprint();
    expect(
      (await run(countyPath.action, post(`/path/${countyId}`, { intent: "reevaluate" }, socialWorker), params)).status,
    ).toBe(403);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("the thresholds", () => {
  it("are the admin's to change, within range, an empty field restoring the default", async () => {
    expect((await run(thresholdsPage.loader, get("/path/thresholds", liaison))).status).toBe(403);
    expect((await run(thresholdsPage.loader, get("/path/thresholds", admin))).status).toBe(200);
    const before = await fingerprint();
    for (const value of ["abc", "0", "101", "1.5", "-3"]) {
      const answer = await run(
        thresholdsPage.action,
        post("/path/thresholds", { "visibility.reviewedPercent": value }, admin),
      );
      expect(answer.status).toBe(400);
      expect(answer.data.errors["visibility.reviewedPercent"]).toEqual({
        key: "path.thresholds.outOfRange",
        params: { min: 1, max: 100 },
      });
    }
    expect(await fingerprint()).toEqual(before);
    const saved = await run(thresholdsPage.action, post("/path/thresholds", { "timely_referral.days": "30" }, admin));
    expect(saved.status).toBe(302);
    expect(await db().coactThreshold.findUnique({ where: { key: "timely_referral.days" } })).toMatchObject({
      value: 30,
    });
    await run(thresholdsPage.action, post("/path/thresholds", { "timely_referral.days": "" }, admin));
    expect(await db().coactThreshold.count()).toBe(0);
  });
});

describe("a new county", () => {
  it("and every county that existed before the path got the steps initialRow makes (the migration's backfill)", () => {
    const [migration] = readdirSync("prisma/migrations").filter((name) => name.endsWith("_coact_path"));
    const sql = readFileSync(`prisma/migrations/${migration}/migration.sql`, "utf8");
    const [, snapshot, version] = /'(\{"status".*?\})'::jsonb, (\d+), 0/.exec(sql)!;
    const initial = initialRow("coact-step");
    expect(JSON.parse(snapshot)).toEqual(initial.snapshot);
    expect(Number(version)).toBe(initial.machineVersion);
  });

  it("gets the ten steps of its path, not started", async () => {
    const made = await run(
      adminCounties.action,
      post("/admin/counties", { intent: "create-county", name: "Uusi alue" }, admin),
    );
    expect(made.status).toBeLessThan(400);
    const county = await db().county.findUniqueOrThrow({ where: { name: "Uusi alue" } });
    const steps = await db().coactStep.findMany({ where: { countyId: county.id } });
    expect(steps).toHaveLength(10);
    expect(new Set(steps.map((s) => s.status))).toEqual(new Set(["not_started"]));
  });
});
