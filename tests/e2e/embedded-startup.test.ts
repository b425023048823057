// Without DATABASE_URL the app runs on embedded PostgreSQL: it starts, serves sign-in, stops the database with itself and restarts on the same data.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed";
import { startApp, type AppServer } from "../support/app-server";
import { acceptsConnections, freePort } from "../support/ports";

const admin = DEMO_USERS.find((u) => u.role === "admin")!;
const dataDir = mkdtempSync(path.join(tmpdir(), "coact-e2e-embedded-"));
const pgPort = await freePort();
let app: AppServer | undefined;

afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the app as `npm start` would with no database configured: only a data directory and a port for it. */
async function startEmbeddedApp(): Promise<AppServer> {
  app = await startApp({ EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: "true" });
  return app;
}

async function signInAsAdmin(appUrl: string): Promise<string> {
  const response = await fetch(`${appUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: appUrl },
    body: new URLSearchParams({ email: admin.email, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(302);
  expect(response.headers.get("Location")).toBe("/home");
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("coact_session="));
  expect(cookie, "sign-in sets the session cookie").toBeDefined();
  return cookie!.split(";")[0];
}

async function adminHome(appUrl: string, cookie: string): Promise<string> {
  const response = await fetch(`${appUrl}/home`, { headers: { Cookie: cookie }, redirect: "manual" });
  expect(response.status).toBe(200);
  return response.text();
}

/** Row counts of the demo data, read straight from the embedded server (credentials as in database.server.ts). */
async function demoRowCounts() {
  const client = new pg.Client({ connectionString: `postgresql://coact:coact-embedded@127.0.0.1:${pgPort}/coact` });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT
      (SELECT count(*) FROM county)::int AS counties, (SELECT count(*) FROM unit)::int AS units,
      (SELECT count(*) FROM association)::int AS associations, (SELECT count(*) FROM activity)::int AS activities,
      (SELECT count(*) FROM app_user)::int AS users`);
    return rows[0] as Record<string, number>;
  } finally {
    await client.end();
  }
}

describe("the app on its embedded PostgreSQL", () => {
  it(
    "starts without DATABASE_URL, signs in, stops its database, and restarts on the same data",
    { timeout: 300_000 },
    async () => {
      const first = await startEmbeddedApp();
      expect(first.output()).toContain("(database: embedded)");

      const health = await fetch(`${first.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true });

      const cookie = await signInAsAdmin(first.url);
      const home = await adminHome(first.url, cookie);
      expect(home).toContain(`Hei, ${admin.name}`);
      const counts = await demoRowCounts();
      expect(counts).toMatchObject({ counties: 1, users: DEMO_USERS.length });
      expect(home).toContain(`1 hyvinvointialue, ${counts.associations} järjestöä, ${DEMO_USERS.length} käyttäjää.`);

      await first.stop();
      expect(first.output()).toContain("SIGTERM: stopping Co-Act");
      expect(first.output(), "no crash while stopping (Node ends a crash report with its version)").not.toContain(
        "Node.js v",
      );
      expect(await acceptsConnections(pgPort), "the embedded PostgreSQL stopped with the app").toBe(false);

      const second = await startEmbeddedApp();
      expect(second.output()).toContain("(database: embedded)");
      expect(await demoRowCounts(), "seeding again added no duplicates").toEqual(counts);
      expect(await adminHome(second.url, cookie), "the session survived the restart").toContain(`Hei, ${admin.name}`);
      expect(await adminHome(second.url, await signInAsAdmin(second.url))).toContain(`Hei, ${admin.name}`);

      await second.stop();
      expect(await acceptsConnections(pgPort)).toBe(false);
    },
  );
});
