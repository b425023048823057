// Every statement is prepared once per connection and planned for each call's own values (docs/decisions/024).
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";

type Prepared = { statement: string; genericPlans: bigint; customPlans: bigint };

describe("a statement the app sends again on the same connection", () => {
  it("is parsed once and planned each time for its own values, and finds each call's own rows", async () => {
    const names = await db().association.findMany({ select: { name: true }, orderBy: { name: "asc" }, take: 8 });
    const { found, prepared } = await db().$transaction(async (tx) => {
      const found: (string | undefined)[] = [];
      for (const { name } of names) {
        found.push((await tx.association.findFirst({ where: { name }, select: { name: true } }))?.name);
      }
      const prepared = await tx.$queryRaw<Prepared[]>`
        SELECT statement, generic_plans AS "genericPlans", custom_plans AS "customPlans" FROM pg_prepared_statements
        WHERE statement LIKE '%FROM "public"."association"%' AND statement LIKE '%"name" = $1%'
          AND statement NOT LIKE '%pg_prepared_statements%'`;
      return { found, prepared };
    });

    expect(found).toEqual(names.map(({ name }) => name));
    // One prepared statement for the eight calls (the transaction holds one connection), never a generic plan: past
    // five calls PostgreSQL would otherwise consider one, which ignores the values (plan_cache_mode).
    expect(prepared).toHaveLength(1);
    expect(prepared[0].customPlans).toBe(BigInt(names.length));
    expect(prepared[0].genericPlans).toBe(0n);
  });

  it("reports a failing call's error, and the same statement then answers the next call", async () => {
    const divide = (by: number) => db().$queryRaw<{ quotient: number }[]>`SELECT 12 / ${by}::int AS quotient`;

    await expect(divide(0)).rejects.toThrow(/division by zero/);
    await expect(divide(0)).rejects.toThrow(/division by zero/);
    expect(await divide(4)).toEqual([{ quotient: 3 }]);
  });
});
