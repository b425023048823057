// The hourly meeting-reminder job once, on the database in DATABASE_URL (after `npm run seed:large`, on a database of
// your own: the run writes reminder rows, mails and their jobs). `npx tsx scripts/bench-reminders.ts [--keep]`.
// Prints the meetings reminded, the mails queued, the job's time, the longest it held the event loop, and its
// transactions: how many, the longest, and any that failed (Prisma ends an interactive transaction after 5 s).
// Afterwards it takes back what the run wrote (reminder rows, mails and their delivery jobs), so that the next run
// measures the same first run again; --keep leaves them.
import os from "node:os";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { db } from "../app/utils/db.server";
import { SEND_EMAIL_TASK } from "../app/utils/outbox.server";
import { prepareJobQueue } from "../app/utils/worker.server";
import { sendMeetingReminders } from "../app/models/meeting-reminders.server";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to a database of your own, seeded with `npm run seed:large`.");
await prepareJobQueue(url);
const client = db();

// Every interactive transaction of the run, timed from its start to its commit or rollback.
const transactions: { ms: number; failed: string | null }[] = [];
const original = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
Object.assign(client, {
  $transaction: async (...args: unknown[]) => {
    const start = performance.now();
    try {
      const result = await original(...args);
      transactions.push({ ms: performance.now() - start, failed: null });
      return result;
    } catch (error) {
      transactions.push({ ms: performance.now() - start, failed: String(error).split("\n")[0]!.slice(0, 160) });
      throw error;
    }
  },
});

const [{ since }] = await client.$queryRaw<{ since: Date }[]>`SELECT clock_timestamp() AS since`;
const now = new Date();
const load = os.loadavg().map((l) => l.toFixed(1));
// How long the job holds the event loop at a stretch: in the app, requests wait that long.
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
const start = performance.now();
let reminded = 0;
let error: unknown = null;
try {
  reminded = await sendMeetingReminders(now);
} catch (e) {
  error = e;
}
const total = performance.now() - start;
// A stretch at the very end shows only once the loop turns again.
await new Promise((resolve) => setTimeout(resolve, 20));
loop.disable();

const meetings = await client.meetingReminder.count({ where: { sentAt: { gte: since } } });
const mails = await client.outboxEmail.count({ where: { template: "meeting", createdAt: { gte: since } } });
const longest = transactions.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, failed: null });
const failed = transactions.filter((t) => t.failed);
console.log(`load average before the run: ${load.join(" ")} (${os.cpus().length} cores)`);
console.log(`meetings reminded:         ${meetings}`);
console.log(`mails queued:              ${mails} (the job returned ${reminded})`);
console.log(`job time:                  ${(total / 1000).toFixed(2)} s`);
console.log(`transactions:              ${transactions.length}, ${failed.length} failed`);
console.log(`longest transaction:       ${longest.ms.toFixed(0)} ms`);
console.log(`event loop held at most:   ${(loop.max / 1e6).toFixed(0)} ms`);
const sorted = transactions.map((t) => t.ms).sort((a, b) => a - b);
if (sorted.length)
  console.log(
    `transaction p50 / p95:     ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} / ${sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!.toFixed(0)} ms`,
  );
for (const t of failed) console.log(`  failed after ${t.ms.toFixed(0)} ms: ${t.failed}`);
if (error) console.log(`the job threw: ${String(error).split("\n")[0]}`);

if (!process.argv.includes("--keep")) {
  // The run's mails, their delivery jobs and the reminder rows, so that the next run is a first run again.
  const removed = await client.$executeRaw`
    WITH mails AS (DELETE FROM outbox_email WHERE template = 'meeting' AND created_at >= ${since} RETURNING id::text)
    DELETE FROM graphile_worker._private_jobs j USING graphile_worker._private_tasks t, mails
    WHERE t.id = j.task_id AND t.identifier = ${SEND_EMAIL_TASK} AND j.payload->>'id' = mails.id`;
  await client.meetingReminder.deleteMany({ where: { sentAt: { gte: since } } });
  console.log(`taken back: ${mails} mails (${removed} jobs), ${meetings} reminder rows`);
}
await client.$disconnect();
