// Small helpers for test databases.
import { randomBytes } from "node:crypto";
import pg from "pg";

export function withDatabase(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh copy of the run's template database: migrated, with the job queue's schema and the demo data. */
export async function copyTemplate(serverUrl: string, template: string): Promise<string> {
  const name = `${template}_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}
