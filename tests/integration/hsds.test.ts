// Proves the Open Referral HSDS 3.0 export: answers validate against the HSDS schemas, paging is right, schedules name
// their time zone, unknown ids are a JSON 404, and no user account's e-mail address ever appears in the output.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { MAX_PER_PAGE, parsePaging } from "~/models/hsds.server";
import * as countyById from "~/routes/api+/hsds.counties.$id";
import * as countyList from "~/routes/api+/hsds.counties._index";
import * as organizationById from "~/routes/api+/hsds.organizations.$id";
import * as organizationList from "~/routes/api+/hsds.organizations._index";
import * as serviceById from "~/routes/api+/hsds.services.$id";
import * as serviceList from "~/routes/api+/hsds.services._index";
import { db } from "~/utils/db.server";
import { get, run } from "../support/requests";

// The HSDS 3.0 schemas are kept beside the checkout (see STYLE.md). They declare no $schema; openapi.json says its
// jsonSchemaDialect is draft 2020-12, so that is the dialect they are checked in.
const HSDS = new URL("../../../shared/hsds-3.0/", import.meta.url);
const schemaFile = (name: string) => JSON.parse(readFileSync(new URL(name, HSDS), "utf8"));
const openapi = schemaFile("openapi.json");
expect(openapi.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
// The HSDS files also carry Frictionless Data Package annotations; known to Ajv as annotations, so strict mode stays on.
ajv.addVocabulary([
  "name",
  "path",
  "datapackage_metadata",
  "constraints",
  "example",
  "core",
  "datapackage_type",
  "tabular_required",
]);

/** A list response as openapi.json describes it: the Page object, all paging fields present, items of the list schema. */
function pageSchema(itemSchema: object) {
  const page = openapi.components.schemas.Page;
  return {
    type: "object",
    allOf: [page],
    required: [...Object.keys(page.properties), "contents"],
    properties: { contents: { type: "array", items: itemSchema } },
  };
}

const validators = {
  organizationPage: ajv.compile(pageSchema(schemaFile("compiled/organization_list.json"))),
  servicePage: ajv.compile(pageSchema(schemaFile("compiled/service_list.json"))),
  organization: ajv.compile(schemaFile("compiled/organization.json")),
  service: ajv.compile(schemaFile("compiled/service.json")),
};

function expectValid(validator: keyof typeof validators, data: unknown) {
  const validate = validators[validator];
  const ok = validate(data);
  expect(ok ? [] : ajv.errorsText(validate.errors, { separator: "\n" }).split("\n")).toEqual([]);
}

type Loader = { loader: Parameters<typeof run>[0] };
const everything: string[] = [];

/** Calls a loader, checks the headers every answer carries, and keeps the body for the privacy check. */
async function call(route: Loader, path: string, params: Record<string, string> = {}) {
  const outcome = await run(route.loader, get(path), params);
  expect(outcome.headers?.get("Content-Type")).toMatch(/^application\/json/);
  expect(outcome.headers?.get("Access-Control-Allow-Origin")).toBe("*");
  expect(outcome.headers?.get("Cache-Control")).toBe("public, max-age=300");
  everything.push(outcome.data);
  return { status: outcome.status, body: JSON.parse(outcome.data) };
}

// Demo data filled out with the public contact fields, so that every field of the mapping is exercised.
const PUBLIC_EMAIL = "info@sisarukset.example.fi";
const sisarukset = await db().association.update({
  where: { name: "Monikulttuurinen naisyhdistys Sisarukset ry" },
  data: { contactEmail: PUBLIC_EMAIL, contactPhone: "+358 40 123 4567", website: "https://sisarukset.example.fi/" },
});
await db().associationLogo.create({
  data: { associationId: sisarukset.id, mimeType: "image/png", data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
});
await db().activity.updateMany({
  where: { titleFi: "Läksykerho" },
  data: { free: false, costNote: "2 € / kerta", accessibility: "Hissi, esteetön sisäänkäynti" },
});
const associationCount = await db().association.count();
const activityCount = await db().activity.count();
const activityId = async (titleFi: string) => (await db().activity.findFirstOrThrow({ where: { titleFi } })).id;

describe("GET /api/hsds/organizations", () => {
  it("answers an HSDS page of all associations that validates against organization_list.json", async () => {
    const { status, body } = await call(organizationList, "/api/hsds/organizations");
    expect(status).toBe(200);
    expectValid("organizationPage", body);
    expect(associationCount).toBe(13);
    expect(body).toMatchObject({
      total_items: associationCount,
      total_pages: 1,
      page_number: 1,
      size: associationCount,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(body.contents).toHaveLength(associationCount);
  });

  it("pages: page 2 of 5 is the next five, distinct; the last page is short; past the end is empty", async () => {
    const all = (await call(organizationList, "/api/hsds/organizations?per_page=200")).body.contents.map(
      (o: { id: string }) => o.id,
    );
    const first = (await call(organizationList, "/api/hsds/organizations?page=1&per_page=5")).body;
    const second = (await call(organizationList, "/api/hsds/organizations?page=2&per_page=5")).body;
    const ids = (page: { contents: { id: string }[] }) => page.contents.map((o) => o.id);
    expect(ids(first)).toEqual(all.slice(0, 5));
    expect(ids(second)).toEqual(all.slice(5, 10));
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(10);
    expect(second).toMatchObject({
      total_items: 13,
      total_pages: 3,
      page_number: 2,
      size: 5,
      first_page: false,
      last_page: false,
      empty: false,
    });
    expectValid("organizationPage", second);

    const last = (await call(organizationList, "/api/hsds/organizations?page=3&per_page=5")).body;
    expect(last).toMatchObject({ page_number: 3, size: 3, first_page: false, last_page: true, empty: false });
    expect(ids(last)).toEqual(all.slice(10));

    const beyond = (await call(organizationList, "/api/hsds/organizations?page=4&per_page=5")).body;
    expect(beyond).toMatchObject({
      total_items: 13,
      total_pages: 3,
      page_number: 4,
      size: 0,
      last_page: true,
      empty: true,
      contents: [],
    });
    expectValid("organizationPage", beyond);
  });

  it("falls back to the defaults on bad paging values, caps per_page at 200, and never fails", async () => {
    for (const query of [
      "page=abc&per_page=xyz",
      "page=0&per_page=0",
      "page=-2&per_page=-5",
      "page=1.5&per_page=2e1",
      "page=&per_page=",
      "page=99999999999999999999",
    ]) {
      const { status, body } = await call(organizationList, `/api/hsds/organizations?${query}`);
      expect(status, query).toBe(200);
      expect(body, query).toMatchObject({ page_number: 1, size: 13, total_pages: 1 });
    }
    const huge = await call(organizationList, "/api/hsds/organizations?page=999999999&per_page=200");
    expect(huge.body).toMatchObject({ page_number: 999999999, empty: true });
    // The demo data has fewer than 200 rows, so the cap itself is checked where per_page is read.
    expect(parsePaging(new URLSearchParams("page=3&per_page=100000"))).toEqual({ page: 3, perPage: MAX_PER_PAGE });
    expect(MAX_PER_PAGE).toBe(200);
    const capped = await call(serviceList, "/api/hsds/services?per_page=100000");
    expect(capped.body).toMatchObject({ size: activityCount, total_pages: 1 });
    const narrow = await call(serviceList, "/api/hsds/services?per_page=1");
    expect(narrow.body).toMatchObject({ size: 1, total_pages: activityCount });
  });
});

describe("GET /api/hsds/services", () => {
  it("answers an HSDS page of all activities that validates against service_list.json", async () => {
    const { status, body } = await call(serviceList, "/api/hsds/services");
    expect(status).toBe(200);
    expectValid("servicePage", body);
    expect(body).toMatchObject({
      total_items: activityCount,
      total_pages: 1,
      page_number: 1,
      size: activityCount,
      first_page: true,
      last_page: true,
      empty: false,
    });
    const ids = body.contents.map((s: { id: string }) => s.id);
    expect(new Set(ids).size).toBe(activityCount);
    for (const service of body.contents) {
      expect(service.status).toBe("active");
      expect(service.last_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it("pages services the same way", async () => {
    const all = (await call(serviceList, "/api/hsds/services?per_page=200")).body.contents.map(
      (s: { id: string }) => s.id,
    );
    const second = (await call(serviceList, "/api/hsds/services?page=2&per_page=5")).body;
    expect(second.contents.map((s: { id: string }) => s.id)).toEqual(all.slice(5, 10));
    expect(second).toMatchObject({
      total_items: activityCount,
      total_pages: Math.ceil(activityCount / 5),
      size: 5,
      first_page: false,
    });
    const beyond = (await call(serviceList, `/api/hsds/services?page=${Math.ceil(activityCount / 5) + 1}&per_page=5`))
      .body;
    expect(beyond).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
  });
});

describe("one object by id", () => {
  it("answers an association as a fully nested organization that validates against organization.json", async () => {
    const { status, body } = await call(organizationById, `/api/hsds/organizations/${sisarukset.id}`, {
      id: sisarukset.id,
    });
    expect(status).toBe(200);
    expectValid("organization", body);
    expect(body).toMatchObject({
      id: sisarukset.id,
      name: "Monikulttuurinen naisyhdistys Sisarukset ry",
      email: PUBLIC_EMAIL,
      website: "https://sisarukset.example.fi/",
      uri: `http://localhost:3000/directory/associations/${sisarukset.id}`,
      logo: `http://localhost:3000/directory/associations/${sisarukset.id}/logo`,
      phones: [{ number: "+358 40 123 4567", organization_id: sisarukset.id }],
    });
    expect(body.description).toContain("Naisten kohtaamispaikka");
    expect(body.description).toContain("A meeting place for women");
    expect(body.services.map((s: { name: string }) => s.name)).toEqual([
      "Naisten iltakahvila",
      "Suomen kielen keskusteluryhmä",
    ]);
    expect(body.services.every((s: { organization_id: string }) => s.organization_id === sisarukset.id)).toBe(true);
    // Nested ids are stable from one request to the next.
    expect((await call(organizationById, "", { id: sisarukset.id })).body).toEqual(body);
  });

  it("answers every activity as a fully nested service that validates against service.json", async () => {
    const activities = await db().activity.findMany({ select: { id: true, titleFi: true, associationId: true } });
    for (const activity of activities) {
      const { status, body } = await call(serviceById, `/api/hsds/services/${activity.id}`, { id: activity.id });
      expect(status, activity.titleFi).toBe(200);
      expectValid("service", body);
      expect(body).toMatchObject({
        id: activity.id,
        name: activity.titleFi,
        organization_id: activity.associationId,
        organization: { id: activity.associationId },
      });
    }
  });

  it("answers a JSON 404 for an unknown or malformed id", async () => {
    for (const route of [organizationById, serviceById]) {
      for (const id of [randomUUID(), "not-a-uuid", "1; DROP TABLE activity", ""]) {
        const { status, body } = await call(route, `/api/hsds/x/${id}`, { id });
        expect(status, id).toBe(404);
        expect(body).toMatchObject({ error: "not_found" });
      }
    }
  });
});

describe("what a service says", () => {
  it("gives the weekly time of Naisten iltakahvila as an HSDS schedule in Europe/Helsinki time", async () => {
    const id = await activityId("Naisten iltakahvila");
    const { body } = await call(serviceById, `/api/hsds/services/${id}`, { id });
    expect(body.schedules).toHaveLength(1);
    const [schedule] = body.schedules;
    expect(schedule).toMatchObject({
      service_id: id,
      freq: "WEEKLY",
      byday: "TU",
      opens_at: "17:00",
      closes_at: "19:00",
    });
    // HSDS's own timezone field is a numeric UTC offset: left out, the zone is named instead.
    expect(schedule).not.toHaveProperty("timezone");
    const zone = schedule.attributes.find((a: { link_type: string }) => a.link_type === "timezone");
    expect(zone).toMatchObject({
      link_id: schedule.id,
      link_entity: "schedule",
      value: "Europe/Helsinki",
      taxonomy_term: { code: "TZID" },
    });
    expect(schedule.description).toContain("Europe/Helsinki");
  });

  it("has every schedule name its time zone", async () => {
    const activities = await db().activity.findMany({
      where: { weekday: { not: null } },
      select: { id: true, weekday: true },
    });
    expect(activities.length).toBeGreaterThan(0);
    for (const { id, weekday } of activities) {
      const { body } = await call(serviceById, "", { id });
      expect(body.schedules).toHaveLength(1);
      expect(body.schedules[0].byday).toBe(["MO", "TU", "WE", "TH", "FR", "SA", "SU"][weekday! - 1]);
      expect(body.schedules[0].attributes.map((a: { value: string }) => a.value)).toContain("Europe/Helsinki");
    }
  });

  it("gives languages as ISO 639 codes, the place, online activities as virtual locations, and the cost", async () => {
    const cafe = await activityId("Naisten iltakahvila");
    const { body: onSite } = await call(serviceById, "", { id: cafe });
    expect(onSite.languages.map((l: { code: string }) => l.code)).toEqual(["ar", "fi"]);
    expect(onSite.languages.map((l: { name: string }) => l.name)).toEqual(["Arabic", "Finnish"]);
    expect(onSite.service_at_locations).toMatchObject([
      { service_id: cafe, location: { location_type: "physical", name: "Kirkkopuistikko 12, Vaasa" } },
    ]);
    expect(onSite.cost_options).toMatchObject([{ amount: 0, currency: "EUR" }]);
    expect(onSite.service_areas.map((a: { name: string }) => a.name)).toEqual(["Vaasa", "Mustasaari"]);
    expect(onSite).toMatchObject({
      alternate_name: "Women's evening café",
      email: PUBLIC_EMAIL,
      url: `http://localhost:3000/directory/activities/${cafe}`,
    });

    const online = await activityId("Verkkokahvila");
    const { body: virtual } = await call(serviceById, "", { id: online });
    expect(virtual.service_at_locations).toMatchObject([
      { location: { location_type: "virtual", url: `http://localhost:3000/directory/activities/${online}` } },
    ]);

    const paid = await activityId("Läksykerho");
    const { body: withFee } = await call(serviceById, "", { id: paid });
    expect(withFee.cost_options).toMatchObject([{ amount_description: "2 € / kerta" }]);
    expect(withFee.cost_options[0]).not.toHaveProperty("amount");
    expect(withFee.service_at_locations[0].location.accessibility).toMatchObject([
      { description: "Hissi, esteetön sisäänkäynti" },
    ]);
  });
});

describe("GET /api/hsds/counties", () => {
  it("publishes each county with its contact point for organisations, validating against the HSDS schemas", async () => {
    const counties = await db().county.findMany({ select: { id: true, name: true } });
    const { status, body } = await call(countyList, "/api/hsds/counties");
    expect(status).toBe(200);
    expectValid("organizationPage", body);
    expect(body).toMatchObject({ total_items: counties.length, size: counties.length });
    expect(body.contents[0]).toMatchObject({ website: "http://localhost:3000/contact" });

    const { status: one, body: county } = await call(countyById, "", { id: counties[0].id });
    expect(one).toBe(200);
    expectValid("organization", county);
    expect(county).toMatchObject({
      id: counties[0].id,
      name: counties[0].name,
      website: "http://localhost:3000/contact",
      contacts: [
        { organization_id: counties[0].id, name: "Yhteydenotto järjestöille / Contact point for organisations" },
      ],
    });
    // The same contact id in every answer.
    expect((await call(countyById, "", { id: counties[0].id })).body.contacts[0].id).toBe(county.contacts[0].id);
    expect((await call(countyById, "", { id: randomUUID() })).status).toBe(404);
    expect((await call(countyById, "", { id: "not-a-uuid" })).status).toBe(404);
  });
});

describe("privacy", () => {
  it("never shows the e-mail address of any user account, while the association's public address is there", async () => {
    // Everything the export answers, once more, on top of what the tests above have already collected.
    await call(organizationList, "/api/hsds/organizations?per_page=200");
    await call(serviceList, "/api/hsds/services?per_page=200");
    await call(countyList, "/api/hsds/counties?per_page=200");
    for (const { id } of await db().county.findMany({ select: { id: true } })) await call(countyById, "", { id });
    for (const { id } of await db().association.findMany({ select: { id: true } }))
      await call(organizationById, "", { id });
    for (const { id } of await db().activity.findMany({ select: { id: true } })) await call(serviceById, "", { id });
    const output = everything.join("\n").toLowerCase();

    const accounts = await db().user.findMany({ select: { email: true } });
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts.map((a) => a.email).filter((email) => output.includes(email.toLowerCase()))).toEqual([]);
    expect(output).toContain(PUBLIC_EMAIL);
  });
});

describe("HTTP caching of the export", () => {
  it("answers a repeated request with its ETag by a 304 without a body, and a changed export by the new body", async () => {
    const first = await run(serviceList.loader, get("/api/hsds/services"));
    const etag = first.headers?.get("ETag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = new Request("http://localhost:3000/api/hsds/services", { headers: { "If-None-Match": etag! } });
    const unchanged = await run(serviceList.loader, again);
    expect(unchanged.status).toBe(304);
    expect(unchanged.data ?? "").toBe("");
    expect(unchanged.headers?.get("ETag")).toBe(etag);

    await db().activity.updateMany({ where: { associationId: sisarukset.id }, data: { titleEn: "Renamed activity" } });
    const changed = await run(
      serviceList.loader,
      new Request("http://localhost:3000/api/hsds/services", { headers: { "If-None-Match": etag! } }),
    );
    expect(changed.status).toBe(200);
    expect(changed.headers?.get("ETag")).not.toBe(etag);
  });
});
