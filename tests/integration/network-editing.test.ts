// Creating and editing an association network (/networks/new, /networks/:networkId/edit): only the county's liaison
// and admins; the name is unique in the county; the convener and the members are of the network's county. Every
// refusal changes nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sv } from "~/i18n/messages.server";
import { activeAccountSnapshot } from "~/models/user.server";
import * as editPage from "~/routes/networks+/$networkId.edit";
import * as networkPage from "~/routes/networks+/$networkId._index";
import * as listPage from "~/routes/networks+/_index";
import * as newPage from "~/routes/networks+/new";
import { db } from "~/utils/db.server";
import { fingerprint } from "../support/fingerprint";
import { newCounty } from "../support/path";
import { cookieFor, cookieForRole, get, post, run, type Outcome } from "../support/requests";

const c = await newCounty();
const other = await newCounty();
const cookies = {
  liaison: await cookieFor(c.liaison.email),
  worker: await cookieFor(c.socialWorker.email),
  staff: await cookieFor(c.staff.email),
  otherLiaison: await cookieFor(other.liaison.email),
  admin: await cookieForRole("admin"),
};
const secondAssociation = await db().association.create({
  data: { countyId: c.county.id, name: `Toinen yhdistys ${randomUUID().slice(0, 8)}`, kind: "registered" },
});

const create = (cookie: string, fields: Record<string, string | string[]>) =>
  run(newPage.action, post("/networks/new", fields, cookie));
const edit = (cookie: string, networkId: string, fields: Record<string, string | string[]>) =>
  run(editPage.action, post(`/networks/${networkId}/edit`, fields, cookie), { networkId });
const editForm = (cookie: string, networkId: string) =>
  run(editPage.loader, get(`/networks/${networkId}/edit`, cookie), { networkId });

/** Runs the request and checks it was refused with one of the statuses, the database unchanged. */
async function refused(statuses: number[], request: () => Promise<Outcome>) {
  const before = await fingerprint();
  const outcome = await request();
  expect(statuses).toContain(outcome.status);
  expect(await fingerprint()).toEqual(before);
  return outcome;
}

const fields = {
  countyId: c.county.id,
  name: "Nuoret ja harrastukset",
  theme: "Nuoret",
  description: "Nuorten kanssa toimivat järjestöt.\nTapaamiset kerran kuussa.",
  convener: `unit:${c.unit.id}`,
  associationIds: [c.association.id, secondAssociation.id],
};
let networkId = "";

