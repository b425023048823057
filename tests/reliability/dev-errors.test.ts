// The development server answers a request a route cannot handle (a POST to a page without an action) without the
// stack trace in the answer: it says where the server's files are and what runs there. The log keeps it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppServer } from "../support/app-server";

let app: AppServer;
beforeAll(async () => {
  app = await startApp({ DATABASE_URL: process.env.DATABASE_URL!, SEED_DEMO: "false" }, { production: false });
});
afterAll(async () => {
  await app?.stop();
});

describe("errors in development", () => {
  it.each(["/healthz", "/api/hsds/organizations", "/healthz.data"])(
    "a POST to %s is a 405 without a stack trace",
    async (path) => {
      const response = await fetch(`${app.url}${path}`, {
        method: "POST",
        headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
        body: "a=1",
      });
      expect(response.status).toBe(405);
      const body = await response.text();
      expect(body).toMatch(/action/);
      expect(body).not.toMatch(/\bat \S+ \(|node_modules|stack/);
    },
  );
});
