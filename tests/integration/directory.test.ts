// The public directory as a visitor uses it: search that forgives case, accents and Finnish inflection and puts the
// best match first; each filter alone and together; pages; a helpful empty result; hostile queries are harmless.
import { describe, expect, it } from "vitest";
import * as directory from "~/routes/directory+/_index";
import * as publicActivity from "~/routes/directory+/activities.$activityId";
import * as publicAssociation from "~/routes/directory+/associations.$associationId";
import { db } from "~/utils/db.server";
import { LANGUAGE_CODES } from "~/utils/choices";
import { languageLabel, languageName, localized, ownLanguageName } from "~/utils/languages";
import { get, run } from "../support/requests";

async function search(query: Record<string, string>) {
  const outcome = await run(directory.loader, get(`/directory?${new URLSearchParams(query)}`));
  expect(outcome.status).toBe(200);
  return outcome.data as {
    hits: {
      titleFi: string;
      titleSv: string | null;
      descriptionSv: string | null;
      associationName: string;
      id: string;
    }[];
    total: number;
    pages: number;
    search: { page: number };
  };
}

const titles = (result: { hits: { titleFi: string }[] }) => result.hits.map((h) => h.titleFi);

describe("directory search", () => {
  it("lists every activity when nothing is asked", async () => {
    const result = await search({});
    expect(result.total).toBe(await db().activity.count());
  });

  it("ignores case and finds 'päivä' from 'PAIVA'", async () => {
    expect(titles(await search({ q: "PAIVA" }))).toContain("Perheiden sunnuntai");
  });

  it("finds Finnish inflected forms: 'lapsiperhe' finds 'lapsiperheille'", async () => {
    expect(titles(await search({ q: "lapsiperhe" }))).toContain("Lauantaikahvila perheille");
  });

  it("finds English words too, and by association name", async () => {
    expect(titles(await search({ q: "homework" }))).toEqual(["Läksykerho"]);
    expect(titles(await search({ q: "Kalyna" }))).toEqual(
      expect.arrayContaining(["Vertaistukiryhmä äideille", "Verkkokahvila"]),
    );
  });

  it("ranks a title match above a match in a description", async () => {
    const result = await search({ q: "kahvila" });
    expect(result.hits.length).toBeGreaterThan(1);
    expect(result.hits[0].titleFi.toLowerCase()).toContain("kahvila");
  });

  it.each([
    ["language", { language: "ar" }, (h: Hit) => h.languages.includes("ar")],
    ["target group", { group: "youth" }, (h: Hit) => h.targetGroups.includes("youth")],
    ["municipality", { municipality: "Laihia" }, (h: Hit) => h.municipalities.includes("Laihia")],
    ["online", { mode: "online" }, (h: Hit) => h.online],
    ["on site", { mode: "onsite" }, (h: Hit) => !h.online],
    [
      "weekday evenings",
      { evenings: "1" },
      (h: Hit) => (h.weekday ?? 0) >= 1 && (h.weekday ?? 0) <= 5 && (h.endsAt ?? "") > "17:00",
    ],
    ["weekends", { weekends: "1" }, (h: Hit) => h.weekday === 6 || h.weekday === 7],
    ["pickup", { pickup: "1" }, (h: Hit) => h.offersPickup],
    ["interpreting", { interpreting: "1" }, (h: Hit) => h.offersInterpreting],
  ] as const)("filters by %s", async (_, filter, holds) => {
    const all = (await search({})).hits as unknown as Hit[];
    const result = (await search(filter)).hits as unknown as Hit[];
    expect(result.length).toBeGreaterThan(0);
    expect(result.length).toBeLessThan(all.length);
    expect(result.every(holds)).toBe(true);
    expect(
      all
        .filter(holds)
        .map((h) => h.id)
        .sort(),
    ).toEqual(result.map((h) => h.id).sort());
  });

  it("finds an activity by what its association is called and says now, after a rename or a new summary", async () => {
    const kalyna = await db().association.findFirstOrThrow({ where: { name: { contains: "Kalyna" } } });
    await db().association.update({
      where: { id: kalyna.id },
      data: { name: "Lumikello ry", summaryFi: "Ompeluseura ja kudontapiiri" },
    });
    const expected = (
      await db().activity.findMany({ where: { associationId: kalyna.id }, select: { titleFi: true } })
    ).map((a) => a.titleFi);
    expect(titles(await search({ q: "Lumikello" })).toSorted()).toEqual(expected.toSorted());
    expect(titles(await search({ q: "kudonta" })).toSorted()).toEqual(expected.toSorted());
    expect(await search({ q: "Kalyna" })).toMatchObject({ total: 0 });
  });

  it("combines filters: an Arabic activity on weekday evenings", async () => {
    const result = await search({ language: "ar", evenings: "1" });
    expect(titles(result).sort()).toEqual(
      ["Iltaisin: työelämän arabiaa ja suomea", "Kulttuuri-ilta", "Naisten iltakahvila", "Nuorten ilta"].sort(),
    );
    const withText = await search({ language: "ar", evenings: "1", q: "naisten" });
    expect(titles(withText)).toEqual(["Naisten iltakahvila"]);
  });

  it("pages through results with the whole search in the URL", async () => {
    const association = await db().association.findFirstOrThrow();
    await db().activity.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        associationId: association.id,
        titleFi: `Sivutettava ${i}`,
        titleEn: `Paged ${i}`,
        languages: ["fi"],
      })),
    });
    const first = await search({ q: "sivutettava" });
    const second = await search({ q: "sivutettava", page: "2" });
    expect(first.total).toBe(25);
    expect(first.pages).toBe(2);
    expect(first.hits).toHaveLength(20);
    expect(second.hits).toHaveLength(5);
    expect(new Set([...titles(first), ...titles(second)]).size).toBe(25);
  });

  it("answers an empty result with a helpful message, not an error", async () => {
    const result = await search({ q: "xyzzy-ei-ole" });
    expect(result.total).toBe(0);
    expect(result.hits).toEqual([]);
  });

  it.each([
    ["10,000 characters", "a".repeat(10_000)],
    ["SQL", "'; DROP TABLE activity; --"],
    ["tsquery syntax", "!!! & | :* ( <-> )"],
    ["HTML", "<script>alert(1)</script>"],
    ["null byte", "kahvi\u0000la"],
  ])("answers a query with %s with a normal page", async (_, q) => {
    const result = await search({ q, page: "x", language: "'; --", mode: "sideways", evenings: "maybe" });
    expect(result.search.page).toBe(1);
    expect(await db().activity.count()).toBeGreaterThan(0);
  });
});

