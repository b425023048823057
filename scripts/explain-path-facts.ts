// EXPLAIN ANALYZE of the Co-Act path's facts on the database in DATABASE_URL, for the demo county (after
// `npm run seed:large`): `npx tsx scripts/explain-path-facts.ts [--plans]`. Prints each part's execution time, then the
// one statement's that the path runs, and with --plans their plans.
import { Prisma } from "@prisma/client";
import { DEMO_COUNTY } from "../prisma/seed";
import { db } from "../app/utils/db.server";
import { countyFacts, factsParts, loadThresholds } from "../app/models/coact-facts.server";

const client = db();
const county = await client.county.findUniqueOrThrow({ where: { name: DEMO_COUNTY }, select: { id: true } });
const verbose = process.argv.includes("--plans");
const thresholds = await loadThresholds();
const explain = async (sql: Prisma.Sql) =>
  (
    await client.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, ...sql.values)
  ).map((p) => p["QUERY PLAN"]);
const show = (name: string, plan: string[]) => {
  console.log(`${plan.at(-1)!.padEnd(28)} ${name}`);
  if (verbose) console.log(plan.map((l) => `    ${l}`).join("\n"));
};
// Warm the caches first, as a running app has them.
await countyFacts([county.id], thresholds);
for (const [name, part] of Object.entries(factsParts([county.id], thresholds, new Date())))
  show(name, await explain(part));
let whole: Prisma.Sql | undefined;
const original = client.$queryRaw.bind(client);
Object.assign(client, {
  $queryRaw: (sql: Prisma.Sql) => {
    whole = sql;
    return original(sql);
  },
});
await countyFacts([county.id], thresholds);
show("the one statement", await explain(whole!));
await client.$disconnect();
