// The production server's HTTP protections, with plain fetch: cross-site writes refused, security headers and CSP nonce, cookie flags, health check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed";
import { startApp, type AppServer } from "../support/app-server";

let app: AppServer;

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: process.env.DATABASE_URL! });
});

afterAll(async () => {
  await app?.stop();
});

const admin = DEMO_USERS.find((u) => u.role === "admin")!;

function postForm(path: string, fields: Record<string, string>, headers: Record<string, string>) {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields),
  });
}

const signIn = (origin: string) =>
  postForm("/login", { email: admin.email, password: DEMO_PASSWORD }, { Origin: origin });

/** The session cookie's "name=value" from a sign-in answer. */
function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("coact_session="));
  expect(cookie, "the answer sets the session cookie").toBeDefined();
  return cookie!.split(";")[0];
}

/** Content-Security-Policy as a map from directive to its value. */
function cspOf(response: Response): Map<string, string> {
  const header = response.headers.get("Content-Security-Policy") ?? "";
  return new Map(
    header.split(";").map(
      (part) =>
        part
          .trim()
          .split(/\s+(.*)/)
          .slice(0, 2) as [string, string],
    ),
  );
}

describe("cross-site requests", () => {
  it("refuses a sign-in posted from another site with 403 and creates no session", async () => {
    const sessionsBefore = await db().session.count();
    const refused = await signIn("http://evil.example");
    expect(refused.status).toBe(403);
    expect(refused.headers.getSetCookie()).toEqual([]);
    expect(await db().session.count()).toBe(sessionsBefore);
    expect(await db().rateLimitHit.count({ where: { key: { contains: admin.email } } })).toBe(0);

    // The same request from the app's own origin signs in, so it was the origin that was refused.
    const accepted = await signIn(app.url);
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("Location")).toBe("/home");
    expect(await db().session.count()).toBe(sessionsBefore + 1);
  });

  it("refuses a cross-site sign-out, so another site cannot end a user's session", async () => {
    const cookie = sessionCookie(await signIn(app.url));
    const refused = await postForm("/logout", {}, { Origin: "http://evil.example", Cookie: cookie });
    expect(refused.status).toBe(403);
    const home = await fetch(`${app.url}/home`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(home.status).toBe(200);
  });

  it("refuses a write whose browser says it came from another site, even without an Origin header", async () => {
    const refused = await postForm("/language", { locale: "en", redirectTo: "/" }, { "Sec-Fetch-Site": "cross-site" });
    expect(refused.status).toBe(403);
    expect(refused.headers.getSetCookie()).toEqual([]);
  });
});

describe("security headers", () => {
  it("sends a strict Content-Security-Policy whose fresh nonce is on every script of the page", async () => {
    const first = await fetch(`${app.url}/login`);
    const second = await fetch(`${app.url}/login`);
    expect(first.status).toBe(200);
    const csp = cspOf(first);
    const scriptSrc = csp.get("script-src") ?? "";
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
    expect(nonce, `script-src has a nonce: ${scriptSrc}`).toBeDefined();
    expect(cspOf(second).get("script-src")).not.toBe(scriptSrc); // a new nonce for every response
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'none'");

    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  });

  it("forbids framing and content sniffing on pages and on static files", async () => {
    for (const path of ["/login", "/favicon.svg", "/healthz"]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("X-Frame-Options"), path).toBe("DENY");
      expect(response.headers.get("X-Content-Type-Options"), path).toBe("nosniff");
      expect(cspOf(response).get("frame-ancestors"), path).toBe("'none'");
    }
  });
});

describe("session cookie", () => {
  it("is HttpOnly, SameSite=Lax and Secure in production", async () => {
    const response = await signIn(app.url);
    expect(response.status).toBe(302);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("coact_session="))!;
    const flags = cookie
      .split(";")
      .slice(1)
      .map((f) => f.trim().toLowerCase());
    expect(flags).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure", "path=/"]));
  });
});

describe("health check", () => {
  it("answers 200 with JSON saying the app and its database are up", async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ ok: true, database: "up" });
  });
});
