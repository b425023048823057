// Networks through their pages (issue 13). Acceptance 4: only the county's liaison, an admin and the unit itself (its
// social workers) propose a representative for a unit, and only the proposed person accepts; every refusal changes
// nothing. Acceptance 3: the unit × network matrix (page and CSV) shows exactly what a direct count in the database
// gives on a seeded example: relevance, vacancies, active representatives, and the meetings of the last twelve months
// each unit attended. The liaison keeps the relevance list; the advisory board's report counts the chosen period.
import { randomUUID } from "node:crypto";
import { subMonths } from "date-fns";
import { describe, expect, it } from "vitest";
import * as networkPage from "~/routes/networks+/$networkId._index";
import * as reportPage from "~/routes/networks+/$networkId.report";
import * as listPage from "~/routes/networks+/_index";
import * as matrixPage from "~/routes/networks+/matrix";
import * as matrixCsv from "~/routes/networks+/matrix[.csv]";
import { activeAccountSnapshot } from "~/models/user.server";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { fingerprint } from "../support/fingerprint";
import { newCounty } from "../support/path";
import { cookieFor, cookieForRole, get, post, run } from "../support/requests";

const c = await newCounty();
const family = await db().unit.create({ data: { countyId: c.county.id, name: "Perhesosiaalityö" } });
const familyWorker = await db().user.create({
  data: {
    email: `family.${randomUUID().slice(0, 8)}@polku.example`,
    name: "Pirjo Perhetyö",
    role: "social_worker",
    status: "active",
    snapshot: activeAccountSnapshot(),
    units: { create: [{ unitId: family.id }] },
  },
});
const kotoColleague = await db().user.create({
  data: {
    email: `colleague.${randomUUID().slice(0, 8)}@polku.example`,
    name: "Kalle Kollega",
    role: "social_worker",
    status: "active",
    snapshot: activeAccountSnapshot(),
    units: { create: [{ unitId: c.unit.id }] },
  },
});
const cookies = {
  liaison: await cookieFor(c.liaison.email),
  worker: await cookieFor(c.socialWorker.email),
  colleague: await cookieFor(kotoColleague.email),
  familyWorker: await cookieFor(familyWorker.email),
  staff: await cookieFor(c.staff.email),
  admin: await cookieForRole("admin"),
  otherLiaison: await cookieForRole("liaison"), // the demo county's
};

const network = await db().network.create({
  data: {
    countyId: c.county.id,
    name: "Lapset ja perheet",
    theme: "Lapset ja perheet",
    convenerAssociationId: c.association.id,
    members: { create: [{ associationId: c.association.id }] },
  },
});
const params = { networkId: network.id };
const path = `/networks/${network.id}`;

const send = (cookie: string, fields: Record<string, string | string[]>) =>
  run(networkPage.action, post(path, fields, cookie), params);
const page = async (cookie: string) => (await run(networkPage.loader, get(path, cookie), params)).data;
const assignment = async (personId: string) =>
  db().networkRepresentative.findFirstOrThrow({
    where: { networkId: network.id, personId },
    orderBy: { createdAt: "desc" },
  });

describe("who keeps the relevance list", () => {
  it("is the county's liaison; a social worker and another county's liaison are refused unchanged", async () => {
    for (const cookie of [cookies.worker, cookies.staff, cookies.otherLiaison]) {
      const before = await fingerprint();
      const outcome = await send(cookie, { intent: "relevance", unitIds: [c.unit.id] });
      expect([403, 404]).toContain(outcome.status);
      expect(await fingerprint()).toEqual(before);
    }
    const done = await send(cookies.liaison, { intent: "relevance", unitIds: [c.unit.id, family.id] });
    expect(done).toMatchObject({ status: 302, location: `${path}?saved=1` });
    expect(
      (await db().networkRelevance.findMany({ where: { networkId: network.id } })).map((r) => r.unitId).sort(),
    ).toEqual([c.unit.id, family.id].sort());
  });
});

