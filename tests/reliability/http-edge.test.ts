// The running production server at its edge, as a browser or an attacker reaches it: a body over its limit is refused
// with 413 without keeping the keep-alive connection hanging, X-Forwarded-For is believed from nobody unless
// TRUST_PROXY names them, and the Origin check compares the scheme too.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { FORM_BODY_LIMIT } from "~/utils/request-body.server";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed";
import { startApp, type AppServer } from "../support/app-server";

let app: AppServer;
beforeAll(async () => {
  app = await startApp({ DATABASE_URL: process.env.DATABASE_URL! });
});
afterAll(async () => {
  await app?.stop();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request on the given agent (so that keep-alive connections are reused as a browser would), bounded in time. */
function send(agent: http.Agent, path: string, body: string | Buffer, headers: Record<string, string> = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const url = new URL(path, app.url);
    const request = http.request(
      url,
      {
        agent,
        method: "POST",
        headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded", ...headers },
        timeout: 10_000,
      },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer to ${path} within 10 s`)));
    request.on("error", reject);
    request.end(body);
  });
}

const admin = DEMO_USERS.find((u) => u.role === "admin")!;
const signInBody = (password: string) => new URLSearchParams({ email: admin.email, password }).toString();

describe("request bodies over their limit", () => {
  it("are answered 413 with the form's message, and the next request on the same agent is answered", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const huge = `email=a&password=${"x".repeat(FORM_BODY_LIMIT * 4)}`;
      const refused = await send(agent, "/login", huge);
      expect(refused.status).toBe(413);
      expect(refused.headers.connection).toBe("close");
      // Chunked, with no Content-Length to refuse it by.
      const chunked = await send(agent, "/login", huge, { "Transfer-Encoding": "chunked" });
      expect(chunked.status).toBe(413);
      const next = await send(agent, "/login", signInBody(DEMO_PASSWORD));
      expect(next.status).toBe(302);
    } finally {
      agent.destroy();
    }
  });
});

describe("forwarded addresses", () => {
  it("are not believed without TRUST_PROXY: failed sign-ins count against the connection's own address", async () => {
    await db().rateLimitHit.deleteMany();
    const agent = new http.Agent();
    const failed = await send(agent, "/login", signInBody("wrong-password"), { "X-Forwarded-For": "203.0.113.77" });
    expect(failed.status).toBe(401);
    const keys = (await db().rateLimitHit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => key.includes("203.0.113.77"))).toEqual([]);
  });
});

describe("the Origin check", () => {
  it("refuses the same host with another scheme", async () => {
    const agent = new http.Agent();
    const other = app.url.replace("http://", "https://");
    const refused = await send(agent, "/login", signInBody(DEMO_PASSWORD), { Origin: other });
    expect(refused.status).toBe(403);
  });
});
