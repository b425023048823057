// Prepares one migrated and seeded template database per test run, on the external server named by DATABASE_URL or,
// without it, on an embedded PostgreSQL server started for the run. Each test file copies the template
// (database-per-file.ts), so files run in parallel without sharing state.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { seedDemo } from "../../prisma/seed";
import { migrateDatabase, startEmbeddedDatabase } from "../../app/utils/database.server";
import { createDb } from "../../app/utils/db.server";
import { prepareJobQueue } from "../../app/utils/worker.server";
import { freePort } from "./ports";
import { withDatabase } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL;
  let stopEmbedded = async () => {};
  if (!serverUrl) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "coact-test-pg-"));
    const embedded = await startEmbeddedDatabase({ dataDir, port: await freePort(), database: "postgres" });
    serverUrl = embedded.url;
    stopEmbedded = async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const templateDatabase = `coact_test_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${templateDatabase}`);
    const templateUrl = withDatabase(serverUrl, templateDatabase);
    await migrateDatabase(templateUrl);
    await prepareJobQueue(templateUrl);
    const db = createDb(templateUrl);
    await seedDemo(db);
    await db.$disconnect();
  } catch (error) {
    // Vitest runs no teardown when the set-up fails: stop what was started here, or it outlives the run.
    await admin.end().catch(() => {});
    await stopEmbedded();
    throw error;
  }

  project.provide("serverUrl", serverUrl);
  project.provide("templateDatabase", templateDatabase);

  return async () => {
    const copies = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${templateDatabase}%`]);
    for (const row of copies.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
    await stopEmbedded();
  };
}
