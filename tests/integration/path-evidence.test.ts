// The measurable evidence rules on records in the database, counted by the facts' queries at a controlled time (an
// explicit `now`): each holds on fresh records, does not hold without them, and goes stale as time passes. County staff's
// use of the directory is written at most once an hour. The facts of many counties take the same few queries.
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { countyFacts, loadThresholds, noteDirectoryUse } from "~/models/coact-facts.server";
import { handOverOnLeaving, proposeRepresentative, stepRepresentative } from "~/models/network.server";
import { sessionUserById } from "~/utils/auth.server";
import { evaluate, type StepKey } from "~/utils/coact-evidence";
import type { SessionUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import {
  daysBefore,
  newCounty,
  seedAccompanimentDone,
  seedNotice,
  seedReferral,
  type TestCounty,
} from "../support/path";

const NOW = new Date("2027-03-01T08:00:00Z");
const later = (days: number) => daysBefore(NOW, -days);

async function evidenceAt(c: TestCounty, step: StepKey, now: Date) {
  const thresholds = await loadThresholds();
  const facts = await countyFacts([c.county.id], thresholds, now);
  const e = evaluate(step, facts.get(c.county.id)!, thresholds, now);
  return { holds: e.holds, stale: e.stale, key: e.explanation.key };
}

const asSessionUser = (u: { id: string; email: string; name: string; role: SessionUser["role"] }): SessionUser => ({
  ...u,
  locale: "fi",
  unitIds: [],
  associationIds: [],
  countyIds: [],
});

describe("step 1, visibility", () => {
  it("holds when 80 % of the profiles were reviewed in six months and county staff opened the directory this month", async () => {
    const c = await newCounty();
    for (let i = 0; i < 4; i++)
      await db().association.create({
        data: {
          countyId: c.county.id,
          name: `Näkyvä ${c.county.id} ${i}`,
          kind: "registered",
          lastReviewedAt: daysBefore(NOW, 30),
        },
      });
    // The county's own association (made by newCounty) was reviewed long ago: 4 of 5 = 80 %.
    await db().association.update({ where: { id: c.association.id }, data: { lastReviewedAt: daysBefore(NOW, 200) } });
    expect(await evidenceAt(c, "visibility", NOW)).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.visibility.directoryUnused",
    });
    await noteDirectoryUse(asSessionUser(c.socialWorker), daysBefore(NOW, 2));
    expect(await evidenceAt(c, "visibility", NOW)).toEqual({
      holds: true,
      stale: false,
      key: "path.evidence.visibility.holds",
    });
    // 40 days on, nobody in the county has opened the directory for over a month.
    expect(await evidenceAt(c, "visibility", later(40))).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.visibility.directoryStale",
    });
    // One more unreviewed profile: 4 of 6 is under 80 %.
    await db().association.create({
      data: {
        countyId: c.county.id,
        name: `Vanha ${c.county.id}`,
        kind: "registered",
        lastReviewedAt: daysBefore(NOW, 400),
      },
    });
    expect(await evidenceAt(c, "visibility", NOW)).toMatchObject({
      holds: false,
      stale: true,
      key: "path.evidence.visibility.profilesOld",
    });
  });

  it("writes county staff's directory use at most once an hour, and never an association's staff's", async () => {
    const c = await newCounty();
    const read = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).directoryUsedAt;
    const worker = asSessionUser(c.socialWorker);
    await noteDirectoryUse(worker, NOW);
    await noteDirectoryUse(worker, new Date(NOW.getTime() + 10 * 60_000));
    expect(await read(c.socialWorker.id)).toEqual(NOW);
    const hourLater = new Date(NOW.getTime() + 61 * 60_000);
    await noteDirectoryUse(worker, hourLater);
    expect(await read(c.socialWorker.id)).toEqual(hourLater);
    await noteDirectoryUse(asSessionUser(c.staff), NOW);
    expect(await read(c.staff.id)).toBeNull();
  });
});

