// Stopping and starting the app on its embedded PostgreSQL: each stop signal stops the database within 5 s, in dev
// (Vite) and in production; a postgres left running by a killed app is replaced; a failed start says what to do.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runFailingStart, startApp, type AppServer } from "../support/app-server";
import { acceptsConnections, freePort } from "../support/ports";

const STOP_LIMIT_MS = 5_000;
const dataDirs: string[] = [];
const apps: AppServer[] = [];

afterAll(async () => {
  for (const app of apps) await app.stop();
  // Whatever a failing test left running is stopped, so it does not outlive the run.
  for (const dir of dataDirs) {
    const pid = postmasterPid(dir);
    if (pid && isRunning(pid)) process.kill(pid, "SIGQUIT");
    rmSync(dir, { recursive: true, force: true });
  }
});

function newDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "coact-e2e-shutdown-"));
  dataDirs.push(dir);
  return dir;
}

async function startEmbedded(dataDir: string, pgPort: number, production: boolean, viaNpm = false): Promise<AppServer> {
  const app = await startApp(
    { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: "false" },
    { production, viaNpm },
  );
  apps.push(app);
  return app;
}

/** The postmaster's pid from the data folder; PostgreSQL removes the file when it stops cleanly. */
function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]) || undefined;
  } catch {
    return undefined;
  }
}

/** Whether the process exists and has not exited (a zombie waiting to be reaped has). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the postmaster has exited and its port refuses connections; fails at the deadline. */
async function expectDatabaseStoppedBy(deadline: number, pid: number, port: number) {
  for (;;) {
    if (!isRunning(pid) && !(await acceptsConnections(port))) return;
    if (Date.now() > deadline)
      expect.fail(`PostgreSQL (process ${pid}, port ${port}) was still running at the deadline`);
    await sleep(100);
  }
}

/** Sends the signal(s) and checks that the app and its database are gone within 5 s. */
async function signalAndExpectStopped(
  app: AppServer,
  dataDir: string,
  pgPort: number,
  signals: NodeJS.Signals[],
  { said = `${signals[0]}: stopping Co-Act`, exitCode = 0 as number | null } = {},
) {
  const pid = postmasterPid(dataDir)!;
  expect(isRunning(pid), "the embedded PostgreSQL runs while the app does").toBe(true);
  const deadline = Date.now() + STOP_LIMIT_MS;
  for (const name of signals) process.kill(app.pid, name);
  await expectDatabaseStoppedBy(deadline, pid, pgPort);
  const code = await Promise.race([app.exited, sleep(Math.max(0, deadline - Date.now())).then(() => "still running")]);
  expect(code, "the app exited").toBe(exitCode);
  expect(app.output()).toContain(said);
  expect(app.output(), "no crash while stopping (Node ends a crash report with its version)").not.toContain(
    "Node.js v",
  );
}

describe("stopping the app stops its embedded PostgreSQL within 5 s", () => {
  it("in dev mode (Vite middleware), on SIGTERM", { timeout: 240_000 }, async () => {
    const dataDir = newDataDir();
    const pgPort = await freePort();
    const app = await startEmbedded(dataDir, pgPort, false);
    // A page makes Vite load the app's server code, as a developer's first request would.
    expect((await fetch(`${app.url}/`)).status).toBe(200);
    await signalAndExpectStopped(app, dataDir, pgPort, ["SIGTERM"]);
  });

  it("in production mode, on SIGTERM, SIGINT, SIGHUP and on two quick SIGTERMs", { timeout: 240_000 }, async () => {
    const dataDir = newDataDir();
    const pgPort = await freePort();
    for (const signals of [["SIGTERM"], ["SIGINT"], ["SIGHUP"], ["SIGTERM", "SIGTERM"]] as NodeJS.Signals[][]) {
      const app = await startEmbedded(dataDir, pgPort, true);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      await signalAndExpectStopped(app, dataDir, pgPort, signals);
    }
  });

  it("with `npm start`, on SIGTERM to npm's process (which does not pass it on)", { timeout: 240_000 }, async () => {
    const dataDir = newDataDir();
    const pgPort = await freePort();
    const app = await startEmbedded(dataDir, pgPort, true, true);
    await signalAndExpectStopped(app, dataDir, pgPort, ["SIGTERM"], {
      said: "npm exited: stopping Co-Act",
      exitCode: null,
    });
  });
});

