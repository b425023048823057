// Prisma's query plans reused per shape (docs/decisions/023): every query still gets its own values and rows. The setup
// (database-per-file.ts) also compares every reused plan with a freshly compiled one, in every test file.
import { Prisma } from "@prisma/client";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  cachedCompile,
  checkQueryPlans,
  isTemplate,
  queryPlanStats,
  resetQueryPlans,
  shapeOf,
} from "~/utils/query-plans.server";

beforeEach(() => resetQueryPlans());

describe("a query of a shape seen before", () => {
  it("reuses the plan with its own value and finds its own row", async () => {
    const [first, second] = await db().association.findMany({
      select: { name: true },
      orderBy: { name: "asc" },
      take: 2,
    });
    const byName = (name: string) => db().association.findFirst({ where: { name }, select: { name: true } });

    expect(await byName(first.name)).toEqual(first);
    expect(await byName(second.name)).toEqual(second);
    expect(await byName("No such association")).toBeNull();
    // Compiled: the list above and the first findFirst.
    expect(queryPlanStats).toMatchObject({ compiled: 2, reused: 2 });
  });

  it("puts each date where its stand-in was", async () => {
    const since = (date: Date) => db().activity.count({ where: { updatedAt: { gt: date } } });
    const all = await db().activity.count();

    expect(await since(new Date("2000-01-01T00:00:00Z"))).toBe(all);
    expect(await since(new Date("2999-01-01T00:00:00Z"))).toBe(0);
    expect(queryPlanStats).toMatchObject({ compiled: 2, reused: 1 });
  });

  it("reuses a raw query's plan with its own parameters", async () => {
    const echo = (text: string, at: Date, many: string[]) =>
      db().$queryRaw<{ text: string; at: Date; many: string[] }[]>`
        SELECT ${text}::text AS text, ${at}::timestamptz AS at, ${many}::text[] AS many`;

    const a = await echo("yksi", new Date("2026-01-02T03:04:05Z"), ["a", "b"]);
    const b = await echo("två", new Date("2026-06-07T08:09:10Z"), ["c", "d"]);
    expect(a).toEqual([{ text: "yksi", at: new Date("2026-01-02T03:04:05Z"), many: ["a", "b"] }]);
    expect(b).toEqual([{ text: "två", at: new Date("2026-06-07T08:09:10Z"), many: ["c", "d"] }]);
    expect(queryPlanStats).toMatchObject({ compiled: 1, reused: 1 });
  });

  it("keeps enum values in the shape, so each is a shape of its own", async () => {
    const count = (status: "sent" | "accepted") => db().referral.count({ where: { status } });
    const raw = async (status: string) =>
      Number(
        (
          await db().$queryRaw<{ n: bigint }[]>(
            Prisma.sql`SELECT count(*) AS n FROM referral WHERE status::text = ${status}`,
          )
        )[0].n,
      );

    expect(await count("sent")).toBe(await raw("sent"));
    expect(await count("accepted")).toBe(await raw("accepted"));
    expect(await count("sent")).toBe(await raw("sent"));
    // An enum value in a raw query's parameters is kept in its shape too.
    expect(queryPlanStats).toMatchObject({ compiled: 4, reused: 2 });
  });

  it("compiles every time a query whose value the compiler rewrites, and still finds its rows", async () => {
    const titled = (text: string) =>
      db().activity.findMany({
        where: { titleFi: { contains: text, mode: "insensitive" } },
        select: { titleFi: true },
      });

    const found = await titled("KAHVI");
    expect(found.length).toBeGreaterThan(0);
    for (const { titleFi } of found) expect(titleFi.toLowerCase()).toContain("kahvi");
    expect(await titled("no such words here")).toEqual([]);
    expect(queryPlanStats).toMatchObject({ compiled: 0, reused: 0, uncacheable: 2 });
  });

  it("still refuses an invalid query with Prisma's own error", async () => {
    const invalid = { status: "no-such-status" } as unknown as Prisma.ReferralWhereInput;
    await expect(db().referral.count({ where: invalid })).rejects.toThrow(Prisma.PrismaClientValidationError);
  });
});

describe("the shape of a query", () => {
  const query = (where: unknown, action = "findMany") =>
    JSON.stringify({
      modelName: "Referral",
      action,
      query: { arguments: { where, take: 25 }, selection: { id: true } },
    });

  it("swaps strings and dates under where, keeps enum values, keywords, numbers and nulls", () => {
    const shape = shapeOf(
      query({
        unitId: "u-1",
        status: { in: ["sent", "accepted"] },
        note: { equals: "x", mode: "insensitive" },
        sentAt: { gt: { $type: "DateTime", value: "2026-01-01T00:00:00.000Z" } },
        version: 3,
        closedAt: null,
      }),
    )!;
    expect(shape.values).toEqual(["u-1", "x", "2026-01-01T00:00:00.000Z"]);
    expect(shape.key).toContain('"in":["sent","accepted"]');
    expect(shape.key).toContain('"mode":"insensitive"');
    expect(shape.key).toContain('"version":3');
    expect(shape.key).toContain('"take":25');
    expect(shapeOf(query({ unitId: "u-2" }))!.key).toBe(shapeOf(query({ unitId: "u-1" }))!.key);
  });

  it("leaves writes alone", () => {
    expect(shapeOf(query({ id: "r-1" }, "updateOne"))).toBeUndefined();
  });

  it("is a template only when every stand-in is a whole value of the plan", () => {
    const [a, b] = ["\uE0000\uE001", "\uE0001\uE001"];
    expect(isTemplate({ args: [a, { deep: [b] }] }, 2)).toBe(true);
    expect(isTemplate({ args: [`%${a}%`, b] }, 2)).toBe(false);
    expect(isTemplate({ args: [a] }, 2)).toBe(false);
  });

  it("notices, when checking, a reused plan that differs from the compiled one", () => {
    // A compiler that treats one value specially: the plan for the stand-in is not the plan for that value.
    const compiler = {
      compile: (text: string) => {
        const unitId = JSON.parse(text).query.arguments.where.unitId as string;
        return { sql: unitId === "special" ? "SELECT 1" : "SELECT $1", args: [unitId] };
      },
    };
    checkQueryPlans(true);
    expect(cachedCompile(compiler, compiler.compile, query({ unitId: "u-1" }))).toEqual({
      sql: "SELECT $1",
      args: ["u-1"],
    });
    expect(() => cachedCompile(compiler, compiler.compile, query({ unitId: "special" }))).toThrow(/differs/);
    checkQueryPlans(false);
    expect(cachedCompile(compiler, compiler.compile, query({ unitId: "special" }))).toEqual({
      sql: "SELECT $1",
      args: ["special"],
    });
    checkQueryPlans(true);
  });
});