describe("the county's liaison", () => {
  it("sees the form with the county's units and associations, and the links", async () => {
    const form = await run(newPage.loader, get("/networks/new", cookies.liaison));
    expect(form.status).toBe(200);
    expect(form.data.county).toMatchObject({ id: c.county.id });
    expect(form.data.units.map((u: { id: string }) => u.id)).toEqual([c.unit.id]);
    expect(form.data.associations.map((a: { id: string }) => a.id).sort()).toEqual(
      [c.association.id, secondAssociation.id].sort(),
    );
    expect((await run(listPage.loader, get("/networks", cookies.liaison))).data.mayManage).toBe(true);
    expect((await run(listPage.loader, get("/networks", cookies.worker))).data.mayManage).toBe(false);
  });

  it("creates a network with its convener and members", async () => {
    const outcome = await create(cookies.liaison, fields);
    expect(outcome.status).toBe(302);
    networkId = /\/networks\/([0-9a-f-]{36})\?saved=1$/.exec(outcome.location ?? "")![1];
    const network = await db().network.findUniqueOrThrow({ where: { id: networkId }, include: { members: true } });
    expect(network).toMatchObject({
      countyId: c.county.id,
      name: fields.name,
      theme: fields.theme,
      // A form sends a textarea's line breaks as CRLF.
      description: fields.description.replace(/\n/g, "\r\n"),
      convenerUnitId: c.unit.id,
      convenerAssociationId: null,
    });
    expect(network.members.map((m) => m.associationId).sort()).toEqual(fields.associationIds.sort());
    const shown = await run(networkPage.loader, get(`/networks/${networkId}`, cookies.liaison), { networkId });
    expect(shown.data.network.mayManage).toBe(true);
  });

  it("edits it: name, convener an association, one member fewer", async () => {
    const form = await editForm(cookies.liaison, networkId);
    expect(form.data.values).toMatchObject({ name: fields.name, convener: `unit:${c.unit.id}` });
    const outcome = await edit(cookies.liaison, networkId, {
      name: "Nuoret",
      theme: "Nuoret ja vapaa-aika",
      description: "",
      convener: `association:${secondAssociation.id}`,
      associationIds: [secondAssociation.id],
    });
    expect(outcome).toMatchObject({ status: 302, location: `/networks/${networkId}?saved=1` });
    const network = await db().network.findUniqueOrThrow({ where: { id: networkId }, include: { members: true } });
    expect(network).toMatchObject({
      countyId: c.county.id,
      name: "Nuoret",
      theme: "Nuoret ja vapaa-aika",
      description: "",
      convenerUnitId: null,
      convenerAssociationId: secondAssociation.id,
    });
    expect(network.members.map((m) => m.associationId)).toEqual([secondAssociation.id]);
    // No convener and no members.
    expect((await edit(cookies.liaison, networkId, { name: "Nuoret", theme: "Nuoret", convener: "" })).status).toBe(
      302,
    );
    expect(
      await db().network.findUniqueOrThrow({ where: { id: networkId }, include: { members: true } }),
    ).toMatchObject({ convenerUnitId: null, convenerAssociationId: null, members: [] });
  });

  it("is told when the name is taken in the county (in any letter case); another county may use it", async () => {
    const taken = await refused([400], () => create(cookies.liaison, { ...fields, name: "NUORET" }));
    expect(taken.data.errors.name).toEqual({ key: "network.errors.nameTaken" });
    expect(sv["network.errors.nameTaken"]).toMatch(/namn/);
    const second = await create(cookies.liaison, { ...fields, name: "Ikääntyneet" });
    expect(second.status).toBe(302);
    const secondId = second.location!.split("/")[2].split("?")[0];
    const renamed = await refused([400], () => edit(cookies.liaison, secondId, { ...fields, name: "nuoret" }));
    expect(renamed.data.errors.name).toEqual({ key: "network.errors.nameTaken" });
    // Keeping its own name is no clash.
    expect((await edit(cookies.liaison, secondId, { ...fields, name: "Ikääntyneet" })).status).toBe(302);
    const elsewhere = await create(cookies.otherLiaison, {
      countyId: other.county.id,
      name: "Nuoret",
      theme: "Nuoret",
    });
    expect(elsewhere.status).toBe(302);
    await db().network.delete({ where: { id: elsewhere.location!.split("/")[2].split("?")[0] } });
  });

  it("is refused bad input with messages, changing nothing", async () => {
    const empty = await refused([400], () => create(cookies.liaison, { countyId: c.county.id, name: " ", theme: "" }));
    expect(empty.data.errors).toMatchObject({ name: { key: "errors.required" }, theme: { key: "errors.required" } });
    const markup = await refused([400], () => edit(cookies.liaison, networkId, { name: "<b>x</b>", theme: "t" }));
    expect(markup.data.errors.name).toEqual({ key: "errors.noMarkup" });
    const long = await refused([400], () => edit(cookies.liaison, networkId, { name: "x".repeat(121), theme: "t" }));
    expect(long.data.errors.name).toEqual({ key: "errors.tooLong", params: { max: 120 } });
    for (const convener of ["unit", "unit:", `team:${c.unit.id}`, `unit:${randomUUID()}`, "association:x"]) {
      const bad = await refused([400], () => edit(cookies.liaison, networkId, { name: "N", theme: "t", convener }));
      expect(bad.data.errors.convener).toEqual({ key: "errors.invalidChoice" });
    }
    const badCounty = await refused([400], () => create(cookies.liaison, { ...fields, countyId: "x", name: "Uusi" }));
    expect(badCounty.data.errors.countyId).toBeDefined();
    // Nothing ever reaches a translation that is missing.
    for (const key of ["network.errors.nameTaken", "errors.required", "errors.invalidChoice"] as const)
      expect(sv[key]).toBeTruthy();
  });

  it("cannot make a unit or association of another county the convener or a member", async () => {
    const foreignMember = await refused([400], () =>
      edit(cookies.liaison, networkId, { ...fields, associationIds: [c.association.id, other.association.id] }),
    );
    expect(foreignMember.data.errors.associationIds).toEqual({ key: "errors.invalidChoice" });
    const foreignUnit = await refused([400], () =>
      edit(cookies.liaison, networkId, { ...fields, convener: `unit:${other.unit.id}` }),
    );
    expect(foreignUnit.data.errors.convener).toEqual({ key: "errors.invalidChoice" });
    const foreignConvener = await refused([400], () =>
      create(cookies.liaison, { ...fields, name: "Uusi", convener: `association:${other.association.id}` }),
    );
    expect(foreignConvener.data.errors.convener).toEqual({ key: "errors.invalidChoice" });
  });
});

