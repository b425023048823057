// The evidence rules on records in the database, counted by the facts' queries at a controlled time (an
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
  publishContactPoint,
  seedAccompanimentDone,
  seedContactRequest,
  seedHeld,
  seedMeetings,
  seedNotice,
  seedPersonalInvitation,
  seedReferral,
  seedResponsibilities,
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

describe("step 2, introduction meetings", () => {
  it("holds with two meetings of a series held in 90 days and a presenter at each; not before; stale after", async () => {
    const c = await newCounty();
    expect((await evidenceAt(c, "intro_meetings", NOW)).key).toBe("path.evidence.intro_meetings.none");
    // Two meetings in the past; attendance recorded for the first only: one held meeting is too few.
    const { series, starts } = await seedMeetings(c, NOW, { kind: "introduction", count: 2, held: 1 });
    expect(await evidenceAt(c, "intro_meetings", NOW)).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.intro_meetings.tooFew",
    });
    // The second held, but nobody presented at it.
    await seedHeld(c, series.id, starts[1]);
    expect(await evidenceAt(c, "intro_meetings", NOW)).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.intro_meetings.noPresenter",
    });
    await db().meetingPresenter.create({
      data: { seriesId: series.id, occurrenceStart: starts[1], associationId: c.association.id },
    });
    expect(await evidenceAt(c, "intro_meetings", NOW)).toEqual({
      holds: true,
      stale: false,
      key: "path.evidence.intro_meetings.holds",
    });
    expect(await evidenceAt(c, "intro_meetings", later(100))).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.intro_meetings.stale",
    });
  });

  it("does not count a cancelled occurrence, nor a group visit, as an introduction meeting held", async () => {
    const c = await newCounty();
    const { series, starts } = await seedMeetings(c, NOW, { kind: "introduction", count: 2, held: 2 });
    await db().meetingException.create({
      data: { seriesId: series.id, originalStart: starts[0], kind: "cancelled" },
    });
    await seedMeetings(c, NOW, { kind: "group_visit", count: 2, held: 2 });
    expect((await evidenceAt(c, "intro_meetings", NOW)).key).toBe("path.evidence.intro_meetings.tooFew");
  });
});

describe("step 3, contact point", () => {
  it("holds when published and requests were answered within target; late or old requests do not", async () => {
    const c = await newCounty();
    await seedContactRequest(c, daysBefore(NOW, 10), daysBefore(NOW, 3), daysBefore(NOW, 9));
    expect((await evidenceAt(c, "contact_point", NOW)).key).toBe("path.evidence.contact_point.unpublished");
    await publishContactPoint(c);
    expect(await evidenceAt(c, "contact_point", NOW)).toEqual({
      holds: true,
      stale: false,
      key: "path.evidence.contact_point.holds",
    });
    // A request still within its target and unanswered cannot be judged yet: it changes nothing.
    await seedContactRequest(c, daysBefore(NOW, 1), later(4), null);
    expect((await evidenceAt(c, "contact_point", NOW)).holds).toBe(true);
    // One answered after its target: under the 100 % asked.
    await seedContactRequest(c, daysBefore(NOW, 20), daysBefore(NOW, 13), daysBefore(NOW, 12));
    expect(await evidenceAt(c, "contact_point", NOW)).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.contact_point.late",
    });
    expect(await evidenceAt(c, "contact_point", later(120))).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.contact_point.stale",
    });
  });

  it("does not hold when published but no request came", async () => {
    const c = await newCounty();
    await publishContactPoint(c);
    expect(await evidenceAt(c, "contact_point", NOW)).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.contact_point.none",
    });
  });
});

