// Proves what the barometer's results show and to whom: figures only once the round is closed, groups under five
// answers hidden, the change since the county's previous round, the open answers only once published, the CSV
// anonymised (no invitee, no open text, no background of a small group), and nothing for anyone but the liaison.
import type { BarometerOrgType, BarometerRoundStatus } from "@prisma/client";
import { describe, expect, it } from "vitest";
import * as results from "~/routes/barometer+/$roundId.results";
import * as resultsCsv from "~/routes/barometer+/$roundId.results[.csv]";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { cookieForRole, get, run } from "../support/requests";

const liaison = await cookieForRole("liaison");
const socialWorker = await cookieForRole("social_worker");
const county = await db().county.findFirstOrThrow({ where: { name: "Demo-hyvinvointialue" } });

type Answer = { orgType: BarometerOrgType; local?: number; oc1?: number; openText?: string };

/** A round in the given state with the given answers, each through its own invitation. */
async function round(title: string, status: BarometerRoundStatus, closesAt: string, answers: Answer[]) {
  const { id } = await db().barometerRound.create({
    data: { countyId: county.id, title, closesAt: new Date(closesAt), ...initialRow("barometer-round"), status },
  });
  for (const [i, a] of answers.entries()) {
    const invitation = await db().barometerInvitation.create({
      data: { roundId: id, email: `${title.replace(/\W/g, "")}.${i}@example.fi`, tokenHash: `${id}-${i}` },
    });
    await db().barometerAnswer.create({
      data: {
        roundId: id,
        invitationId: invitation.id,
        orgType: a.orgType,
        items: a.oc1 === undefined ? {} : { oc1: a.oc1 },
        grades: a.local === undefined ? {} : { local: a.local },
        obstacles: {},
        openText: a.openText ?? null,
      },
    });
  }
  return id;
}

const association = (local: number, openText?: string): Answer => ({ orgType: "association", local, oc1: 4, openText });
const previousId = await round(
  "Barometri 2026",
  "published",
  "2026-06-30",
  [6, 6, 6, 6, 6].map((l) => association(l)),
);
const currentId = await round("Barometri 2027", "closed", "2027-06-30", [
  association(8, "Enemmän iltatapaamisia"),
  association(7),
  association(7),
  association(6),
  association(7, "Tulkkaus kokouksiin"),
  { orgType: "education", local: 9, openText: "Koulut mukaan" },
  { orgType: "education", local: 9 },
]);

const load = async (id: string, cookie = liaison) =>
  run(results.loader, get(`/barometer/${id}/results`, cookie), { roundId: id });

describe("a closed round's results", () => {
  it("show the figures of every group of five or more, and hide the smaller ones", async () => {
    const { status, data } = await load(currentId);
    expect(status).toBe(200);
    expect(data.results.shown).toBe(true);
    // Local grades 8, 7, 7, 6, 7, 9, 9: mean 53 / 7.
    expect(data.results.overall.grades.local).toMatchObject({ hidden: false, n: 7 });
    expect(data.results.overall.grades.local.mean).toBeCloseTo(53 / 7, 10);
    expect(data.results.byOrgType.map((g: { orgType: string }) => g.orgType)).toEqual(["association"]);
    expect(data.results.byOrgType[0].results.grades.local).toMatchObject({ n: 5, mean: 7 });
    expect(data.results.hiddenOrgTypes).toBe(1);
  });

  it("compare with the county's previous round", async () => {
    const { data } = await load(currentId);
    expect(data.previousTitle).toBe("Barometri 2026");
    expect(data.results.comparison.grades.local.difference).toBeCloseTo(53 / 7 - 6, 10);
    expect(data.results.comparison.grades.regional).toEqual({ tooFew: true });
  });

  it("keep the open answers until the round is published, then show them without who wrote them", async () => {
    expect((await load(currentId)).data.openAnswers).toBeNull();
    await db().barometerRound.update({ where: { id: currentId }, data: { status: "published" } });
    const { data } = await load(currentId);
    expect([...data.openAnswers].sort()).toEqual(["Enemmän iltatapaamisia", "Koulut mukaan", "Tulkkaus kokouksiin"]);
    const invitations = await db().barometerInvitation.findMany({ where: { roundId: currentId } });
    const page = JSON.stringify(data);
    for (const i of invitations) {
      expect(page).not.toContain(i.email);
      expect(page).not.toContain(i.id);
    }
    await db().barometerRound.update({ where: { id: currentId }, data: { status: "closed" } });
  });
});

describe("the CSV of a round's answers", () => {
  it("has one anonymous row per answer, with a BOM, and no background for a group under five", async () => {
    // Read as bytes: Response.text() would drop the byte order mark that Excel needs.
    const response = (await resultsCsv.loader({
      request: get(`/barometer/${currentId}/results.csv`, liaison),
      params: { roundId: currentId },
      context: {},
    })) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="barometri-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3));
    const [header, ...rows] = text.trimEnd().split("\r\n");
    expect(header.split(";").slice(0, 4)).toEqual([
      "Missä työskentelet tai toimit vapaaehtoisena?",
      "Jos järjestössä: montako palkattua työntekijää sillä on?",
      "Jos järjestössä: onko yli puolella sen työntekijöistä, vapaaehtoisista tai jäsenistä maahanmuuttajatausta?",
      "oc1",
    ]);
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.startsWith("Järjestö;"))).toHaveLength(5);
    // The two education answers: their organisation type is left empty, their grades stay.
    expect(rows.filter((r) => r.startsWith(";") && r.endsWith(";9;;;;;;;;"))).toHaveLength(2);
    expect(text).not.toContain("Koulut mukaan");
    expect(text).not.toContain("@example.fi");
  });
});

describe("results that are not there to see", () => {
  it("are not found for a round still open, or for a round under five answers", async () => {
    const open = await round(
      "Avoin kierros",
      "open",
      "2099-06-30",
      [6, 7, 8, 9, 9].map((l) => association(l)),
    );
    expect((await load(open)).status).toBe(404);
    const small = await round(
      "Pieni kierros",
      "closed",
      "2027-12-31",
      [6, 7, 8, 9].map((l) => association(l)),
    );
    const { data } = await load(small);
    expect(data.results.shown).toBe(false);
    expect(data.openAnswers).toBeNull();
    const csv = await run(resultsCsv.loader, get(`/barometer/${small}/results.csv`, liaison), { roundId: small });
    expect(csv.status).toBe(404);
  });

  it("are refused to anyone but the liaison of the county and admins", async () => {
    expect((await load(currentId, socialWorker)).status).toBe(403);
    expect((await load(previousId, await cookieForRole("association_staff"))).status).toBe(403);
  });
});
