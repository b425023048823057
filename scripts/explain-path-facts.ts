// EXPLAIN ANALYZE of each query the Co-Act path's facts run, on the database in DATABASE_URL, for the demo county:
// `npx tsx scripts/explain-path-facts.ts` (after `npm run seed:large`). Prints each query's execution time and plan.
import { Prisma } from "@prisma/client";
import { DEMO_COUNTY } from "../prisma/seed";
import { db } from "../app/utils/db.server";
import { countyFacts, loadThresholds } from "../app/models/coact-facts.server";

const client = db();
const county = await client.county.findUniqueOrThrow({ where: { name: DEMO_COUNTY }, select: { id: true } });
const plans: string[][] = [];
const original = client.$queryRaw.bind(client);
Object.assign(client, {
  $queryRaw: async (strings: TemplateStringsArray, ...values: unknown[]) => {
    const sql = Prisma.sql(strings, ...values);
    const plan = await client.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`,
      ...sql.values,
    );
    plans.push([sql.text.trim().split("\n")[0], ...plan.map((p) => p["QUERY PLAN"])]);
    return original(strings, ...values);
  },
});
const verbose = process.argv.includes("--plans");
const thresholds = await loadThresholds();
for (let i = 0; i < 2; i++) {
  plans.length = 0;
  await countyFacts([county.id], thresholds);
}
for (const [first, ...plan] of plans) {
  console.log(`${plan.at(-1)}  ${first.slice(0, 90)}`);
  if (verbose) console.log(plan.map((l) => `    ${l}`).join("\n"));
}
await client.$disconnect();
