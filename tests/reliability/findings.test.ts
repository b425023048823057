// The holes found by probing the app as an attacker would, each closed and kept closed: redirect targets from a request
// stay on this site, a reset link ends every other, and withdrawal, redirect and retention leave no trace of the client.
import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { eraseExpiredPersonalData } from "~/models/referral-schedule.server";
import * as forgot from "~/routes/_auth+/forgot-password";
import * as login from "~/routes/_auth+/login";
import * as resetPassword from "~/routes/_auth+/reset-password";
import * as language from "~/routes/language";
import * as referralPage from "~/routes/referrals+/$referralId._index";
import { safeRedirect } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { DEMO_PASSWORD } from "../../prisma/seed";
import { minimalReferral, sendReferral } from "../support/referrals";
import { cookieForRole, demoEmail, post, run } from "../support/requests";

describe("redirect targets from a request", () => {
  const hostile = [
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u0000/evil.example",
    "/\\evil.example",
    "/x\\..\\\\evil.example",
    "//evil.example",
    "/.//evil.example",
    "/%2e//evil.example",
    "/\u3000/evil.example",
    "/ /evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
  ];

  it.each(hostile)("never leaves the site for %j", (target) => {
    const safe = safeRedirect(target);
    expect(safe).toBe("/home");
  });

  it("keeps a same-site path with its query, in the form the browser will read", () => {
    expect(safeRedirect("/admin/users?x=1#top")).toBe("/admin/users?x=1#top");
    expect(safeRedirect("/directory?q=äiti")).toBe("/directory?q=%C3%A4iti");
  });

  it.each(hostile)(
    "/login and /language answer %j by going home, or with the form's message, never a 500",
    async (target) => {
      const signedIn = await run(
        login.action,
        post("/login", { email: demoEmail("liaison"), password: DEMO_PASSWORD, redirectTo: target }),
      );
      const switched = await run(language.action, post("/language", { locale: "en", redirectTo: target }));
      // A NUL is refused at the edge, before anything is done (malformed-requests.test.ts); anything else goes home.
      if (target.includes("\u0000")) {
        expect([signedIn.status, switched.status]).toEqual([400, 400]);
        expect(signedIn.data.errors.redirectTo.key).toBe("errors.controlCharacters");
      } else {
        expect(signedIn).toMatchObject({ status: 302, location: "/home" });
        expect(switched).toMatchObject({ status: 302, location: "/" });
      }
    },
  );
});

describe("reset links", () => {
  // The admin, whose sessions the resets end, is not needed by the other tests of this file.
  const address = demoEmail("admin");
  const mailedTokens = async () =>
    (
      await db().outboxEmail.findMany({
        where: { to: address, template: "passwordReset" },
        orderBy: { createdAt: "asc" },
      })
    ).map((mail) => /token=([\w-]+)/.exec(mail.text)![1]);
  const reset = (token: string, password: string) =>
    run(resetPassword.action, post("/reset-password", { token, password, confirm: password }));

  it("work only while they are the newest, and once", async () => {
    await run(forgot.action, post("/forgot-password", { email: address }));
    await run(forgot.action, post("/forgot-password", { email: address }));
    await run(forgot.action, post("/forgot-password", { email: address }));
    const [t1, t2, t3] = (await mailedTokens()).slice(-3);
    // Issuing T3 ended T1 and T2.
    expect((await reset(t1, "first-new-password")).status).toBe(400);
    expect((await reset(t3, "third-new-password")).status).toBe(302);
    expect((await reset(t2, "second-new-password")).status).toBe(400);
    expect((await reset(t3, "again-new-password")).status).toBe(400);
    const signIn = await run(login.action, post("/login", { email: address, password: "third-new-password" }));
    expect(signIn.status).toBe(302);
  });

  it("using one ends the others issued in the same moment", async () => {
    await run(forgot.action, post("/forgot-password", { email: address }));
    const [newest] = (await mailedTokens()).slice(-1);
    // A second link issued by another path (an older instance, a race) is ended when the newest is used.
    const other = await db().authToken.create({
      data: {
        tokenHash: "0".repeat(64),
        userId: (await db().user.findUniqueOrThrow({ where: { email: address } })).id,
        purpose: "password_reset",
        expiresAt: addDays(new Date(), 1),
      },
    });
    expect((await reset(newest, "fourth-new-password")).status).toBe(302);
    expect((await db().authToken.findUniqueOrThrow({ where: { id: other.id } })).usedAt).not.toBeNull();
  });
});