describe("step 5, timely referral", () => {
  it("holds with an advance notice in the last 90 days, is stale after that, and does not hold without one", async () => {
    const c = await newCounty();
    expect(await evidenceAt(c, "timely_referral", NOW)).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.timely_referral.none",
    });
    await seedNotice(c, daysBefore(NOW, 10));
    expect(await evidenceAt(c, "timely_referral", NOW)).toMatchObject({ holds: true, stale: false });
    expect(await evidenceAt(c, "timely_referral", later(85))).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.timely_referral.stale",
    });
  });
});

describe("step 6, referral with consent", () => {
  it("holds with a referral sent and one closed with an outcome in 90 days; not before it closes; stale after", async () => {
    const c = await newCounty();
    expect((await evidenceAt(c, "consented_referral", NOW)).key).toBe("path.evidence.consented_referral.none");
    await seedReferral(c, daysBefore(NOW, 20));
    expect(await evidenceAt(c, "consented_referral", NOW)).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.consented_referral.notClosed",
    });
    await seedReferral(c, daysBefore(NOW, 30), daysBefore(NOW, 5));
    expect(await evidenceAt(c, "consented_referral", NOW)).toMatchObject({ holds: true, stale: false });
    expect(await evidenceAt(c, "consented_referral", later(100))).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.consented_referral.stale",
    });
  });
});

describe("step 7, accompaniment", () => {
  it("holds with a pickup done in the window, is stale after it, and does not hold without one", async () => {
    const c = await newCounty();
    expect(await evidenceAt(c, "accompaniment", NOW)).toMatchObject({ holds: false, stale: false });
    await seedAccompanimentDone(c, daysBefore(NOW, 10));
    expect(await evidenceAt(c, "accompaniment", NOW)).toMatchObject({ holds: true, stale: false });
    expect(await evidenceAt(c, "accompaniment", later(200))).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.accompaniment.stale",
    });
  });
});

describe("step 9, network representatives", () => {
  it("holds when every relevant pair has an active representative, is stale after turnover, and not without relevance", async () => {
    const c = await newCounty();
    expect(await evidenceAt(c, "network_representatives", NOW)).toEqual({
      holds: false,
      stale: false,
      key: "network.evidence.none",
    });
    const network = await db().network.create({
      data: { countyId: c.county.id, name: "Verkosto", theme: "t", relevance: { create: [{ unitId: c.unit.id }] } },
    });
    expect(await evidenceAt(c, "network_representatives", NOW)).toMatchObject({
      holds: false,
      stale: false,
      key: "network.evidence.vacant",
    });
    const worker = (await sessionUserById(c.socialWorker.id))!;
    const id = await proposeRepresentative(worker, { networkId: network.id, unitId: c.unit.id, personId: worker.id });
    // A proposal is not yet a representative.
    expect(await evidenceAt(c, "network_representatives", NOW)).toMatchObject({ holds: false });
    await stepRepresentative(worker, network.id, id, "ACCEPT", 0, {
      termStart: new Date("2027-01-01"),
      termEnd: null,
      substituteId: null,
    });
    expect(await evidenceAt(c, "network_representatives", NOW)).toEqual({
      holds: true,
      stale: false,
      key: "network.evidence.holds",
    });
    await db().$transaction((tx) => handOverOnLeaving(tx, worker.id, "deactivated"));
    expect(await evidenceAt(c, "network_representatives", NOW)).toEqual({
      holds: false,
      stale: true,
      key: "network.evidence.stale",
    });
  });
});

describe("the facts of many counties", () => {
  it("are counted in the same number of queries for one county as for many, each county its own", async () => {
    const counties = [await newCounty(), await newCounty(), await newCounty()];
    await seedNotice(counties[1], daysBefore(NOW, 1));
    const thresholds = await loadThresholds();
    // Every statement the app sends goes through a pg client (the Prisma driver adapter uses pg).
    const sent = vi.spyOn(pg.Client.prototype, "query");
    const queries = async (ids: string[]) => {
      sent.mockClear();
      const facts = await countyFacts(ids, thresholds, NOW);
      return { facts, count: sent.mock.calls.length };
    };
    const one = await queries([counties[0].county.id]);
    const many = await queries(counties.map((c) => c.county.id));
    sent.mockRestore();
    expect(many.count).toBe(one.count);
    expect(counties.map((c) => many.facts.get(c.county.id)!.notices)).toEqual([0, 1, 0]);
  });
});