describe("a start finding PostgreSQL left running by an earlier run", () => {
  it("stops that server and starts cleanly after the app was killed with SIGKILL", { timeout: 240_000 }, async () => {
    const dataDir = newDataDir();
    const pgPort = await freePort();
    const killed = await startEmbedded(dataDir, pgPort, true);
    const orphan = postmasterPid(dataDir)!;
    process.kill(killed.pid, "SIGKILL");
    await killed.exited;
    await sleep(500);
    expect(isRunning(orphan), "SIGKILL left the database running").toBe(true);

    const app = await startEmbedded(dataDir, pgPort, true);
    expect(app.output()).toContain(`PostgreSQL (process ${orphan}) left running on ${dataDir} by an earlier run`);
    expect(isRunning(orphan)).toBe(false);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    expect(await (await fetch(`${app.url}/healthz`)).json()).toMatchObject({ ok: true });
    await signalAndExpectStopped(app, dataDir, pgPort, ["SIGTERM"]);
  });
});

function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

describe("a failed start says what failed and what to do", () => {
  it(
    "when the HTTP port is in use, and stops the embedded PostgreSQL it had started",
    { timeout: 120_000 },
    async () => {
      const dataDir = newDataDir();
      const pgPort = await freePort();
      const httpPort = await freePort();
      const blocker = await occupy(httpPort);
      try {
        const { code, output } = await runFailingStart({
          EMBEDDED_PG_DIR: dataDir,
          EMBEDDED_PG_PORT: String(pgPort),
          PORT: String(httpPort),
        });
        expect(code).toBe(1);
        expect(output).toContain(`Co-Act could not start: port ${httpPort} (PORT) on 127.0.0.1 is already in use.`);
        expect(output).toContain("set PORT to a free port");
        expect(output).not.toContain("undefined");
        const pid = postmasterPid(dataDir);
        expect(pid === undefined || !isRunning(pid), "the database was stopped").toBe(true);
        expect(await acceptsConnections(pgPort)).toBe(false);
      } finally {
        blocker.close();
      }
    },
  );

  it("when the embedded PostgreSQL's port is in use", { timeout: 60_000 }, async () => {
    const pgPort = await freePort();
    const blocker = await occupy(pgPort);
    try {
      const { code, output } = await runFailingStart({
        EMBEDDED_PG_DIR: newDataDir(),
        EMBEDDED_PG_PORT: String(pgPort),
      });
      expect(code).toBe(1);
      expect(output).toContain(`Co-Act could not start: port ${pgPort} for the embedded PostgreSQL is already in use.`);
      expect(output).toContain("set EMBEDDED_PG_PORT to a free port");
      expect(output).not.toContain("undefined");
    } finally {
      blocker.close();
    }
  });

  it(
    "when the data folder is from another PostgreSQL major version, or owned by another user",
    { timeout: 120_000 },
    async () => {
      const dataDir = newDataDir();
      const pgPort = await freePort();
      await (await startEmbedded(dataDir, pgPort, true)).stop();
      const version = readFileSync(path.join(dataDir, "PG_VERSION"), "utf8");

      writeFileSync(path.join(dataDir, "PG_VERSION"), "16\n");
      const old = await runFailingStart({ EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) });
      expect(old.code).toBe(1);
      expect(old.output).toContain("The data directory was initialized by PostgreSQL version 16");
      expect(old.output).toContain("What to do: Upgrade the data (pg_upgrade");
      expect(old.output).not.toContain("undefined");
      writeFileSync(path.join(dataDir, "PG_VERSION"), version);

      // Giving the folder to another user needs root (which is also when the app runs PostgreSQL as user postgres).
      if (process.getuid?.() !== 0) return;
      execFileSync("chown", ["-R", "4321:4321", dataDir]);
      const foreign = await runFailingStart({ EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) });
      expect(foreign.code).toBe(1);
      expect(foreign.output).toContain(`Co-Act could not start: the embedded PostgreSQL in ${dataDir} did not start:`);
      expect(foreign.output).toContain("Give the folder to the user that runs Co-Act");
      expect(foreign.output).not.toContain("undefined");
    },
  );

  it(
    "when DATABASE_URL names a server that does not answer, or a database that does not exist",
    { timeout: 60_000 },
    async () => {
      const closedPort = await freePort();
      const unreachable = await runFailingStart({
        DATABASE_URL: `postgresql://coact:secret-password@127.0.0.1:${closedPort}/coact`,
      });
      expect(unreachable.code).toBe(1);
      expect(unreachable.output).toContain(
        `Co-Act could not start: cannot connect to the database at DATABASE_URL (postgresql://coact:***@127.0.0.1:${closedPort}/coact): connect ECONNREFUSED`,
      );
      expect(unreachable.output).toContain("What to do: Check DATABASE_URL");
      expect(unreachable.output, "the password is not printed").not.toContain("secret-password");
      expect(unreachable.output).not.toContain("undefined");

      const server = new URL(process.env.DATABASE_URL!);
      server.pathname = "/no_such_database";
      const missing = await runFailingStart({ DATABASE_URL: server.toString() });
      expect(missing.code).toBe(1);
      expect(missing.output).toContain('database "no_such_database" does not exist');
      expect(missing.output).not.toContain("undefined");
    },
  );
});
