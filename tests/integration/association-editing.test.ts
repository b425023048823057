// Association staff keep their own profile and activities current (and the liaison and admins may help); nobody
// else can change them. Changes show in the public directory at once.
import { describe, expect, it } from "vitest";
import * as directory from "~/routes/directory+/_index";
import * as editActivity from "~/routes/org+/associations.$associationId.activities.$activityId";
import * as newActivity from "~/routes/org+/associations.$associationId.activities.new";
import * as profile from "~/routes/org+/associations.$associationId.profile";
import { db } from "~/utils/db.server";
import { cookieForRole, get, post, run } from "../support/requests";

const OWN = "Monikulttuurinen naisyhdistys Sisarukset ry";
const OTHER = "Vaasan Kurdit ry";

const association = (name: string) => db().association.findUniqueOrThrow({ where: { name } });

const validProfile = {
  kind: "registered",
  volunteerRun: "on",
  summaryFi: "Uusi kuvaus",
  summaryEn: "New summary",
  municipalities: "Vaasa, Mustasaari",
  languages: ["fi", "ar"],
  website: "https://sisarukset.example",
  contactEmail: "info@sisarukset.example",
  contactPhone: "+358 40 123 4567",
  offersPickup: "on",
};

const validActivity = {
  titleFi: "Ompelukerho",
  titleEn: "Sewing club",
  descriptionFi: "Ommellaan yhdessä.",
  languages: ["ar", "fi"],
  targetGroups: ["women"],
  place: "Kirkkopuistikko 12, Vaasa",
  weekday: "3",
  startsAt: "18:00",
  endsAt: "20:00",
  free: "on",
  referralWelcome: "on",
};

