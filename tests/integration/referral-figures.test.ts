// Proves the liaison's referral figures: counts, accepted share, median days to the first meeting and outcomes per association and Helsinki month, the CSV download, and who may see them.
import type { Role } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { activeAccountSnapshot } from "~/models/user.server";
import * as figuresPage from "~/routes/referrals+/figures";
import * as figuresCsv from "~/routes/referrals+/figures[.csv]";
import * as newReferral from "~/routes/referrals+/new";
import * as referralPage from "~/routes/referrals+/$referralId._index";
import { db } from "~/utils/db.server";
import { referralFields } from "../support/referrals";
import { cookieFor, cookieForRole, demoEmail, get, post, run } from "../support/requests";

const socialWorker = await cookieForRole("social_worker");
const staff = await cookieForRole("association_staff");
const liaison = await cookieForRole("liaison");
const admin = await cookieForRole("admin");
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true, county: { name: "Demo-hyvinvointialue" } } });
const sisarukset = await db().association.findUniqueOrThrow({
  where: { name: "Monikulttuurinen naisyhdistys Sisarukset ry" },
});
const kylatalo = await db().association.findUniqueOrThrow({ where: { name: "Kylätalon kahvila" } });

// A second county with its own unit, association, social worker and association staff.
const otherCounty = await db().county.create({ data: { name: "Lukujen toinen alue" } });
const otherUnit = await db().unit.create({
  data: { countyId: otherCounty.id, name: "Toisen alueen KOTO", isKoto: true },
});
const otherAssociation = await db().association.create({
  data: { countyId: otherCounty.id, name: "Toisen alueen lukuyhdistys", kind: "registered" },
});
async function createUser(email: string, role: Role, memberships: { unitIds?: string[]; associationIds?: string[] }) {
  await db().user.create({
    data: {
      email,
      name: email.split("@")[0],
      role,
      status: "active",
      snapshot: activeAccountSnapshot(),
      units: { create: (memberships.unitIds ?? []).map((unitId) => ({ unitId })) },
      associations: { create: (memberships.associationIds ?? []).map((associationId) => ({ associationId })) },
    },
  });
  return cookieFor(email);
}
const otherSocialWorker = await createUser("sw@luvut.example", "social_worker", { unitIds: [otherUnit.id] });
const otherStaff = await createUser("staff@luvut.example", "association_staff", {
  associationIds: [otherAssociation.id],
});

async function send(cookie: string, unitId: string, associationId: string, sentAt: string) {
  const sent = await run(newReferral.action, post("/referrals/new", referralFields(unitId, associationId), cookie));
  expect(sent.status).toBe(302);
  const id = sent.location!.split("/").pop()!;
  await db().referral.update({ where: { id }, data: { sentAt: new Date(sentAt) } });
  return id;
}

async function act(cookie: string, id: string, fields: Record<string, string>) {
  const version = (await db().referral.findUniqueOrThrow({ where: { id } })).version;
  const outcome = await run(
    referralPage.action,
    post(`/referrals/${id}`, { version: String(version), ...fields }, cookie),
    { referralId: id },
  );
  expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
}

/** Accepted, with a first meeting at the given moment; `then`, recorded once the meeting has begun. */
async function meet(cookie: string, id: string, meetingAt: string, then?: "MARK_ATTENDED" | "MARK_NO_SHOW") {
  await act(cookie, id, { intent: "ACCEPT" });
  // A meeting that has begun, so that whether the client came can be recorded; then moved to its place in the figures.
  await act(cookie, id, { intent: "ARRANGE_MEETING", at: "2020-06-01T10:00" });
  if (then) await act(cookie, id, { intent: then });
  await db().referral.update({ where: { id }, data: { meetingAt: new Date(meetingAt) } });
}

