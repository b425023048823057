// Proves that each role is refused (403, or sign-in for visitors) on the pages and actions of the other roles and of
// other organisations, and that deactivated, expired and forged sessions do not sign anyone in.
import { createCookie } from "@remix-run/node";
import type { Role } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { activeAccountSnapshot } from "~/models/user.server";
import * as adminIndex from "~/routes/admin+/_index";
import * as associations from "~/routes/admin+/associations";
import * as counties from "~/routes/admin+/counties";
import * as userPage from "~/routes/admin+/users.$userId";
import * as users from "~/routes/admin+/users._index";
import * as home from "~/routes/home";
import * as orgAssociation from "~/routes/org+/associations.$associationId._index";
import * as editActivity from "~/routes/org+/associations.$associationId.activities.$activityId";
import * as newActivity from "~/routes/org+/associations.$associationId.activities.new";
import * as profile from "~/routes/org+/associations.$associationId.profile";
import * as orgUnit from "~/routes/org+/units.$unitId";
import * as referralPage from "~/routes/referrals+/$referralId._index";
import * as referralAccessLog from "~/routes/referrals+/$referralId.access-log";
import * as referrals from "~/routes/referrals+/_index";
import * as consentText from "~/routes/referrals+/consent-text";
import * as adminConsentTexts from "~/routes/admin+/consent-texts";
import * as newReferral from "~/routes/referrals+/new";
import { db } from "~/utils/db.server";
import { sessionCookieHeader } from "~/utils/session.server";
import { DEMO_COUNTY } from "../../prisma/seed";
import { fingerprint } from "../support/fingerprint";
import { cookieFor, cookieForRole, get, post, run, type Outcome } from "../support/requests";
import { BASE_CONSENT_TEXT } from "../support/referrals";
import { ARABIC_CONSENT_TEXT, ARABIC_REVIEW } from "../support/consent-texts";

const ROLES: Role[] = ["social_worker", "liaison", "association_staff", "admin"];

// The demo county, and what the demo users belong to.
const demoCountyId = (await db().county.findUniqueOrThrow({ where: { name: DEMO_COUNTY } })).id;
const unitId = async (name: string) =>
  (await db().unit.findFirstOrThrow({ where: { countyId: demoCountyId, name } })).id;
const associationId = async (name: string) => (await db().association.findUniqueOrThrow({ where: { name } })).id;
const kotoUnit = await unitId("Kotoutumisen sosiaalityö (KOTO)");
const familyUnit = await unitId("Perhesosiaalityö");
const staffAssociation = await associationId("Monikulttuurinen naisyhdistys Sisarukset ry");
const staffSecondAssociation = await associationId("Kylätalon kahvila");
const otherAssociation = await associationId("Somaliliitto Pohjanmaa ry");
const staffActivity = (await db().activity.findFirstOrThrow({ where: { associationId: staffAssociation } })).id;
const activityFields = () => ({ titleFi: unique("Toiminta"), titleEn: "Activity", languages: "fi", place: "Vaasa" });

async function createUser(
  email: string,
  role: Role,
  memberships: { unitIds?: string[]; associationIds?: string[] } = {},
) {
  const user = await db().user.create({
    data: {
      email,
      name: email.split("@")[0],
      role,
      status: "active",
      snapshot: activeAccountSnapshot(),
      units: { create: (memberships.unitIds ?? []).map((id) => ({ unitId: id })) },
      associations: { create: (memberships.associationIds ?? []).map((id) => ({ associationId: id })) },
    },
  });
  return user.id;
}

// A second county with its own unit, association and liaison.
const otherCounty = await db().county.create({ data: { name: "Toinen hyvinvointialue" } });
const otherCountyUnit = (
  await db().unit.create({ data: { countyId: otherCounty.id, name: "Toisen alueen KOTO", isKoto: true } })
).id;
const otherCountyAssociation = (
  await db().association.create({
    data: { countyId: otherCounty.id, name: "Toisen alueen yhdistys", kind: "registered" },
  })
).id;
await createUser("liaison@toinen.example", "liaison", { unitIds: [otherCountyUnit] });

