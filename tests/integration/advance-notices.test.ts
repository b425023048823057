// Proves the advance notices (step 5): the form refuses personal data in every free-text field and changes nothing, a proper notice reaches the county's association staff (newest first) and no other county's.
import type { Role } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { translate } from "~/i18n/i18n";
import { activeAccountSnapshot } from "~/models/user.server";
import * as notices from "~/routes/referrals+/notices";
import { db } from "~/utils/db.server";
import { DEMO_COUNTY } from "../../prisma/seed";
import { cookieFor, cookieForRole, get, post, run } from "../support/requests";

const socialWorker = await cookieForRole("social_worker");
const liaison = await cookieForRole("liaison");
const staff = await cookieForRole("association_staff");
const admin = await cookieForRole("admin");
const demoCounty = await db().county.findUniqueOrThrow({ where: { name: DEMO_COUNTY } });

// A second county with its own association and staff.
const otherCounty = await db().county.create({ data: { name: "Ennakkotietojen toinen alue" } });
const otherAssociation = await db().association.create({
  data: { countyId: otherCounty.id, name: "Toisen alueen ennakkoyhdistys", kind: "registered" },
});
async function createUser(email: string, role: Role, associationIds: string[]) {
  await db().user.create({
    data: {
      email,
      name: email.split("@")[0],
      role,
      status: "active",
      snapshot: activeAccountSnapshot(),
      associations: { create: associationIds.map((associationId) => ({ associationId })) },
    },
  });
  return cookieFor(email);
}
const otherStaff = await createUser("staff@ennakko.example", "association_staff", [otherAssociation.id]);

const proper = {
  countyId: demoCounty.id,
  groups: "3",
  people: "11",
  languages: ["fa", "ps"],
  arriving: "maaliskuussa 2027",
  needs: "3 perhettä, 2 aikuista ja 5 lasta; odottavat kotoutumiskoulutusta",
};

const post_ = (fields: Record<string, string | string[]>, cookie: string) =>
  run(notices.action, post("/referrals/notices", fields, cookie));
const list = async (cookie: string) =>
  (await run(notices.loader, get("/referrals/notices", cookie))).data.notices as {
    id: string;
    arriving: string;
    needs: string;
    people: number;
  }[];

describe("refusing personal data", () => {
  const samples = [
    ["a personal identity code", "Asiakas 131052-308T tulee", "identityCode"],
    ["an identity code in lower case, 2000s", "lapsi 020304a123p", "identityCode"],
    ["a phone number", "soita 040 123 4567", "phone"],
    ["an international phone number", "+358 40 765 4321", "phone"],
    ["an e-mail address", "yhteys matti.meikalainen@example.fi", "email"],
  ] as const;

  for (const field of ["arriving", "needs"] as const) {
    it.each(samples)(
      `refuses %s in "${field}", with a translated message, and stores nothing`,
      async (_, text, kind) => {
        const before = await db().advanceNotice.count();
        const outcome = await post_({ ...proper, [field]: text }, socialWorker);
        expect(outcome.status).toBe(400);
        const key = `notice.personalData.${kind}` as const;
        expect(outcome.data.errors[field]).toEqual({ key });
        expect(Object.keys(outcome.data.errors)).toEqual([field]);
        expect(translate("fi", key)).toMatch(/^Tämä näyttää .+ henkilötietoja\.$/);
        expect(translate("en", key)).toMatch(/^This looks like .+ personal data\.$/);
        expect(await db().advanceNotice.count()).toBe(before);
      },
    );
  }

  it("reports every field that holds personal data at once", async () => {
    const outcome = await post_({ ...proper, arriving: "131052-308T", needs: "amina@example.org" }, liaison);
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toEqual({
      arriving: { key: "notice.personalData.identityCode" },
      needs: { key: "notice.personalData.email" },
    });
  });

  it("checks the counts: whole numbers in range, no fewer people than groups", async () => {
    const before = await db().advanceNotice.count();
    expect((await post_({ ...proper, groups: "0" }, socialWorker)).data.errors.groups).toEqual({
      key: "notice.countRange",
      params: { max: 99 },
    });
    expect((await post_({ ...proper, people: "kolme" }, socialWorker)).data.errors.people).toEqual({
      key: "notice.countRange",
      params: { max: 999 },
    });
    expect((await post_({ ...proper, groups: "" }, socialWorker)).data.errors.groups).toMatchObject({
      key: "errors.required",
    });
    expect((await post_({ ...proper, groups: "4", people: "3" }, socialWorker)).data.errors.people).toEqual({
      key: "notice.peopleFewerThanGroups",
    });
    expect((await post_({ ...proper, languages: ["xx"] }, socialWorker)).data.errors.languages).toEqual({
      key: "errors.invalidChoice",
    });
    expect(await db().advanceNotice.count()).toBe(before);
  });
});

describe("a proper notice", () => {
  it("is stored for the county and shown to its association staff, newest first, but not to another county's", async () => {
    const first = await post_(proper, socialWorker);
    expect(first.status).toBe(302);
    expect(first.location).toBe("/referrals/notices?saved=1");
    const stored = await db().advanceNotice.findFirstOrThrow({ where: { arriving: proper.arriving } });
    expect(stored).toMatchObject({
      countyId: demoCounty.id,
      groups: 3,
      people: 11,
      languages: ["fa", "ps"],
      needs: proper.needs,
    });
    await db().advanceNotice.update({ where: { id: stored.id }, data: { createdAt: new Date(Date.now() - 60_000) } });

    const second = await post_(
      { ...proper, groups: "1", people: "1", arriving: "in April", needs: "Wants to practise Finnish" },
      liaison,
    );
    expect(second.status).toBe(302);

    const seen = await list(staff);
    expect(seen.map((n) => n.arriving)).toEqual(["in April", "maaliskuussa 2027"]);
    expect(await list(otherStaff)).toEqual([]);
    expect((await list(admin)).map((n) => n.arriving)).toEqual(
      expect.arrayContaining(["in April", "maaliskuussa 2027"]),
    );
  });

  it("may be written only by the county's social workers and liaison, and only for their own county", async () => {
    const before = await db().advanceNotice.count();
    expect((await post_(proper, staff)).status).toBe(403);
    expect((await post_(proper, admin)).status).toBe(403);
    expect((await post_({ ...proper, countyId: otherCounty.id }, otherStaff)).status).toBe(403);
    // Another county is another organisation's record: refused as every such request is (permissions.server.ts).
    expect((await post_({ ...proper, countyId: otherCounty.id }, socialWorker)).status).toBe(403);
    expect(await db().advanceNotice.count()).toBe(before);
  });

  it("offers the form only to those who may write", async () => {
    expect((await run(notices.loader, get("/referrals/notices", socialWorker))).data.counties).toEqual([
      { id: demoCounty.id, name: DEMO_COUNTY },
    ]);
    expect((await run(notices.loader, get("/referrals/notices", staff))).data.counties).toEqual([]);
    expect((await run(notices.loader, get("/referrals/notices", admin))).data.counties).toEqual([]);
    const visitor = await run(notices.loader, get("/referrals/notices"));
    expect(visitor.status).toBe(302);
    expect(visitor.location).toMatch(/^\/login/);
  });
});