describe("step 4, shared picture", () => {
  it("holds with the responsibilities reviewed in a year and an annual session held in 13 months; stale after", async () => {
    const c = await newCounty();
    expect((await evidenceAt(c, "shared_picture", NOW)).key).toBe("path.evidence.shared_picture.noPage");
    await seedResponsibilities(c, daysBefore(NOW, 30));
    // A joint meeting is not the annual session.
    await seedMeetings(c, NOW, { kind: "joint_meeting", count: 1, held: 1, lastDaysAgo: 60 });
    expect(await evidenceAt(c, "shared_picture", NOW)).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.shared_picture.noSession",
    });
    await seedMeetings(c, NOW, { kind: "annual_session", count: 1, held: 1, lastDaysAgo: 60 });
    expect(await evidenceAt(c, "shared_picture", NOW)).toEqual({
      holds: true,
      stale: false,
      key: "path.evidence.shared_picture.holds",
    });
    expect(await evidenceAt(c, "shared_picture", later(340))).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.shared_picture.pageOld",
    });
  });
});

describe("step 8, group visits and joint meetings", () => {
  it("holds when 75 % of the planned, not cancelled meetings in six months were held; stale after", async () => {
    const c = await newCounty();
    expect((await evidenceAt(c, "visits_and_joint_meetings", NOW)).key).toBe(
      "path.evidence.visits_and_joint_meetings.none",
    );
    const { series, starts } = await seedMeetings(c, NOW, { kind: "group_visit", count: 4, held: 2 });
    expect(await evidenceAt(c, "visits_and_joint_meetings", NOW)).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.visits_and_joint_meetings.notAsPlanned",
    });
    // One of the two not held was called off: 2 of 3 planned is still under 75 %.
    await db().meetingException.create({ data: { seriesId: series.id, originalStart: starts[2], kind: "cancelled" } });
    expect((await evidenceAt(c, "visits_and_joint_meetings", NOW)).holds).toBe(false);
    await seedHeld(c, series.id, starts[3]);
    expect(await evidenceAt(c, "visits_and_joint_meetings", NOW)).toEqual({
      holds: true,
      stale: false,
      key: "path.evidence.visits_and_joint_meetings.holds",
    });
    expect(await evidenceAt(c, "visits_and_joint_meetings", later(200))).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.visits_and_joint_meetings.stale",
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

describe("step 10, inclusion", () => {
  it("holds with a meeting held in another language and a personal invitation in six months; stale after", async () => {
    const c = await newCounty();
    // A meeting in Finnish only does not count.
    await seedMeetings(c, NOW, { kind: "introduction", count: 1, held: 1 });
    expect((await evidenceAt(c, "inclusion", NOW)).key).toBe("path.evidence.inclusion.none");
    await seedMeetings(c, NOW, { kind: "joint_meeting", count: 1, held: 1, languages: ["fi", "en"] });
    expect(await evidenceAt(c, "inclusion", NOW)).toEqual({
      holds: false,
      stale: false,
      key: "path.evidence.inclusion.noPersonal",
    });
    await seedPersonalInvitation(c, daysBefore(NOW, 5));
    expect(await evidenceAt(c, "inclusion", NOW)).toEqual({
      holds: true,
      stale: false,
      key: "path.evidence.inclusion.holds",
    });
    expect(await evidenceAt(c, "inclusion", later(200))).toEqual({
      holds: false,
      stale: true,
      key: "path.evidence.inclusion.none",
    });
  });
});

describe("the facts of many counties", () => {
  it("are counted in the same number of queries for one county as for many, each county its own", async () => {
    const counties = [await newCounty(), await newCounty(), await newCounty()];
    await seedNotice(counties[1], daysBefore(NOW, 1));
    await seedMeetings(counties[2], NOW, { kind: "group_visit", count: 2, held: 1, languages: ["en"] });
    await publishContactPoint(counties[0]);
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
    const of = (i: number) => many.facts.get(counties[i].county.id)!;
    expect(counties.map((c) => many.facts.get(c.county.id)!.notices)).toEqual([0, 1, 0]);
    expect([0, 1, 2].map((i) => [of(i).visitsPlanned, of(i).visitsHeld, of(i).otherLanguageHeld])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [2, 1, 1],
    ]);
    expect([0, 1, 2].map((i) => of(i).contactRoutes)).toEqual([1, 0, 0]);
  });
});