// Someone whose account the admin pages may edit in these tests.
const editableUser = await createUser("editable@example.org", "social_worker", { unitIds: [kotoUnit] });

const cookies: Record<Role, string> = {
  admin: await cookieForRole("admin"),
  liaison: await cookieForRole("liaison"),
  social_worker: await cookieForRole("social_worker"),
  association_staff: await cookieForRole("association_staff"),
};
const otherLiaison = await cookieFor("liaison@toinen.example");

// A referral from the social worker's KOTO unit to the staff's association, with its first meeting arranged: either
// side may move the meeting, so the page's action has a valid submission for both of them.
const referralFields = () => ({
  unitId: kotoUnit,
  associationId: staffAssociation,
  firstName: "Amina",
  languages: "ar",
  items: ["first_name", "languages"],
  purpose: "Ensitapaaminen",
  method: "oral",
  validUntil: "2099-12-31",
  consentTextId: BASE_CONSENT_TEXT.fi,
  consentConfirmed: "on",
});
const referralId = (await run(newReferral.action, post("/referrals/new", referralFields(), cookies.social_worker)))
  .location!.split("/")
  .pop()!;
const referralVersion = async () =>
  String((await db().referral.findUniqueOrThrow({ where: { id: referralId } })).version);
for (const intent of ["ACCEPT", "ARRANGE_MEETING"]) {
  const fields = { intent, version: await referralVersion(), at: "2099-03-03T17:30" };
  await run(referralPage.action, post(`/referrals/${referralId}`, fields, cookies.association_staff), { referralId });
}
if ((await db().referral.findUniqueOrThrow({ where: { id: referralId } })).status !== "meeting_arranged")
  throw new Error("referral fixture not ready");

let serial = 0;
const unique = (prefix: string) => `${prefix} ${++serial}`;

type Endpoint = {
  route: string;
  path: string;
  params?: Record<string, string>;
  loader: (args: never) => unknown;
  /** The action with a valid submission, so that a refusal is about who asks and nothing else. */
  action?: {
    fn: (args: never) => unknown;
    fields: () => Record<string, string | string[]> | Promise<Record<string, string | string[]>>;
  };
  allowed: Role[];
};