const socialWorker = await cookieForRole("social_worker");
const staff = await cookieForRole("association_staff");
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const activity = await db().activity.findFirstOrThrow({ where: { titleFi: "Naisten iltakahvila" } });
const other = await db().association.findFirstOrThrow({ where: { name: "Vaasan Punainen Risti, ystävätoiminta" } });

describe("what is left of the client after withdrawal, redirect and retention", () => {
  const referral = minimalReferral(koto.id, activity.associationId, {
    activityId: activity.id,
    phone: "+358 40 765 4321",
    languages: ["ar"],
    address: "Esimerkkitie 1 A 2, Vaasa",
    items: ["first_name", "phone", "languages", "address"],
    purpose: "Amina haluaa tavata naisia, asuu Esimerkkitiellä",
    interpreterUsed: "on",
    interpreterLanguage: "ar",
    pickup: "on",
    interpreting: "on",
    accompanimentLanguage: "ar",
  });
  const send = () => sendReferral(socialWorker, referral);
  const act = async (cookie: string, id: string, fields: Record<string, string>) => {
    const version = (await db().referral.findUniqueOrThrow({ where: { id } })).version;
    return run(referralPage.action, post(`/referrals/${id}`, { version: String(version), ...fields }, cookie), {
      referralId: id,
    });
  };
  const traces = async (id: string) => {
    const row = await db().referral.findUniqueOrThrow({
      where: { id },
      include: { consent: true, accompaniment: true },
    });
    return {
      personal: [row.clientFirstName, row.clientPhone, row.clientAddress, ...row.clientLanguages],
      purpose: row.consent!.purpose,
      consentLanguage: row.consent!.interpreterLanguage,
      accompaniment: row.accompaniment && {
        language: row.accompaniment.interpreterLanguage,
        volunteer: [row.accompaniment.volunteerName, row.accompaniment.volunteerPhone],
      },
      codes: { interpreterUsed: row.consent!.interpreterUsed, interpreting: row.accompaniment?.interpreting },
    };
  };
  const nothingLeft = {
    personal: [null, null, null],
    purpose: "",
    consentLanguage: null,
    accompaniment: { language: null, volunteer: [null, null] },
    codes: { interpreterUsed: true, interpreting: true },
  };

  it("withdrawal erases the consent's purpose and the accompaniment's language and volunteer", async () => {
    const id = await send();
    expect((await act(staff, id, { intent: "ACCEPT" })).status).toBe(302);
    expect(
      (await act(staff, id, { intent: "ASSIGN_VOLUNTEER", volunteerName: "Ville", volunteerPhone: "+358 40 1" }))
        .status,
    ).toBe(302);
    expect((await act(socialWorker, id, { intent: "WITHDRAW_CONSENT", confirm: "on" })).status).toBe(302);
    expect(await traces(id)).toEqual(nothingLeft);
  });

  it("a redirect erases them from the old referral, and the declining association cannot act on its accompaniment", async () => {
    const id = await send();
    expect((await act(staff, id, { intent: "DECLINE", reason: "no_capacity" })).status).toBe(302);
    const moved = await act(socialWorker, id, {
      intent: "REDIRECT",
      associationId: other.id,
      method: "oral",
      consentConfirmed: "on",
    });
    expect(moved.status).toBe(302);
    expect(await traces(id)).toEqual(nothingLeft);
    const assign = await act(staff, id, { intent: "ASSIGN_VOLUNTEER", volunteerName: "Ville" });
    expect(assign.status).toBe(409);
    expect(await traces(id)).toEqual(nothingLeft);
  });

  it("retention erases them from a referral that ended long enough ago", async () => {
    const id = await send();
    expect((await act(socialWorker, id, { intent: "CANCEL" })).status).toBe(302);
    await eraseExpiredPersonalData(addDays(new Date(), 3650));
    expect(await traces(id)).toEqual(nothingLeft);
  });
});
