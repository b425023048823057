// What the production server logs for failed requests: nothing for a 404, one line with the request id for a real
// error, and the same id on the error page so a user can quote it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { startApp, type AppServer } from "../support/app-server";

let app: AppServer;

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: process.env.DATABASE_URL! });
});

afterAll(async () => {
  await app?.stop();
});

/** What the app printed while the work ran. */
async function outputDuring(work: () => Promise<void>): Promise<string> {
  const before = app.output().length;
  await work();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return app.output().slice(before);
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe("error logging", () => {
  it("logs nothing for a page that does not exist", async () => {
    const logged = await outputDuring(async () => {
      const response = await fetch(`${app.url}/no-such-page`, { headers: { "X-Request-Id": "e2e-not-found-1" } });
      expect(response.status).toBe(404);
      expect(response.headers.get("X-Request-Id")).toBe("e2e-not-found-1");
      expect(await response.text(), "no reference to quote on a 404").not.toContain("e2e-not-found-1");
    });
    expect(logged).not.toContain("unexpected error");
    expect(logged).not.toContain("No route matches");
    expect(logged).not.toMatch(/^\s+at /m);
  });

  it("answers a path whose encoding does not decode with the app's own not-found page, and logs nothing", async () => {
    const title = async (response: Response) => (await response.text()).match(/<title>([^<]*)<\/title>/)?.[1];
    const notFound = await title(await fetch(`${app.url}/no-such-page`));
    expect(notFound).toContain("Sivua ei löytynyt");
    const logged = await outputDuring(async () => {
      for (const path of ["/%", "/%E0%A4%A", "/directory/%", "/directory/activities/%C3?q=%", "/%E0.svg"]) {
        const response = await fetch(`${app.url}${path}`);
        expect(response.status, path).toBe(404);
        expect(await title(response), path).toBe(notFound);
      }
    });
    expect(logged).not.toContain("URIError");
    expect(logged).not.toMatch(/^\s+at /m);
  });

  it("logs an error thrown in a loader once, with the request id the error page shows", async () => {
    // The directory's loader reads this table: without it, the loader throws as it would on a real database fault.
    await db().$executeRawUnsafe("ALTER TABLE activity RENAME TO activity_hidden");
    try {
      const logged = await outputDuring(async () => {
        const response = await fetch(`${app.url}/directory`, { headers: { "X-Request-Id": "e2e-loader-fault-1" } });
        expect(response.status).toBe(500);
        expect(await response.text()).toContain("e2e-loader-fault-1");
      });
      expect(count(logged, "unexpected error"), logged).toBe(1);
      expect(count(logged, "e2e-loader-fault-1"), logged).toBe(1);
      expect(logged).toContain("unexpected error [request e2e-loader-fault-1] GET");

      // Without an id from a proxy, the app makes one and answers with it.
      const ownId = await outputDuring(async () => {
        const response = await fetch(`${app.url}/directory`, { headers: { "X-Request-Id": "not a valid id!" } });
        expect(response.status).toBe(500);
        const id = response.headers.get("X-Request-Id")!;
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        expect(await response.text()).toContain(id);
      });
      expect(ownId).toMatch(/unexpected error \[request [0-9a-f-]{36}\] GET/);
      expect(ownId).not.toContain("not a valid id!");
    } finally {
      await db().$executeRawUnsafe("ALTER TABLE activity_hidden RENAME TO activity");
    }
  });
});
