// Malformed requests meet one edge (app/utils/request-body.server.ts) before any action reads them: no body, no or a
// wrong content type, a truncated multipart body, a body over its limit (also chunked, with no Content-Length), NUL
// and other control characters; and each field refuses what it cannot hold (line breaks in one-line names,
// impossible dates, years nobody means). Each is a 4xx with the form's message, and nothing is written.
import { describe, expect, it } from "vitest";
import * as login from "~/routes/_auth+/login";
import * as counties from "~/routes/admin+/counties";
import * as profile from "~/routes/org+/associations.$associationId.profile";
import * as referralPage from "~/routes/referrals+/$referralId._index";
import * as newReferral from "~/routes/referrals+/new";
import { db } from "~/utils/db.server";
import { MAX_LOGO_BYTES } from "~/utils/logo.server";
import { FORM_BODY_LIMIT } from "~/utils/request-body.server";
import { fingerprint } from "../support/fingerprint";
import { cookieForRole, post, run, type Outcome } from "../support/requests";
import { BASE_CONSENT_TEXT } from "../support/referrals";

const BASE = "http://localhost:3000";
const admin = await cookieForRole("admin");
const socialWorker = await cookieForRole("social_worker");
const staff = await cookieForRole("association_staff");
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const activity = await db().activity.findFirstOrThrow({ where: { titleFi: "Naisten iltakahvila" } });

const raw = (path: string, init: RequestInit & { cookie?: string }) =>
  new Request(`${BASE}${path}`, {
    method: "POST",
    ...init,
    headers: { ...(init.cookie ? { Cookie: init.cookie } : {}), ...(init.headers as Record<string, string>) },
    ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);

/** Runs the request and proves it was refused with the given status and message, and changed nothing. */
async function refused(outcome: () => Promise<Outcome>, status: number, field = "form") {
  const before = await fingerprint();
  const result = await outcome();
  expect(result.status).toBe(status);
  expect(result.data.errors[field].key).toMatch(/^errors\./);
  expect(await fingerprint()).toEqual(before);
  return result;
}

const addCounty = (init: RequestInit & { cookie?: string }) =>
  run(counties.action, raw("/admin/counties", { cookie: admin, ...init }));

describe("a body that is not a form", () => {
  it("no body and no content type is a 400 with the form's message", async () => {
    await refused(() => addCounty({}), 400);
    await refused(() => run(login.action, raw("/login", {})), 400);
  });

  it("a JSON or text body is a 400", async () => {
    await refused(() => addCounty({ body: '{"name":"x"}', headers: { "Content-Type": "application/json" } }), 400);
    await refused(() => addCounty({ body: "name=x", headers: { "Content-Type": "text/plain" } }), 400);
  });

  it("a truncated multipart body is a 400", async () => {
    const body = '--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nHalf a coun';
    await refused(() => addCounty({ body, headers: { "Content-Type": "multipart/form-data; boundary=b" } }), 400);
  });
});

describe("a body over its limit", () => {
  const huge = `name=${"x".repeat(FORM_BODY_LIMIT + 1)}`;
  const urlEncoded = { "Content-Type": "application/x-www-form-urlencoded" };

  it("is a 413 with the form's message, whether it says its length or not", async () => {
    await refused(() => addCounty({ body: huge, headers: urlEncoded }), 413);
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(huge.slice(0, FORM_BODY_LIMIT / 5)));
        controller.close();
      },
    });
    await refused(() => addCounty({ body: chunked, headers: urlEncoded }), 413);
  });

  it("a logo upload over the logo's limit is refused with the logo's message, also when chunked", async () => {
    const association = await db().association.findUniqueOrThrow({
      where: { name: "Monikulttuurinen naisyhdistys Sisarukset ry" },
    });
    const form = new FormData();
    form.append("intent", "logo");
    form.append("logo", new Blob([new Uint8Array(MAX_LOGO_BYTES * 3)], { type: "image/png" }), "logo.png");
    const bytes = await new Response(form).arrayBuffer();
    const type = new Response(form).headers.get("Content-Type")!;
    const chunked = new ReadableStream({
      start(controller) {
        controller.enqueue(new Uint8Array(bytes));
        controller.close();
      },
    });
    const params = { associationId: association.id };
    const path = `/org/associations/${association.id}/profile`;
    await refused(
      () => run(profile.action, raw(path, { cookie: staff, body: chunked, headers: { "Content-Type": type } }), params),
      413,
      "logo",
    );
  });
});

describe("characters nobody types", () => {
  it("a NUL or other control character in any field is a 400 naming the field", async () => {
    for (const bad of ["a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb"]) {
      const result = await refused(
        () => run(counties.action, post("/admin/counties", { name: bad }, admin)),
        400,
        "name",
      );
      expect(result.data.errors.name.key).toBe("errors.controlCharacters");
    }
    await refused(() => run(login.action, post("/login", { email: "a@b.fi", password: "x\u0000y" })), 400, "password");
  });

  it("a one-line name refuses line breaks; a multi-line text keeps them", async () => {
    const result = await refused(
      () => run(counties.action, post("/admin/counties", { intent: "create-county", name: "Uusi\nmaakunta" }, admin)),
      400,
      "name",
    );
    expect(result.data.errors.name.key).toBe("errors.lineBreak");
    const sent = await run(
      newReferral.action,
      post(
        "/referrals/new",
        { ...referral, needs: "Ensimmäinen rivi\r\ntoinen rivi", items: [...referral.items, "needs"] },
        socialWorker,
      ),
    );
    expect(sent.status).toBe(302);
  });
});

const referral = {
  unitId: koto.id,
  associationId: activity.associationId,
  activityId: activity.id,
  firstName: "Amina",
  languages: ["ar"],
  items: ["first_name", "languages"],
  purpose: "Ensitapaaminen",
  method: "oral",
  validUntil: "2099-12-31",
  consentTextId: BASE_CONSENT_TEXT.fi,
  consentConfirmed: "on",
};

describe("dates", () => {
  it.each(["2027-02-30", "2027-13-01", "2027-12-32", "0000-01-01", "9999-12-31", "2027-1-1", "2027-02-29"])(
    "a consent valid until %s is refused",
    async (validUntil) => {
      const result = await refused(
        () => run(newReferral.action, post("/referrals/new", { ...referral, validUntil }, socialWorker)),
        400,
        "validUntil",
      );
      expect(result.data.errors.validUntil.key).toBe("errors.date");
    },
  );

  it.each([
    "2027-02-30T10:00",
    "2027-13-01T10:00",
    "0000-01-01T10:00",
    "9999-12-31T10:00",
    "1900-05-05T10:00",
    "2027-05-05T24:00",
  ])("a meeting at %s is refused", async (at) => {
    const sent = await run(newReferral.action, post("/referrals/new", referral, socialWorker));
    const id = sent.location!.split("/").pop()!;
    const version = String((await db().referral.findUniqueOrThrow({ where: { id } })).version);
    await run(referralPage.action, post(`/referrals/${id}`, { intent: "ACCEPT", version }, staff), { referralId: id });
    const accepted = String((await db().referral.findUniqueOrThrow({ where: { id } })).version);
    const result = await refused(
      () =>
        run(
          referralPage.action,
          post(`/referrals/${id}`, { intent: "PROPOSE_TIMES", version: accepted, time1: at }, staff),
          {
            referralId: id,
          },
        ),
      400,
      "time1",
    );
    expect(result.data.errors.time1.key).toBe("errors.dateTime");
  });
});