beforeAll(async () => {
  // Sisarukset, March 2027 (Helsinki): four sent. Two had their first meeting after 4 and 10 days and were closed, one
  // was declined, one has a meeting 1.5 days after sending and is still open. Median of 4, 10 and 1.5 days is 4 (the mean
  // would be 5.2).
  const a1 = await send(socialWorker, koto.id, sisarukset.id, "2027-03-01T10:00:00Z");
  await meet(staff, a1, "2027-03-05T10:00:00Z", "MARK_ATTENDED");
  await act(staff, a1, { intent: "CLOSE", outcome: "got_help" });
  const a2 = await send(socialWorker, koto.id, sisarukset.id, "2027-03-10T10:00:00Z");
  await meet(staff, a2, "2027-03-20T10:00:00Z", "MARK_NO_SHOW");
  await act(socialWorker, a2, { intent: "CLOSE", outcome: "could_not_reach" });
  const a3 = await send(socialWorker, koto.id, sisarukset.id, "2027-03-11T10:00:00Z");
  await act(staff, a3, { intent: "DECLINE", reason: "no_capacity" });
  const a4 = await send(socialWorker, koto.id, sisarukset.id, "2027-03-12T10:00:00Z");
  await meet(staff, a4, "2027-03-13T22:00:00Z");
  // 22:30 UTC on 31 March is 01:30 on 1 April in Helsinki (summer time): an April referral, still unanswered.
  await send(socialWorker, koto.id, sisarukset.id, "2027-03-31T22:30:00Z");

  // Kylätalon kahvila, March 2027: three sent, all accepted; one cancelled afterwards (still accepted); meetings after
  // 2.5 and 5 days, so the median is 3.75, shown as 3.8.
  const b1 = await send(socialWorker, koto.id, kylatalo.id, "2027-03-02T08:00:00Z");
  await meet(staff, b1, "2027-03-04T20:00:00Z");
  const b2 = await send(socialWorker, koto.id, kylatalo.id, "2027-03-03T00:00:00Z");
  await meet(staff, b2, "2027-03-08T00:00:00Z");
  const b3 = await send(socialWorker, koto.id, kylatalo.id, "2027-03-04T00:00:00Z");
  await act(staff, b3, { intent: "ACCEPT" });
  await act(socialWorker, b3, { intent: "CANCEL" });

  // The other county: one referral, accepted, that the demo county's liaison must not count.
  const c1 = await send(otherSocialWorker, otherUnit.id, otherAssociation.id, "2027-03-05T12:00:00Z");
  await act(otherStaff, c1, { intent: "ACCEPT" });
});

const noOutcomes = { got_help: 0, referred_elsewhere: 0, no_longer_needed: 0, could_not_reach: 0, other: 0 };

