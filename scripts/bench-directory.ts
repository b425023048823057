// Benchmark: directory search latency with a county-sized directory and ten times that.
// `npx tsx scripts/bench-directory.ts` (uses BENCH_SERVER_URL, default the local PostgreSQL on 127.0.0.1:5432).
// Prints, per size and query, the median and 95th percentile of 50 searches. Figures, not assertions.
import pg from "pg";
import { migrateDatabase } from "../app/utils/database.server";

const server = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `coact_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

const WORDS = [
  "kahvila",
  "perhe",
  "nuoret",
  "naiset",
  "kieli",
  "liikunta",
  "ruoka",
  "musiikki",
  "läksyt",
  "työ",
  "päivä",
  "ilta",
];
const LANGS = ["fi", "ar", "so", "fa", "ru", "uk", "en", "ku"];

try {
  await migrateDatabase(url.toString());
  const { db } = await import("../app/utils/db.server");
  const { searchDirectory, parseSearch } = await import("../app/models/directory.server");
  const county = await db().county.create({ data: { name: "Bench" } });
  const queries: [string, string][] = [
    ["everything", ""],
    ["one word", "q=kahvila"],
    ["inflected", "q=lapsiperheille"],
    ["compound part", "q=kahvi"],
    ["filters", "language=ar&evenings=1"],
    ["word + filters", "q=perhe&language=so&weekends=1&pickup=1"],
  ];
  let associations = 0;
  for (const target of [200, 2000]) {
    for (; associations < target; associations++) {
      const a = await db().association.create({
        data: {
          countyId: county.id,
          name: `Yhdistys ${associations}`,
          kind: "registered",
          municipalities: ["Vaasa"],
          languages: ["fi"],
          summaryFi: `${WORDS[associations % WORDS.length]}toimintaa kaikille`,
          offersPickup: associations % 3 === 0,
        },
      });
      await db().activity.createMany({
        data: Array.from({ length: 5 }, (_, i) => ({
          associationId: a.id,
          titleFi: `${WORDS[(associations + i) % WORDS.length]}kerho ${i}`,
          titleEn: `Club ${i}`,
          descriptionFi: `Lapsiperheille ja ${WORDS[(associations * 7 + i) % WORDS.length]}`,
          languages: [LANGS[(associations + i) % LANGS.length], "fi"],
          targetGroups: ["families"],
          weekday: ((associations + i) % 7) + 1,
          startsAt: "17:00",
          endsAt: i % 2 ? "19:00" : "16:30",
          place: "Vaasa",
        })),
      });
    }
    console.log(`\n${associations} associations, ${associations * 5} activities`);
    for (const [label, query] of queries) {
      const times: number[] = [];
      for (let i = 0; i < 50; i++) {
        const started = performance.now();
        await searchDirectory(parseSearch(new URLSearchParams(query)));
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(`  ${label.padEnd(16)} median ${times[25].toFixed(1)} ms   p95 ${times[47].toFixed(1)} ms`);
    }
  }
  await db().$disconnect();
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
