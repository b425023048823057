// The fingerprint that proves a refused request changed nothing must see every table the app stores data in: the
// database's own list of tables is the reference, not a list kept by hand.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { EXCLUDED_TABLES, fingerprint } from "../support/fingerprint";

async function tablesPerInformationSchema(): Promise<string[]> {
  const rows = await db().$queryRawUnsafe<{ table_name: string }[]>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  return rows.map((row) => row.table_name).sort();
}

describe("the fingerprint of the database", () => {
  it("covers every table in the public schema, except the few excluded with a reason", async () => {
    const tables = await tablesPerInformationSchema();
    const covered = Object.keys(await fingerprint());
    const excluded = Object.keys(EXCLUDED_TABLES);
    expect(tables.filter((table) => !covered.includes(table) && !excluded.includes(table))).toEqual([]);
    // An exclusion names a table that exists, is not covered anyway, and says why.
    for (const table of excluded) {
      expect(tables).toContain(table);
      expect(covered).not.toContain(table);
      expect(EXCLUDED_TABLES[table].length).toBeGreaterThan(10);
    }
    // The tables the hand-written list used to miss, by name.
    for (const table of ["referral", "consent", "accompaniment", "access_log", "advance_notice", "association_logo"]) {
      expect(covered).toContain(table);
    }
    // And the job queue, which lives outside the public schema.
    expect(covered).toContain("graphile_worker.jobs");
  });

  it("covers a table added later, and changes when a row is written to it", async () => {
    await db().$executeRawUnsafe("CREATE TABLE public.added_later (id int PRIMARY KEY, note text)");
    const before = await fingerprint();
    expect(before.added_later).toEqual({ rows: 0, hash: expect.any(String) });
    await db().$executeRawUnsafe("INSERT INTO public.added_later VALUES (1, 'written')");
    const after = await fingerprint();
    expect(after.added_later.rows).toBe(1);
    expect(after).not.toEqual(before);
    await db().$executeRawUnsafe("DROP TABLE public.added_later");
  });

  it("ignores a session's renewed expiry, but not a session added or removed", async () => {
    const user = await db().user.findFirstOrThrow({ select: { id: true } });
    const session = await db().session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
    const before = await fingerprint();
    await db().session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });
    expect(await fingerprint()).toEqual(before);
    await db().session.delete({ where: { id: session.id } });
    expect((await fingerprint()).session).not.toEqual(before.session);
  });

  it("changes when a row's content changes, not only its count", async () => {
    const association = await db().association.findFirstOrThrow({ select: { id: true, name: true } });
    const before = await fingerprint();
    await db().association.update({ where: { id: association.id }, data: { name: `${association.name} (renamed)` } });
    const after = await fingerprint();
    expect(after.association.rows).toBe(before.association.rows);
    expect(after.association.hash).not.toBe(before.association.hash);
  });
});