describe("referral figures for the liaison", () => {
  it("counts per association and Helsinki month: sent, accepted share, median days to the first meeting, outcomes", async () => {
    const page = await run(figuresPage.loader, get("/referrals/figures", liaison));
    expect(page.status).toBe(200);
    expect(page.data.allCounties).toBe(false);
    const rows = [
      {
        associationId: kylatalo.id,
        associationName: "Kylätalon kahvila",
        month: "2027-03",
        sent: 3,
        accepted: 3,
        declined: 0,
        acceptanceRate: 1,
        meetings: 2,
        medianDaysToMeeting: 3.8,
        outcomes: noOutcomes,
      },
      {
        associationId: sisarukset.id,
        associationName: sisarukset.name,
        month: "2027-03",
        sent: 4,
        accepted: 3,
        declined: 1,
        acceptanceRate: 0.75,
        meetings: 3,
        medianDaysToMeeting: 4,
        outcomes: { ...noOutcomes, got_help: 1, could_not_reach: 1 },
      },
      {
        associationId: sisarukset.id,
        associationName: sisarukset.name,
        month: "2027-04",
        sent: 1,
        accepted: 0,
        declined: 0,
        acceptanceRate: 0,
        meetings: 0,
        medianDaysToMeeting: null,
        outcomes: noOutcomes,
      },
    ];
    // The table by association and month shows the latest month, with a way back; every month is a page of its own.
    expect(page.data).toMatchObject({ month: "2027-04", previousMonth: "2027-03", nextMonth: null });
    expect(page.data.rows).toEqual(rows.filter((r) => r.month === "2027-04"));
    const march = await run(figuresPage.loader, get("/referrals/figures?month=2027-03", liaison));
    expect(march.data).toMatchObject({ month: "2027-03", previousMonth: null, nextMonth: "2027-04" });
    expect(march.data.rows).toEqual(rows.filter((r) => r.month === "2027-03"));
    // The whole period per association: the median is taken over all of its referrals, not over monthly medians.
    expect(
      page.data.byAssociation.map(
        (a: { associationName: string; sent: number; medianDaysToMeeting: number | null }) => [
          a.associationName,
          a.sent,
          a.medianDaysToMeeting,
        ],
      ),
    ).toEqual([
      ["Kylätalon kahvila", 3, 3.8],
      [sisarukset.name, 5, 4],
    ]);
    expect(
      page.data.byMonth.map((m: { month: string; sent: number; accepted: number }) => [m.month, m.sent, m.accepted]),
    ).toEqual([
      ["2027-03", 7, 6],
      ["2027-04", 1, 0],
    ]);
    expect(page.data.total).toMatchObject({
      sent: 8,
      accepted: 6,
      declined: 1,
      meetings: 5,
      medianDaysToMeeting: 4,
      outcomes: { ...noOutcomes, got_help: 1, could_not_reach: 1 },
    });
    // Only figures: nothing of the clients.
    expect(JSON.stringify(page.data)).not.toContain("Testi");
  });

  it("lets an admin see every county", async () => {
    const page = await run(figuresPage.loader, get("/referrals/figures?month=2027-03", admin));
    expect(page.status).toBe(200);
    expect(page.data.allCounties).toBe(true);
    expect(page.data.total.sent).toBe(9);
    expect(
      page.data.rows.find((r: { associationId: string }) => r.associationId === otherAssociation.id),
    ).toMatchObject({ month: "2027-03", sent: 1, accepted: 1 });
  });

  it("downloads the same figures as CSV: BOM, header naming the time zone, one row per association and month", async () => {
    // Read as bytes: Response.text() would drop the byte order mark that Excel needs.
    const response = (await figuresCsv.loader({
      request: get("/referrals/figures.csv", liaison),
      params: {},
      context: {},
    })) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="ohjausten-luvut-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3)).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1)).toEqual([
      // Finnish spreadsheets: ";" between cells, decimal comma.
      "Järjestö;Kuukausi (Europe/Helsinki);Lähetetty;Hyväksytty;Hylätty;Hyväksytty osuus (%);Ensitapaaminen sovittu;Mediaani päivää ensitapaamiseen;" +
        "Tulos: Asiakas sai apua;Tulos: Ohjattu muualle;Tulos: Ei enää tarvetta;Tulos: Asiakasta ei tavoitettu;Tulos: Muu",
      "Kylätalon kahvila;2027-03;3;3;0;100,0;2;3,8;0;0;0;0;0",
      `${sisarukset.name};2027-03;4;3;1;75,0;3;4,0;1;0;0;1;0`,
      `${sisarukset.name};2027-04;1;0;0;0,0;0;;0;0;0;0;0`,
    ]);
  });

  it("writes the CSV header in the language of the user's account", async () => {
    await db().user.update({ where: { email: demoEmail("liaison") }, data: { locale: "en" } });
    const request = get("/referrals/figures.csv", liaison);
    const outcome = await run(figuresCsv.loader, request);
    expect(outcome.status).toBe(200);
    // (run() reads the body as text, which drops the byte order mark.)
    expect(outcome.data.split("\r\n")[0]).toMatch(/^Association,Month \(Europe\/Helsinki\),Sent,/);
  });

  it.each([
    ["social worker", () => socialWorker],
    ["association staff", () => staff],
  ])("refuses the %s (403), page and CSV", async (_, cookie) => {
    expect((await run(figuresPage.loader, get("/referrals/figures", cookie()))).status).toBe(403);
    expect((await run(figuresCsv.loader, get("/referrals/figures.csv", cookie()))).status).toBe(403);
  });

  it("sends visitors to sign in", async () => {
    const outcome = await run(figuresPage.loader, get("/referrals/figures"));
    expect(outcome.status).toBe(302);
    expect(outcome.location).toMatch(/^\/login/);
  });
});