const endpoints: Endpoint[] = [
  { route: "/home", path: "/home", loader: home.loader, allowed: ROLES },
  { route: "/admin", path: "/admin", loader: adminIndex.loader, allowed: ["admin"] },
  {
    route: "/admin/counties",
    path: "/admin/counties",
    loader: counties.loader,
    allowed: ["admin"],
    action: { fn: counties.action, fields: () => ({ intent: "create-county", name: unique("Uusi alue") }) },
  },
  {
    route: "/admin/associations",
    path: "/admin/associations",
    loader: associations.loader,
    allowed: ["admin"],
    action: {
      fn: associations.action,
      fields: () => ({ intent: "create", name: unique("Uusi yhdistys"), countyId: demoCountyId, kind: "registered" }),
    },
  },
  {
    route: "/admin/users",
    path: "/admin/users",
    loader: users.loader,
    allowed: ["admin"],
    action: {
      fn: users.action,
      fields: () => ({
        email: `${unique("invitee").replace(" ", "-")}@example.org`,
        name: "Kutsuttu",
        role: "social_worker",
        locale: "fi",
        unitIds: kotoUnit,
      }),
    },
  },
  {
    route: "/admin/users/:userId",
    path: `/admin/users/${editableUser}`,
    params: { userId: editableUser },
    loader: userPage.loader,
    allowed: ["admin"],
    action: {
      fn: userPage.action,
      fields: () => ({ intent: "save", name: unique("Muokattu"), role: "social_worker", unitIds: kotoUnit }),
    },
  },
  {
    route: "/org/associations/<staff's own>",
    path: `/org/associations/${staffAssociation}`,
    params: { associationId: staffAssociation },
    loader: orgAssociation.loader,
    allowed: ["admin", "liaison", "association_staff"],
    action: { fn: orgAssociation.action, fields: () => ({ intent: "confirm-review" }) },
  },
  {
    route: "/org/associations/<staff's own>/profile",
    path: `/org/associations/${staffAssociation}/profile`,
    params: { associationId: staffAssociation },
    loader: profile.loader,
    allowed: ["admin", "liaison", "association_staff"],
    action: {
      fn: profile.action,
      fields: () => ({ kind: "registered", summaryFi: unique("Kuvaus"), municipalities: "Vaasa", languages: "fi" }),
    },
  },
  {
    route: "/org/associations/<staff's own>/activities/new",
    path: `/org/associations/${staffAssociation}/activities/new`,
    params: { associationId: staffAssociation },
    loader: newActivity.loader,
    allowed: ["admin", "liaison", "association_staff"],
    action: { fn: newActivity.action, fields: activityFields },
  },
  {
    route: "/org/associations/<staff's own>/activities/:id",
    path: `/org/associations/${staffAssociation}/activities/${staffActivity}`,
    params: { associationId: staffAssociation, activityId: staffActivity },
    loader: editActivity.loader,
    allowed: ["admin", "liaison", "association_staff"],
    action: { fn: editActivity.action, fields: activityFields },
  },
  {
    route: "/org/units/<KOTO unit>",
    path: `/org/units/${kotoUnit}`,
    params: { unitId: kotoUnit },
    loader: orgUnit.loader,
    allowed: ["admin", "liaison", "social_worker"],
  },
  { route: "/referrals", path: "/referrals", loader: referrals.loader, allowed: ROLES },
  {
    route: "/referrals/new",
    path: "/referrals/new",
    loader: newReferral.loader,
    allowed: ["social_worker"],
    action: { fn: newReferral.action, fields: referralFields },
  },
  {
    route: "/referrals/consent-text",
    path: "/referrals/consent-text",
    loader: consentText.loader,
    allowed: ["social_worker", "liaison", "admin"],
  },
  {
    route: "/admin/consent-texts",
    path: "/admin/consent-texts",
    loader: adminConsentTexts.loader,
    allowed: ["admin"],
    action: {
      fn: adminConsentTexts.action,
      fields: () => ({ intent: "add", ...ARABIC_CONSENT_TEXT, ...ARABIC_REVIEW }),
    },
  },
  {
    route: "/referrals/:id",
    path: `/referrals/${referralId}`,
    params: { referralId },
    loader: referralPage.loader,
    allowed: ["social_worker", "association_staff"],
    action: {
      fn: referralPage.action,
      fields: async () => ({ intent: "ARRANGE_MEETING", version: await referralVersion(), at: "2099-03-04T17:30" }),
    },
  },
  {
    route: "/referrals/:id/access-log",
    path: `/referrals/${referralId}/access-log`,
    params: { referralId },
    loader: referralAccessLog.loader,
    allowed: ["liaison", "admin"],
  },
];

const loaders = endpoints.map((e) => ({
  ...e,
  kind: "loader" as const,
  call: (cookie?: string) => run(e.loader as never, get(e.path, cookie), e.params),
}));
const actions = endpoints.flatMap((e) => {
  const action = e.action;
  if (!action) return [];
  return [
    {
      ...e,
      kind: "action" as const,
      call: async (cookie?: string) => run(action.fn as never, post(e.path, await action.fields(), cookie), e.params),
    },
  ];
});
const calls = [...loaders, ...actions];

function expectSignIn(outcome: Outcome, returnTo: string) {
  expect(outcome.status).toBe(302);
  const target = new URL(outcome.location!, "http://localhost");
  expect(target.pathname).toBe("/login");
  expect(target.searchParams.get("redirectTo")).toBe(returnTo);
}

