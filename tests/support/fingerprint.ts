// A fingerprint of everything the app stores (row count and content hash per table), to prove a refused request
// changed nothing. The tables come from the database's own catalogue, not from a hand-written list, so a table added
// by a migration is covered the day it is added.
import { db } from "~/utils/db.server";

/** Public tables left out of the fingerprint, each with the reason. Nothing else may be left out. */
export const EXCLUDED_TABLES: Record<string, string> = {
  _prisma_migrations: "the migration history: written by the migration tool, never by a request",
};

/** Tables compared by some of their columns only, each with the reason. */
const COLUMNS: Record<string, { columns: string[]; reason: string }> = {
  session: { columns: ["id", "user_id"], reason: "using a session legitimately renews its expiry" },
};

/** Outside the public schema: the job queue, by what a job is (not its run state, which the worker changes). */
const JOBS = {
  name: "graphile_worker.jobs",
  source: "(SELECT id, task_id, payload FROM graphile_worker._private_jobs)",
};

export type Fingerprint = Record<string, { rows: number; hash: string }>;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every base table of the public schema, as the database lists them. */
export async function publicTables(): Promise<string[]> {
  const rows = await db().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return rows.map((row) => row.table_name);
}

export async function fingerprint(): Promise<Fingerprint> {
  const sources = (await publicTables())
    .filter((table) => !(table in EXCLUDED_TABLES))
    .map((table) => ({
      name: table,
      source: COLUMNS[table]
        ? `(SELECT ${COLUMNS[table].columns.map(ident).join(", ")} FROM public.${ident(table)})`
        : `public.${ident(table)}`,
    }));
  const result: Fingerprint = {};
  for (const { name, source } of [...sources, JOBS]) {
    const [row] = await db().$queryRawUnsafe<{ rows: number; hash: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM ${source} t`,
    );
    result[name] = row;
  }
  return result;
}
