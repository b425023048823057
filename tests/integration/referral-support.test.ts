// What a social worker sees before referring: the activity's capacity as its association set it, and the consent
// text to show the client, in plain Finnish, Swedish and English, versioned and printable.
import { describe, expect, it } from "vitest";
import * as publicActivity from "~/routes/directory+/activities.$activityId";
import * as editActivity from "~/routes/org+/associations.$associationId.activities.$activityId";
import * as consentText from "~/routes/referrals+/consent-text";
import * as newReferral from "~/routes/referrals+/new";
import { db } from "~/utils/db.server";
import { BASE_CONSENT_TEXT } from "../support/referrals";
import { cookieForRole, get, post, run } from "../support/requests";

describe("capacity", () => {
  it("shows the social worker that an activity is full, as soon as its association marks it so", async () => {
    const activity = await db().activity.findFirstOrThrow({ where: { titleFi: "Naisten iltakahvila" } });
    const saved = await run(
      editActivity.action,
      post(
        "/",
        {
          titleFi: activity.titleFi,
          titleEn: activity.titleEn,
          languages: activity.languages,
          place: activity.place ?? "Vaasa",
          weekday: String(activity.weekday),
          startsAt: activity.startsAt ?? "",
          endsAt: activity.endsAt ?? "",
          referralWelcome: "on",
          capacity: "full",
        },
        await cookieForRole("association_staff"),
      ),
      { associationId: activity.associationId, activityId: activity.id },
    );
    expect(saved.status).toBe(302);

    const socialWorker = await cookieForRole("social_worker");
    const page = await run(publicActivity.loader, get(`/directory/activities/${activity.id}`, socialWorker), {
      activityId: activity.id,
    });
    expect(page.data.activity.capacity).toBe("full");
    expect(page.data.canRefer).toBe(true);
    const form = await run(newReferral.loader, get(`/referrals/new?activityId=${activity.id}`, socialWorker));
    expect(form.data.chosen).toEqual({ associationId: activity.associationId, activityId: activity.id });
    const listed = form.data.associations.flatMap(
      (a: { activities: { id: string; capacity: string }[] }) => a.activities,
    );
    expect(listed.find((a: { id: string }) => a.id === activity.id).capacity).toBe("full");
  });
});

describe("the consent text", () => {
  it.each([
    ["fi", /kertoa sinusta järjestölle/, "Allekirjoitus"],
    ["sv", /berätta om dig för en förening/, "Underskrift"],
    ["en", /tell an association about you/, "Signature"],
  ] as const)(
    "is there in %s, with its version, every data item to tick and a place to sign, left to right",
    async (lang, opening, signature) => {
      const page = await run(
        consentText.loader,
        get(`/referrals/consent-text?text=${BASE_CONSENT_TEXT[lang]}`, await cookieForRole("social_worker")),
      );
      expect(page.status).toBe(200);
      expect(page.data.text.language).toMatchObject({ code: lang, dir: "ltr" });
      expect(page.data.text.versionLabel).toBe("2026-11-v1");
      expect(page.data.text.content.beforeList[0]).toMatch(opening);
      expect(Object.values(page.data.text.content.itemNames)).toHaveLength(6);
      expect(Object.values(page.data.text.content.itemNames).every(Boolean)).toBe(true);
      expect(Object.values(page.data.text.content.fieldLabels)).toContain(signature);
      // The other languages to choose from: the other two base texts.
      expect(page.data.others.map((o: { language: { code: string } }) => o.language.code).sort()).toEqual(
        ["fi", "sv", "en"].filter((l) => l !== lang).sort(),
      );
    },
  );

  it("without a version, is the interface language's current one; an unknown version is not found", async () => {
    const cookie = await cookieForRole("social_worker");
    const page = await run(consentText.loader, get("/referrals/consent-text", cookie));
    expect(page.data.text.id).toBe(BASE_CONSENT_TEXT.fi);
    for (const text of [crypto.randomUUID(), "ar", "'"])
      expect((await run(consentText.loader, get(`/referrals/consent-text?text=${text}`, cookie))).status).toBe(404);
  });

  it("is not for association staff", async () => {
    expect(
      (await run(consentText.loader, get("/referrals/consent-text", await cookieForRole("association_staff")))).status,
    ).toBe(403);
  });
});