describe("Swedish in the directory", () => {
  it("finds a Swedish-only word of an activity's Swedish text by an inflected form (Swedish stemming)", async () => {
    const association = await db().association.findFirstOrThrow({ where: { name: "Kylätalon kahvila" } });
    await db().activity.create({
      data: {
        associationId: association.id,
        titleFi: "Neulekahvila",
        titleEn: "Knitting café",
        titleSv: "Stickkafé",
        descriptionSv: "Vi stickar vantar och sockor tillsammans.",
        languages: ["sv", "fi"],
      },
    });
    // "vantarna" (the mittens) is not in the text, and only Swedish stemming makes it "vant", the stem of "vantar".
    const result = await search({ q: "vantarna" });
    expect(titles(result)).toEqual(["Neulekahvila"]);
    expect(result.hits[0]).toMatchObject({ titleSv: "Stickkafé", descriptionSv: expect.stringContaining("vantar") });
    // The Swedish title counts as a title, and unaccented: "stickkafe" finds "Stickkafé".
    expect(titles(await search({ q: "stickkafe" }))[0]).toBe("Neulekahvila");
  });

  it("finds an activity by its association's Swedish summary, also after the summary changes", async () => {
    const association = await db().association.findFirstOrThrow({ where: { name: "Kylätalon kahvila" } });
    await db().association.update({ where: { id: association.id }, data: { summarySv: "Ett bykafé med brädspel" } });
    const expected = (
      await db().activity.findMany({ where: { associationId: association.id }, select: { titleFi: true } })
    ).map((a) => a.titleFi);
    // "brädspelen" (the board games): found through the Swedish stem "bradspel" of the new summary.
    expect(titles(await search({ q: "brädspelen" })).toSorted()).toEqual(expected.toSorted());
  });

  it("picks the page's language first, then Finnish for Swedish pages and each other for Finnish and English", () => {
    const all = { fi: "suomeksi", sv: "på svenska", en: "in English" };
    expect(localized("sv", all)).toEqual({ text: "på svenska", lang: "sv" });
    expect(localized("sv", { ...all, sv: null })).toEqual({ text: "suomeksi", lang: "fi" });
    expect(localized("sv", { fi: "", sv: " ", en: "in English" })).toEqual({ text: "in English", lang: "en" });
    expect(localized("en", { ...all, en: "" })).toEqual({ text: "suomeksi", lang: "fi" });
    expect(localized("fi", { ...all, fi: "" })).toEqual({ text: "in English", lang: "en" });
    expect(localized("fi", { fi: "", sv: "på svenska", en: "" })).toEqual({ text: "på svenska", lang: "sv" });
    expect(localized("en", {})).toEqual({ text: "", lang: "en" });
  });

  it("names a language in itself and, beside it, in the interface language", () => {
    expect(languageLabel("ar", "fi")).toBe("العربية (arabia)");
    expect(languageLabel("so", "sv")).toBe("Soomaali (somaliska)");
    expect(languageLabel("fi", "fi")).toBe("suomi");
    expect(languageLabel("sv", "en")).toBe("svenska (Swedish)");
    // Every offered language has its own name from the app's data, not the platform's English fallback (browsers lack
    // some languages' data); English and Tagalog are called so in themselves.
    for (const code of LANGUAGE_CODES.filter((c) => c !== "en" && c !== "tl"))
      expect(ownLanguageName(code), code).not.toBe(languageName(code, "en"));
  });
});