describe("visitors who have not signed in", () => {
  it.each(calls)("$kind $route sends them to sign in and back", async ({ call, path }) => {
    const before = await fingerprint();
    expectSignIn(await call(), path);
    expect(await fingerprint()).toEqual(before);
  });

  it("come back to the same page with its query after signing in", async () => {
    expectSignIn(await run(users.loader, get("/admin/users?status=invited")), "/admin/users?status=invited");
  });
});

describe("each role on each page", () => {
  const matrix = loaders.flatMap((endpoint) =>
    ROLES.map((role) => ({ ...endpoint, role, allowed: endpoint.allowed.includes(role) })),
  );
  it.each(matrix)("$role on $route: allowed=$allowed", async ({ call, role, allowed }) => {
    const outcome = await call(cookies[role]);
    expect(outcome.status).toBe(allowed ? 200 : 403);
  });
});

describe("each role on each action", () => {
  const matrix = actions.flatMap((endpoint) =>
    ROLES.map((role) => ({ ...endpoint, role, allowed: endpoint.allowed.includes(role) })),
  );
  it.each(matrix.filter((m) => !m.allowed))(
    "$role is refused on $route, and nothing changes",
    async ({ call, role }) => {
      const before = await fingerprint();
      expect((await call(cookies[role])).status).toBe(403);
      expect(await fingerprint()).toEqual(before);
    },
  );

  it.each(matrix.filter((m) => m.allowed))("$role may act on $route", async ({ call, role }) => {
    const before = await fingerprint();
    const outcome = await call(cookies[role]);
    expect([200, 302], JSON.stringify(outcome.data)).toContain(outcome.status);
    if (outcome.location) expect(outcome.location).not.toMatch(/^\/login/);
    expect(await fingerprint()).not.toEqual(before);
  });
});

describe("organisation scope", () => {
  const page = (loader: (args: never) => unknown, path: string, params: Record<string, string>) => (cookie: string) =>
    run(loader as never, get(path, cookie), params);
  const associationPage = (id: string) => page(orgAssociation.loader, `/org/associations/${id}`, { associationId: id });
  const unitPage = (id: string) => page(orgUnit.loader, `/org/units/${id}`, { unitId: id });
  const confirmReview = (id: string, cookie: string) =>
    run(orgAssociation.action as never, post(`/org/associations/${id}`, { intent: "confirm-review" }, cookie), {
      associationId: id,
    });
  const lastReviewed = async (id: string) =>
    (await db().association.findUniqueOrThrow({ where: { id } })).lastReviewedAt;

  async function expectReviewRefused(id: string, cookie: string) {
    const before = await lastReviewed(id);
    expect((await confirmReview(id, cookie)).status).toBe(403);
    expect(await lastReviewed(id)).toEqual(before);
  }

  it("association staff open both of their own associations, but not another one", async () => {
    expect((await associationPage(staffAssociation)(cookies.association_staff)).status).toBe(200);
    expect((await associationPage(staffSecondAssociation)(cookies.association_staff)).status).toBe(200);
    expect((await associationPage(otherAssociation)(cookies.association_staff)).status).toBe(403);
    expect((await associationPage(otherCountyAssociation)(cookies.association_staff)).status).toBe(403);
  });

  it("association staff cannot mark another association's profile as reviewed", async () => {
    await expectReviewRefused(otherAssociation, cookies.association_staff);
    await expectReviewRefused(otherCountyAssociation, cookies.association_staff);
  });

  it("a social worker opens their own unit, but not another unit of the county or of another county", async () => {
    expect((await unitPage(kotoUnit)(cookies.social_worker)).status).toBe(200);
    expect((await unitPage(familyUnit)(cookies.social_worker)).status).toBe(403);
    expect((await unitPage(otherCountyUnit)(cookies.social_worker)).status).toBe(403);
  });

  it("a liaison works across their own county, and is refused in another county", async () => {
    expect((await unitPage(familyUnit)(cookies.liaison)).status).toBe(200);
    expect((await associationPage(otherAssociation)(cookies.liaison)).status).toBe(200);
    expect((await unitPage(otherCountyUnit)(cookies.liaison)).status).toBe(403);
    expect((await associationPage(otherCountyAssociation)(cookies.liaison)).status).toBe(403);
    await expectReviewRefused(otherCountyAssociation, cookies.liaison);
  });

  it("the other county's liaison works in their county, and is refused in the demo county", async () => {
    expect((await unitPage(otherCountyUnit)(otherLiaison)).status).toBe(200);
    expect((await associationPage(otherCountyAssociation)(otherLiaison)).status).toBe(200);
    expect((await unitPage(kotoUnit)(otherLiaison)).status).toBe(403);
    expect((await associationPage(staffAssociation)(otherLiaison)).status).toBe(403);
    await expectReviewRefused(staffAssociation, otherLiaison);
  });

  it("admins open units and associations of every county", async () => {
    expect((await unitPage(otherCountyUnit)(cookies.admin)).status).toBe(200);
    expect((await associationPage(otherCountyAssociation)(cookies.admin)).status).toBe(200);
  });
});