describe("the network's meetings", () => {
  it("are the county's meeting series the liaison links to it; nobody else links, nor a series of another county", async () => {
    const own = await seriesWith(null, []);
    const demoKoto = await db().unit.findFirstOrThrow({ where: { isKoto: true, countyId: { not: c.county.id } } });
    const foreign = await db().meetingSeries.create({
      data: {
        ...(await db().meetingSeries.findUniqueOrThrow({ where: { id: own.id } })),
        id: undefined,
        unitId: demoKoto.id,
        snapshot: {},
      },
    });
    expect((await page(cookies.liaison)).series.map((s: { id: string }) => s.id)).toContain(own.id);
    for (const [cookie, seriesId] of [
      [cookies.worker, own.id],
      [cookies.staff, own.id],
      [cookies.liaison, foreign.id],
    ] as const) {
      const before = await fingerprint();
      expect((await send(cookie, { intent: "link", seriesId, linked: "yes" })).status).toBe(403);
      expect(await fingerprint()).toEqual(before);
    }
    expect((await send(cookies.liaison, { intent: "link", seriesId: own.id, linked: "yes" })).status).toBe(302);
    expect((await page(cookies.staff)).network.meetingSeries.map((s: { id: string }) => s.id)).toEqual([own.id]);
    expect((await send(cookies.liaison, { intent: "link", seriesId: own.id, linked: "no" })).status).toBe(302);
    expect((await db().meetingSeries.findUniqueOrThrow({ where: { id: own.id } })).networkId).toBeNull();
    await db().meetingSeries.deleteMany({ where: { id: { in: [own.id, foreign.id] } } });
  });
});

describe("proposing a representative for a unit (acceptance 4)", () => {
  it("is refused, changing nothing, to another unit's social worker, association staff and another county's liaison", async () => {
    for (const cookie of [cookies.familyWorker, cookies.staff, cookies.otherLiaison]) {
      const before = await fingerprint();
      const outcome = await send(cookie, { intent: "propose", unitId: c.unit.id, personId: c.socialWorker.id });
      expect([403, 404]).toContain(outcome.status);
      expect(await fingerprint()).toEqual(before);
    }
  });

  it("is allowed to the unit itself, the liaison and an admin; the page offers the unit's people", async () => {
    expect((await page(cookies.worker)).proposable.map((u: { id: string }) => u.id)).toEqual([c.unit.id]);
    expect((await page(cookies.familyWorker)).proposable.map((u: { id: string }) => u.id)).toEqual([family.id]);
    expect((await page(cookies.staff)).proposable).toEqual([]);
    expect(
      await send(cookies.colleague, { intent: "propose", unitId: c.unit.id, personId: c.socialWorker.id }),
    ).toMatchObject({
      status: 302,
    });
    expect(await assignment(c.socialWorker.id)).toMatchObject({ status: "proposed", proposedById: kotoColleague.id });
    expect(
      await send(cookies.admin, { intent: "propose", unitId: family.id, personId: familyWorker.id }),
    ).toMatchObject({
      status: 302,
    });
    // Someone who is not in the unit cannot be proposed for it: a clear message, nothing changed.
    const before = await fingerprint();
    const outcome = await send(cookies.liaison, { intent: "propose", unitId: c.unit.id, personId: familyWorker.id });
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors.form.key).toBe("network.errors.notMember");
    expect(await fingerprint()).toEqual(before);
  });
});

describe("accepting an assignment (acceptance 4)", () => {
  it("is only for the person proposed: their colleague, the liaison and an admin are refused unchanged", async () => {
    const rep = await assignment(c.socialWorker.id);
    const fields = { assignmentId: rep.id, version: String(rep.version), event: "ACCEPT", termStart: "2026-01-01" };
    for (const cookie of [cookies.colleague, cookies.liaison, cookies.admin, cookies.familyWorker, cookies.staff]) {
      const before = await fingerprint();
      const outcome = await send(cookie, fields);
      expect([403, 409]).toContain(outcome.status);
      expect(await fingerprint()).toEqual(before);
    }
    // The person's page offers them the answer; the colleague's offers withdrawing it.
    const offered = async (cookie: string) =>
      (await page(cookie)).network.representatives.find((r: { id: string }) => r.id === rep.id).offered;
    expect(await offered(cookies.worker)).toEqual(expect.arrayContaining(["ACCEPT", "DECLINE", "WITHDRAW"]));
    expect(await offered(cookies.colleague)).toEqual(["WITHDRAW"]);
    expect(await offered(cookies.staff)).toEqual([]);

    const bad = await send(cookies.worker, { ...fields, termStart: "2026-02-30" });
    expect(bad.status).toBe(400);
    const done = await send(cookies.worker, { ...fields, termEnd: "2027-12-31", substituteId: kotoColleague.id });
    expect(done.status).toBe(302);
    expect(await assignment(c.socialWorker.id)).toMatchObject({
      status: "active",
      substituteId: kotoColleague.id,
      termStart: new Date("2026-01-01"),
      termEnd: new Date("2027-12-31"),
    });
    const event = await db().workflowEvent.findFirstOrThrow({ where: { recordId: rep.id, event: "ACCEPT" } });
    expect(event.actorId).toBe(c.socialWorker.id);
  });
});