describe("public pages", () => {
  it("shows an association's profile and an activity, and 404 for an unknown or malformed id", async () => {
    const activity = await db().activity.findFirstOrThrow({ where: { titleFi: "Naisten iltakahvila" } });
    const page = await run(publicActivity.loader, get(`/directory/activities/${activity.id}`), {
      activityId: activity.id,
    });
    expect(page.data.activity.association.name).toBe("Monikulttuurinen naisyhdistys Sisarukset ry");
    const profile = await run(publicAssociation.loader, get("/"), { associationId: activity.associationId });
    expect(profile.data.association.activities.map((a: { titleFi: string }) => a.titleFi)).toContain(
      "Naisten iltakahvila",
    );
    expect((await run(publicActivity.loader, get("/"), { activityId: crypto.randomUUID() })).status).toBe(404);
    expect((await run(publicAssociation.loader, get("/"), { associationId: "not-a-uuid" })).status).toBe(404);
  });

  it("marks a profile not reviewed for six months as possibly out of date", async () => {
    const stale = await db().association.findFirstOrThrow({ where: { name: "Somaliliitto Pohjanmaa ry" } });
    const fresh = await db().association.findFirstOrThrow({ where: { name: "Kylätalon kahvila" } });
    expect((await run(publicAssociation.loader, get("/"), { associationId: stale.id })).data.stale).toBe(true);
    expect((await run(publicAssociation.loader, get("/"), { associationId: fresh.id })).data.stale).toBe(false);
    const hits = (await search({ q: "futis" })).hits as unknown as { stale: boolean }[];
    expect(hits[0].stale).toBe(true);
  });
});

type Hit = {
  id: string;
  languages: string[];
  targetGroups: string[];
  municipalities: string[];
  online: boolean;
  endsAt: string | null;
  weekday: number | null;
  offersPickup: boolean;
  offersInterpreting: boolean;
};