describe("sessions that must not work", () => {
  const homePage = (cookie: string) => run(home.loader, get("/home", cookie));

  it("a deactivated person's open session stops working at once", async () => {
    const id = await createUser("leaving@example.org", "social_worker", { unitIds: [kotoUnit] });
    const cookie = await cookieFor("leaving@example.org");
    expect((await homePage(cookie)).status).toBe(200);
    const deactivated = await run(
      userPage.action,
      post(`/admin/users/${id}`, { intent: "DEACTIVATE" }, cookies.admin),
      { userId: id },
    );
    expect(deactivated.status).toBe(302);
    expectSignIn(await homePage(cookie), "/home");
    expectSignIn(
      await run(orgUnit.loader, get(`/org/units/${kotoUnit}`, cookie), { unitId: kotoUnit }),
      `/org/units/${kotoUnit}`,
    );
  });

  it("a session row that outlived the deactivation does not sign the person in either", async () => {
    await createUser("gone@example.org", "association_staff", { associationIds: [staffAssociation] });
    const cookie = await cookieFor("gone@example.org");
    await db().user.update({ where: { email: "gone@example.org" }, data: { status: "deactivated" } });
    expect(await db().session.count({ where: { user: { email: "gone@example.org" } } })).toBe(1);
    expectSignIn(await homePage(cookie), "/home");
    expectSignIn(await confirmReviewAs(cookie), `/org/associations/${staffAssociation}`);
  });

  it("an expired session does not work, and is not renewed", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { email: "social.worker@demo.co-act.fi" } });
    const expiresAt = new Date(Date.now() - 60_000);
    const session = await db().session.create({ data: { userId: user.id, expiresAt } });
    expectSignIn(await homePage(await sessionCookieHeader(session.id)), "/home");
    expect((await db().session.findUniqueOrThrow({ where: { id: session.id } })).expiresAt).toEqual(expiresAt);
  });

  it("a live session id in a cookie not signed by the app does not work", async () => {
    const admin = await db().user.findUniqueOrThrow({ where: { email: "admin@demo.co-act.fi" } });
    const session = await db().session.create({
      data: { userId: admin.id, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    const forged = createCookie("coact_session", { secrets: ["not-the-apps-secret-0123456789"] });
    const cookie = (await forged.serialize(session.id)).split(";")[0];
    expectSignIn(await run(users.loader, get("/admin/users", cookie)), "/admin/users");
    // The same session with the app's own signature works, so the refusal is about the signature.
    expect((await run(users.loader, get("/admin/users", await sessionCookieHeader(session.id)))).status).toBe(200);
  });

  function confirmReviewAs(cookie: string) {
    return run(
      orgAssociation.action as never,
      post(`/org/associations/${staffAssociation}`, { intent: "confirm-review" }, cookie),
      { associationId: staffAssociation },
    );
  }
});
