// Sign-in limits that slow a guesser down without locking the owner out, configuration that trusts forwarded addresses
// only from named proxies and listens on this computer only in development, and development mail only for it.
import { beforeEach, describe, expect, it } from "vitest";
import * as login from "~/routes/_auth+/login";
import * as devMail from "~/routes/dev+/mail";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { parseEnv } from "~/utils/env.server";
import { delayBeforeNextTry } from "~/utils/rate-limit.server";
import { DEMO_PASSWORD } from "../../prisma/seed";
import { cookieFor, demoEmail, get, post, run } from "../support/requests";

beforeEach(async () => {
  await db().rateLimitHit.deleteMany();
});

const owner = demoEmail("association_staff");
const signIn = (password: string, clientIp: string) =>
  run(login.action, post("/login", { email: owner, password }), {}, { clientIp });

describe("sign-in limits", () => {
  it("a guesser elsewhere slows down, the owner on their own address signs in at once", async () => {
    for (let i = 0; i < 20; i++) await signIn(`guess-${i}`, "203.0.113.9");
    const guesser = await signIn(DEMO_PASSWORD, "203.0.113.9");
    expect(guesser.status).toBe(429);
    expect(guesser.data.errors.form).toMatchObject({ key: "login.tooMany", params: { seconds: expect.any(Number) } });
    expect(Number(guesser.headers!.get("Retry-After"))).toBeGreaterThan(0);
    expect((await signIn(DEMO_PASSWORD, "198.51.100.7")).status).toBe(302);
  });

  it("slows down rather than locks: the wait doubles per failure past five, and then a try is allowed again", async () => {
    const key = "login:test";
    const limits = { free: 5, windowMs: 15 * 60_000, maxDelayMs: 5 * 60_000 };
    const start = new Date("2027-05-05T10:00:00Z");
    const at = (ms: number) => new Date(start.getTime() + ms);
    for (let i = 0; i < 7; i++) await db().rateLimitHit.create({ data: { key, createdAt: start } });
    expect(await delayBeforeNextTry(key, { ...limits, now: start })).toBe(4_000);
    expect(await delayBeforeNextTry(key, { ...limits, now: at(4_000) })).toBe(0);
  });

  it("successful sign-ins are not counted", async () => {
    for (let i = 0; i < 12; i++) expect((await signIn(DEMO_PASSWORD, "198.51.100.7")).status).toBe(302);
    expect(await db().rateLimitHit.count()).toBe(0);
  });
});

describe("session fixation", () => {
  it("signing in always starts a new session; a session planted in the browser stays its owner's", async () => {
    const planted = await cookieFor(demoEmail("liaison"));
    const signedIn = await run(
      login.action,
      new Request("http://localhost:3000/login", {
        method: "POST",
        headers: { Cookie: planted },
        body: new URLSearchParams({ email: owner, password: DEMO_PASSWORD }),
      }),
      {},
      { clientIp: "198.51.100.7" },
    );
    expect(signedIn.status).toBe(302);
    const issued = signedIn.headers!.get("Set-Cookie")!.split(";")[0];
    expect(issued).not.toBe(planted);
    expect((await getUser(get("/home", planted)))!.email).toBe(demoEmail("liaison"));
    expect((await getUser(get("/home", issued)))!.email).toBe(owner);
  });
});

describe("configuration", () => {
  it("listens on localhost in development and everywhere in production, unless HOST says", () => {
    expect(parseEnv({ NODE_ENV: "development" }).HOST).toBe("localhost");
    expect(parseEnv({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(20) }).HOST).toBe("0.0.0.0");
    expect(parseEnv({ NODE_ENV: "development", HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
  });

  it("believes X-Forwarded-For from no-one unless TRUST_PROXY names the proxies", () => {
    expect(parseEnv({}).TRUST_PROXY).toBeUndefined();
    expect(parseEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8,::1" }).TRUST_PROXY).toEqual([
      "loopback",
      "10.0.0.0/8",
      "::1",
    ]);
    for (const bad of ["true", "*", "10.0.0.0/8/1", "evil.example"])
      expect(() => parseEnv({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
  });
});

describe("development mail", () => {
  it("is shown to this computer only", async () => {
    expect((await run(devMail.loader, get("/dev/mail"), {}, { clientIp: "127.0.0.1" })).status).toBe(200);
    expect((await run(devMail.loader, get("/dev/mail"), {}, { clientIp: "::1" })).status).toBe(200);
    for (const clientIp of ["203.0.113.9", "::ffff:203.0.113.9", "127.0.0.1.evil", undefined])
      expect((await run(devMail.loader, get("/dev/mail"), {}, { clientIp })).status).toBe(404);
  });
});