/** A meeting series of the network (or of none), with attendance rows at the given starts. */
async function seriesWith(
  networkId: string | null,
  attendance: { start: Date; unitId?: string; associationId?: string }[],
) {
  const series = await db().meetingSeries.create({
    data: {
      unitId: c.unit.id,
      networkId,
      kind: "joint_meeting",
      title: `Verkostotapaaminen ${randomUUID().slice(0, 6)}`,
      rrule: "FREQ=MONTHLY;COUNT=24",
      firstDate: new Date("2024-01-01"),
      startTime: "13:00",
      durationMinutes: 120,
      languages: ["fi"],
      ...initialRow("meeting-series"),
    },
  });
  await db().meetingAttendance.createMany({
    data: attendance.map((a) => ({
      seriesId: series.id,
      occurrenceStart: a.start,
      unitId: a.unitId,
      associationId: a.associationId,
    })),
  });
  return series;
}

describe("the unit × network matrix (acceptance 3)", () => {
  it("shows exactly what a direct count in the database gives", async () => {
    const now = new Date();
    const monthsAgo = (n: number) => subMonths(now, n);
    const second = await db().network.create({ data: { countyId: c.county.id, name: "Mielenterveys", theme: "MT" } });
    await db().networkRelevance.create({ data: { networkId: second.id, unitId: c.unit.id } });
    // The family unit's proposal is still open: a vacancy with a proposal.
    await seriesWith(network.id, [
      { start: monthsAgo(1), unitId: c.unit.id },
      { start: monthsAgo(1), associationId: c.association.id },
      { start: monthsAgo(3), associationId: c.association.id },
      { start: monthsAgo(5), unitId: c.unit.id },
      { start: monthsAgo(5), unitId: family.id },
      { start: monthsAgo(14), unitId: c.unit.id }, // older than twelve months
    ]);
    await seriesWith(second.id, [{ start: monthsAgo(2), unitId: family.id }]);
    await seriesWith(null, [{ start: monthsAgo(2), unitId: c.unit.id }]); // not a network's meeting

    const shown = await run(matrixPage.loader, get("/networks/matrix", cookies.liaison));
    expect(shown.status).toBe(200);
    const since = subMonths(new Date(shown.data.until), 12);

    // Directly from the tables, independently of the matrix's query.
    const units = await db().unit.findMany({ where: { countyId: c.county.id } });
    const networks = await db().network.findMany({ where: { countyId: c.county.id } });
    const expected = [];
    for (const unit of units)
      for (const n of networks) {
        const relevant = (await db().networkRelevance.count({ where: { networkId: n.id, unitId: unit.id } })) > 0;
        const active = await db().networkRepresentative.findMany({
          where: { networkId: n.id, unitId: unit.id, status: "active" },
          select: { person: { select: { name: true } } },
        });
        const rows = await db().meetingAttendance.findMany({
          where: { series: { networkId: n.id }, occurrenceStart: { gte: since, lt: new Date(shown.data.until) } },
          select: { seriesId: true, occurrenceStart: true, unitId: true },
        });
        const distinct = (list: typeof rows) =>
          new Set(list.map((r) => `${r.seriesId}@${r.occurrenceStart.toISOString()}`)).size;
        expected.push({
          unit: unit.name,
          network: n.name,
          relevant,
          representatives: active.map((a) => a.person.name),
          vacant: relevant && active.length === 0,
          attended: distinct(rows.filter((r) => r.unitId === unit.id)),
          held: distinct(rows),
        });
      }
    const names = new Map(shown.data.networks.map((n: { id: string; name: string }) => [n.id, n.name]));
    const actual = shown.data.rows.flatMap(
      (row: { unit: { name: string }; cells: { networkId: string; representatives: { name: string }[] }[] }) =>
        row.cells.map((cell) => ({
          unit: row.unit.name,
          network: names.get(cell.networkId),
          relevant: (cell as unknown as { relevant: boolean }).relevant,
          representatives: cell.representatives.map((r) => r.name),
          vacant: (cell as unknown as { vacant: boolean }).vacant,
          attended: (cell as unknown as { attended: number }).attended,
          held: (cell as unknown as { held: number }).held,
        })),
    );
    const byKey = (list: { unit: string; network: unknown }[]) =>
      [...list].sort((a, b) => `${a.unit}/${a.network}`.localeCompare(`${b.unit}/${b.network}`));
    expect(byKey(actual)).toEqual(byKey(expected));
    // And the seeded example reads as intended: KOTO represented with 2 of 3 meetings, the family unit's seat vacant.
    const koto = actual.find(
      (a: { unit: string; network: unknown }) => a.unit === "KOTO" && a.network === network.name,
    );
    expect(koto).toMatchObject({ representatives: [c.socialWorker.name], vacant: false, attended: 2, held: 3 });
    expect(
      actual.find((a: { unit: string; network: unknown }) => a.unit === family.name && a.network === network.name),
    ).toMatchObject({
      vacant: true,
      attended: 1,
      held: 3,
    });
    expect(
      actual.find((a: { unit: string; network: unknown }) => a.unit === "KOTO" && a.network === "Mielenterveys"),
    ).toMatchObject({
      vacant: true,
      attended: 0,
      held: 1,
    });

    // The CSV says the same, and states the period's time zone.
    const csv = await run(matrixCsv.loader, get("/networks/matrix.csv", cookies.liaison));
    expect(csv.status).toBe(200);
    const lines = String(csv.data)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((l) => l.split(";"));
    const row = lines.find((l) => l[1] === "KOTO" && l[2] === network.name)!;
    expect(row.slice(3, 8)).toEqual(["kyllä", c.socialWorker.name, "ei", "2", "3"]);
    expect(row[8]).toContain("Europe/Helsinki");
    expect(lines.find((l) => l[1] === family.name && l[2] === network.name)!.slice(5, 8)).toEqual(["kyllä", "1", "3"]);
  });

  it("is for the liaison and admins only", async () => {
    for (const cookie of [cookies.worker, cookies.staff]) {
      expect((await run(matrixPage.loader, get("/networks/matrix", cookie))).status).toBe(403);
      expect((await run(matrixCsv.loader, get("/networks/matrix.csv", cookie))).status).toBe(403);
    }
    // Another county's liaison does not see this county's units.
    const other = await run(matrixPage.loader, get("/networks/matrix", cookies.otherLiaison));
    expect(other.data.rows.some((r: { unit: { countyId: string } }) => r.unit.countyId === c.county.id)).toBe(false);
  });
});

