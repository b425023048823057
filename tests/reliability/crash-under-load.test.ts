// The app killed with SIGKILL under a steady write load, and started again: every write that was answered with
// success is there, and the outbox delivers (here: keeps, as without SMTP) what is queued after the restart.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed";
import { startApp, type AppServer } from "../support/app-server";
import { reportFigures } from "../support/figures";
import { until } from "../support/until";

const admin = DEMO_USERS.find((u) => u.role === "admin")!;

function postForm(app: AppServer, path: string, fields: Record<string, string>, cookie?: string) {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: app.url,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(fields),
    signal: AbortSignal.timeout(10_000),
  });
}

async function signIn(app: AppServer) {
  const response = await postForm(app, "/login", { email: admin.email, password: DEMO_PASSWORD });
  expect(response.status).toBe(302);
  return response.headers.getSetCookie()[0].split(";")[0];
}

describe("SIGKILL under a steady write load", () => {
  it(
    "loses no acknowledged write, and the outbox resumes after the restart",
    { timeout: 240_000 },
    async ({ task }) => {
      const env = { DATABASE_URL: process.env.DATABASE_URL! };
      const app = await startApp(env);
      const cookie = await signIn(app);
      const acknowledged: string[] = [];
      let attempted = 0;
      let stop = false;
      // Four writers, each creating counties one after another until the app is gone.
      const writer = async (n: number) => {
        for (let i = 0; !stop; i++) {
          const name = `Kuormitus ${n}-${i}`;
          attempted++;
          try {
            const response = await postForm(app, "/admin/counties", { intent: "create-county", name }, cookie);
            if (response.status === 200) acknowledged.push(name);
            await response.arrayBuffer();
          } catch {
            return; // The connection went with the app.
          }
        }
      };
      const writers = [1, 2, 3, 4].map(writer);
      await until(async () => (acknowledged.length >= 150 ? true : undefined), 60_000);
      process.kill(app.pid, "SIGKILL");
      await app.exited;
      stop = true;
      await Promise.all(writers);

      const restarted = await startApp(env);
      try {
        const stored = new Set(
          (await db().county.findMany({ where: { name: { startsWith: "Kuormitus " } }, select: { name: true } })).map(
            (c) => c.name,
          ),
        );
        const missing = acknowledged.filter((name) => !stored.has(name));
        reportFigures(
          task,
          `SIGKILL under write load: ${attempted} writes attempted, ${acknowledged.length} acknowledged, ` +
            `${missing.length} missing after the restart`,
        );
        expect(missing).toEqual([]);

        const before = new Date();
        const forgot = await postForm(restarted, "/forgot-password", { email: admin.email });
        expect(forgot.status).toBe(200);
        const status = await until(async () => {
          const mail = await db().outboxEmail.findFirst({
            where: { to: admin.email, createdAt: { gte: new Date(before.getTime() - 1000) } },
            select: { status: true },
          });
          return mail && mail.status !== "queued" ? mail.status : undefined;
        }, 30_000);
        expect(status).toBe("kept");
      } finally {
        await restarted.stop();
      }
    },
  );
});