describe("everyone else", () => {
  it("another county's liaison neither sees the edit form nor edits, nor creates a network in this county", async () => {
    expect((await editForm(cookies.otherLiaison, networkId)).status).toBe(404);
    await refused([404], () => edit(cookies.otherLiaison, networkId, { ...fields, name: "Kaapattu" }));
    await refused([403], () => create(cookies.otherLiaison, { ...fields, name: "Kaapattu" }));
  });

  it("association staff and social workers of the county are refused both pages", async () => {
    for (const cookie of [cookies.staff, cookies.worker]) {
      expect((await run(newPage.loader, get("/networks/new", cookie))).status).toBe(403);
      expect((await editForm(cookie, networkId)).status).toBe(403);
      await refused([403], () => create(cookie, { ...fields, name: "Kaapattu" }));
      await refused([403], () => edit(cookie, networkId, { ...fields, name: "Kaapattu" }));
      const shown = await run(networkPage.loader, get(`/networks/${networkId}`, cookie), { networkId });
      expect(shown.data.network.mayManage).toBe(false);
    }
  });

  it("a visitor is sent to sign in", async () => {
    expect((await run(newPage.loader, get("/networks/new"))).status).toBe(302);
    await refused([302], () => edit("", networkId, { ...fields, name: "Kaapattu" }));
  });
});

describe("someone who keeps several counties' networks", () => {
  it("chooses the county first; an admin may create in any county", async () => {
    const twoCounties = await db().user.create({
      data: {
        email: `liaison2.${randomUUID().slice(0, 8)}@polku.example`,
        name: "Kaksi Aluetta",
        role: "liaison",
        status: "active",
        snapshot: activeAccountSnapshot(),
        units: { create: [{ unitId: c.unit.id }, { unitId: other.unit.id }] },
      },
    });
    const cookie = await cookieFor(twoCounties.email);
    const first = await run(newPage.loader, get("/networks/new", cookie));
    expect(first.data.county).toBeNull();
    expect(first.data.counties.map((x: { id: string }) => x.id).sort()).toEqual([c.county.id, other.county.id].sort());
    const chosen = await run(newPage.loader, get(`/networks/new?county=${other.county.id}`, cookie));
    expect(chosen.data.county).toMatchObject({ id: other.county.id });
    expect(chosen.data.units.map((u: { id: string }) => u.id)).toEqual([other.unit.id]);
    // A county the user does not keep is not offered.
    const demo = await db().county.findFirstOrThrow({ where: { id: { notIn: [c.county.id, other.county.id] } } });
    expect((await run(newPage.loader, get(`/networks/new?county=${demo.id}`, cookie))).data.county).toBeNull();

    const admin = await create(cookies.admin, {
      countyId: other.county.id,
      name: "Ylläpidon verkosto",
      theme: "Testi",
      convener: `association:${other.association.id}`,
      associationIds: other.association.id,
    });
    expect(admin.status).toBe(302);
    await refused([400], () => create(cookies.admin, { ...fields, countyId: randomUUID(), name: "Ei aluetta" }));
  });
});