describe("editing an association's profile", () => {
  it("lets the association's own staff save it, which also renews the review date", async () => {
    const own = await association(OWN);
    await db().association.update({ where: { id: own.id }, data: { lastReviewedAt: new Date("2025-01-01") } });
    const cookie = await cookieForRole("association_staff");
    expect(
      (await run(profile.loader, get(`/org/associations/${own.id}/profile`, cookie), { associationId: own.id })).status,
    ).toBe(200);
    const saved = await run(profile.action, post(`/org/associations/${own.id}/profile`, validProfile, cookie), {
      associationId: own.id,
    });
    expect(saved.location).toBe(`/directory/associations/${own.id}`);
    const after = await association(OWN);
    expect(after).toMatchObject({
      summaryFi: "Uusi kuvaus",
      municipalities: ["Vaasa", "Mustasaari"],
      languages: ["fi", "ar"],
      offersPickup: true,
      offersInterpreting: false,
    });
    expect(after.lastReviewedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it.each(["liaison", "admin"] as const)("lets the %s save it too", async (role) => {
    const own = await association(OWN);
    const saved = await run(
      profile.action,
      post("/", { ...validProfile, summaryFi: `By ${role}` }, await cookieForRole(role)),
      { associationId: own.id },
    );
    expect(saved.status).toBe(302);
    expect((await association(OWN)).summaryFi).toBe(`By ${role}`);
  });

  it("refuses staff of another association and social workers, and changes nothing", async () => {
    const other = await association(OTHER);
    for (const cookie of [await cookieForRole("association_staff"), await cookieForRole("social_worker")]) {
      expect((await run(profile.loader, get("/", cookie), { associationId: other.id })).status).toBe(403);
      expect((await run(profile.action, post("/", validProfile, cookie), { associationId: other.id })).status).toBe(
        403,
      );
    }
    expect((await association(OTHER)).summaryFi).not.toBe("Uusi kuvaus");
  });

  it("sends a visitor to sign in, and back to the form afterwards", async () => {
    const own = await association(OWN);
    const outcome = await run(profile.loader, get(`/org/associations/${own.id}/profile`), { associationId: own.id });
    expect(outcome.location).toBe(`/login?redirectTo=${encodeURIComponent(`/org/associations/${own.id}/profile`)}`);
  });

  it("explains bad input in the form and saves nothing", async () => {
    const own = await association(OWN);
    const before = await association(OWN);
    const outcome = await run(
      profile.action,
      post(
        "/",
        {
          ...validProfile,
          website: "javascript:alert(1)",
          contactPhone: "call me",
          languages: ["xx"],
          municipalities: "",
        },
        await cookieForRole("association_staff"),
      ),
      { associationId: own.id },
    );
    expect(outcome.status).toBe(400);
    expect(
      Object.fromEntries(Object.entries(outcome.data.errors).map(([k, v]) => [k, (v as { key: string }).key])),
    ).toEqual({
      website: "errors.url",
      contactPhone: "errors.phone",
      languages: "errors.invalidChoice",
      municipalities: "errors.required",
    });
    expect(await association(OWN)).toEqual(before);
  });

  it("accepts a small PNG logo and refuses a file that is not an image or too large", async () => {
    const own = await association(OWN);
    const cookie = await cookieForRole("association_staff");
    const upload = (bytes: Uint8Array<ArrayBuffer>, type = "image/png") => {
      const body = new FormData();
      body.append("intent", "logo");
      body.append("logo", new File([bytes], "logo.png", { type }));
      return run(
        profile.action,
        new Request("http://localhost/x", { method: "POST", body, headers: { Cookie: cookie } }),
        { associationId: own.id },
      );
    };
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(100).fill(0)]);
    expect((await upload(png)).status).toBe(302);
    expect((await db().associationLogo.findUniqueOrThrow({ where: { associationId: own.id } })).mimeType).toBe(
      "image/png",
    );
    expect((await upload(new TextEncoder().encode("<svg onload=alert(1)>"), "image/png")).data.errors.logo.key).toBe(
      "errors.logoType",
    );
    const large = new Uint8Array(300 * 1024);
    large.set(png.slice(0, 8));
    expect((await upload(large)).data.errors.logo.key).toBe("errors.logoTooLarge");
  });
});

describe("editing activities", () => {
  it("lets staff add an activity that the directory then finds", async () => {
    const own = await association(OWN);
    const created = await run(newActivity.action, post("/", validActivity, await cookieForRole("association_staff")), {
      associationId: own.id,
    });
    expect(created.location).toMatch(/^\/directory\/activities\//);
    const found = await run(directory.loader, get("/directory?q=ompelu&language=ar&evenings=1"));
    expect(found.data.hits.map((h: { titleFi: string }) => h.titleFi)).toEqual(["Ompelukerho"]);
  });

  it("lets staff change an activity, and the directory shows the change", async () => {
    const own = await association(OWN);
    const activity = await db().activity.findFirstOrThrow({
      where: { associationId: own.id, titleFi: "Naisten iltakahvila" },
    });
    const changed = await run(
      editActivity.action,
      post(
        "/",
        {
          ...validActivity,
          titleFi: "Naisten iltakahvila ja lastenhoito",
          titleEn: "Women's evening café with childcare",
        },
        await cookieForRole("association_staff"),
      ),
      { associationId: own.id, activityId: activity.id },
    );
    expect(changed.location).toBe(`/directory/activities/${activity.id}`);
    const found = await run(directory.loader, get("/directory?q=lastenhoito"));
    expect(found.data.hits.map((h: { id: string }) => h.id)).toEqual([activity.id]);
  });

  it("saves an activity's optional Swedish texts, which the directory finds, and stores none when they are emptied", async () => {
    const own = await association(OWN);
    const cookie = await cookieForRole("association_staff");
    const activity = await db().activity.findFirstOrThrow({
      where: { associationId: own.id, titleFi: "Suomen kielen keskusteluryhmä" },
    });
    const edit = (fields: Record<string, string | string[]>) =>
      run(editActivity.action, post("/", { ...validActivity, titleFi: activity.titleFi, ...fields }, cookie), {
        associationId: own.id,
        activityId: activity.id,
      });
    expect((await edit({ titleSv: " Syjunta ", descriptionSv: "Vi syr kläder tillsammans." })).status).toBe(302);
    expect(await db().activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({
      titleSv: "Syjunta",
      descriptionSv: "Vi syr kläder tillsammans.",
    });
    // "kläderna" (the clothes): found by Swedish stemming of "kläder".
    const found = await run(directory.loader, get("/directory?q=kl%C3%A4derna"));
    expect(found.data.hits.map((h: { id: string }) => h.id)).toEqual([activity.id]);

    expect((await edit({ titleSv: "", descriptionSv: "" })).status).toBe(302);
    expect(await db().activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({
      titleSv: null,
      descriptionSv: null,
    });
    expect((await run(directory.loader, get("/directory?q=kl%C3%A4derna"))).data.total).toBe(0);
  });

  it("saves an association's Swedish summary and description from the profile form", async () => {
    const own = await association(OWN);
    const saved = await run(
      profile.action,
      post(
        `/org/associations/${own.id}/profile`,
        { ...validProfile, summarySv: "En mötesplats för kvinnor", descriptionSv: "Vi träffas varje vecka." },
        await cookieForRole("association_staff"),
      ),
      { associationId: own.id },
    );
    expect(saved.location).toBe(`/directory/associations/${own.id}`);
    expect(await association(OWN)).toMatchObject({
      summarySv: "En mötesplats för kvinnor",
      descriptionSv: "Vi träffas varje vecka.",
    });
  });

  it("refuses to touch another association's activity, even through one's own association's address", async () => {
    const own = await association(OWN);
    const other = await association(OTHER);
    const theirs = await db().activity.findFirstOrThrow({ where: { associationId: other.id } });
    const cookie = await cookieForRole("association_staff");
    // Through their association: forbidden.
    expect(
      (
        await run(editActivity.action, post("/", validActivity, cookie), {
          associationId: other.id,
          activityId: theirs.id,
        })
      ).status,
    ).toBe(403);
    // Through our own association's address with their activity's id: not found.
    expect(
      (
        await run(editActivity.action, post("/", { intent: "delete" }, cookie), {
          associationId: own.id,
          activityId: theirs.id,
        })
      ).status,
    ).toBe(404);
    expect(await db().activity.findUnique({ where: { id: theirs.id } })).toEqual(theirs);
  });

  it("explains impossible times and a missing place", async () => {
    const own = await association(OWN);
    const outcome = await run(
      newActivity.action,
      post(
        "/",
        { ...validActivity, startsAt: "20:00", endsAt: "18:00", place: "", weekday: "9" },
        await cookieForRole("association_staff"),
      ),
      { associationId: own.id },
    );
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors.weekday.key).toBe("errors.invalidChoice");
  });
});