describe("the network list and the advisory board's report", () => {
  it("lists the county's networks to its people only, and reports the chosen period", async () => {
    const list = async (cookie: string) =>
      (await run(listPage.loader, get("/networks", cookie))).data.networks.map((n: { id: string }) => n.id);
    expect(await list(cookies.staff)).toContain(network.id);
    expect(await list(cookies.otherLiaison)).not.toContain(network.id);
    expect((await run(networkPage.loader, get(path, cookies.otherLiaison), params)).status).toBe(404);

    const report = await run(reportPage.loader, get(`${path}/report`, cookies.staff), params);
    expect(report.status).toBe(200);
    expect(report.data.held).toBe(3);
    expect(report.data.representatives.map((r: { person: { name: string } }) => r.person.name)).toEqual([
      c.socialWorker.name,
    ]);
    const attendance = Object.fromEntries(
      report.data.attendance.map((u: { name: string; attended: number }) => [u.name, u.attended]),
    );
    expect(attendance).toEqual({ KOTO: 2, [family.name]: 1 });
    // An older period: only the meeting of fourteen months ago.
    const from = subMonths(new Date(), 15).toISOString().slice(0, 10);
    const until = subMonths(new Date(), 13).toISOString().slice(0, 10);
    const old = await run(reportPage.loader, get(`${path}/report?from=${from}&until=${until}`, cookies.staff), params);
    expect(old.data).toMatchObject({ held: 1, from, until });
    const bad = await run(reportPage.loader, get(`${path}/report?from=2026-13-01&until=x`, cookies.staff), params);
    expect(bad.status).toBe(200);
    expect(Object.keys(bad.data.errors)).toEqual(["from", "until"]);
  });
});
