// Throughput of every main page against a bare route in the same process: `npm run bench` (see README, "Measured").
// Builds nothing: starts the production build (build/, from `npx remix vite:build`) on the database in DATABASE_URL
// (e.g. one filled by `npm run seed:large`), signs in as each role, drives each page with a fixed number of
// connections and prints requests/s, p50/p95/p99, the share of the anonymous bare route, the longest event-loop delay
// during the page, the process's peak memory and the EXPLAIN ANALYZE of a directory search; writes the figures as JSON.
// Options: --connections N (20), --duration S (8), --instances 1|2, --only <text in a page's name, alternatives separated by |>, --out <file>,
// --cpu-prof <dir> (a CPU profile of the app instance).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { freePort } from "../tests/support/ports";
import { startSmtp } from "../tests/support/smtp";
import { DEMO_COUNTY } from "../prisma/seed";

const { values: options } = parseArgs({
  options: {
    connections: { type: "string", default: "20" },
    duration: { type: "string", default: "8" },
    instances: { type: "string", default: "1" },
    only: { type: "string" },
    out: { type: "string" },
    "cpu-prof": { type: "string" },
  },
});
const CONNECTIONS = Number(options.connections);
const DURATION = Number(options.duration);
const INSTANCES = Number(options.instances);
const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) throw new Error("Set DATABASE_URL to the database to measure (npm run seed:large fills one)");
if (!existsSync("build/server/index.js")) throw new Error("No production build: run `npx remix vite:build` first");
if (![1, 2].includes(INSTANCES)) throw new Error("--instances is 1 or 2");
process.env.SESSION_SECRET = "bench-session-secret-0123456789";
const { sessionCookieHeader } = await import("../app/utils/session.server");
const { parseSearch, directorySearchSql } = await import("../app/models/directory.server");
const { SESSION_OPTIONS } = await import("../app/utils/db.server");

type Instance = { url: string; pid: number; child: ChildProcess };

// With two instances, both job workers share one queue: mails queued while the pages are driven must each arrive once
// at this SMTP sink, or a background job ran twice (or not at all).
const inbox = INSTANCES > 1 ? await startSmtp() : undefined;
const MAILS = 200;

async function startInstance(): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // As `npm start` runs it (package.json), with its heap limit.
  const start = JSON.parse(readFileSync("package.json", "utf8")).scripts.start as string;
  const flags = start.match(/ node (.*) server\.ts$/)![1].split(" ");
  // --cpu-prof <dir>: the instance writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = options["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${options["cpu-prof"]}`] : [];
  const child = spawn(process.execPath, [...profile, ...flags, "server.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "production",
      DATABASE_URL,
      SESSION_SECRET: process.env.SESSION_SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: url,
      SEED_DEMO: "false",
      ...(inbox ? { SMTP_URL: `smtp://127.0.0.1:${inbox.port}` } : {}),
      BENCH_ROUTES: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("Co-Act is running at")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("close", (code) => reject(new Error(`the app exited (code ${code}) before it was ready:\n${output}`)));
  });
  // Errors the app logs while measured are shown, not hidden.
  child.stderr!.on("data", (chunk) => process.stderr.write(chunk));
  return { url, pid: child.pid!, child };
}

/** Peak resident memory of a process so far (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmHWM:\s+(\d+) kB/);
  return line ? Math.round(Number(line[1]) / 1024) : NaN;
}

const database = new pg.Client({ connectionString: DATABASE_URL, options: SESSION_OPTIONS });
await database.connect();

/** Linux counts a process's CPU time in clock ticks of 1/100 s (USER_HZ). */
const MS_PER_TICK = 10;

/**
 * The numeric fields of a process's or thread's `stat` file in /proc from the third on (after "pid (command) "), so
 * that field n is at n − 3: the parent's id 4th, utime, stime, cutime, cstime 14th–17th. Null off Linux, or when the
 * process has ended.
 */
function statFields(file: string): number[] | null {
  try {
    return readFileSync(file, "utf8")
      .replace(/^.*\) /, "")
      .split(" ")
      .map(Number);
  } catch {
    return null;
  }
}

/** A process's CPU time in ms (or a thread's, from its own `stat` file), with its ended children's if asked. */
function cpuMs(pid: number, withChildren = false, file = `/proc/${pid}/stat`): number | null {
  const fields = statFields(file);
  return fields && (fields[11] + fields[12] + (withChildren ? fields[13] + fields[14] : 0)) * MS_PER_TICK;
}

const parentOf = (pid: number) => statFields(`/proc/${pid}/stat`)?.[1] ?? null;

/**
 * The PostgreSQL server's main process, if it runs on this machine: the parent of this connection's backend. Its CPU
 * time with its children's, live and ended (a connection the app's pool replaces ends its backend), is the server's
 * work, so a page's database cost per request can be read beside the app's.
 */
const postmaster = await (async () => {
  const { rows } = await database.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const parent = parentOf(rows[0].pid);
  return parent !== null && /postgres/.test(readFileSync(`/proc/${parent}/cmdline`, "utf8")) ? parent : null;
})();

/** The PostgreSQL server's CPU time in ms so far (every process of it), or null when it is not on this machine. */
function databaseCpuMs(): number | null {
  if (postmaster === null) return null;
  let total = cpuMs(postmaster, true) ?? 0;
  // A child that ends meanwhile reads as nothing here: its time is then in the main process's count of its children.
  for (const entry of readdirSync("/proc"))
    if (/^\d+$/.test(entry) && parentOf(Number(entry)) === postmaster) total += cpuMs(Number(entry)) ?? 0;
  return total;
}

const sessionIds: string[] = [];

async function signIn(email: string): Promise<string> {
  const { rows } = await database.query<{ id: string }>(
    `INSERT INTO session (id, user_id, expires_at)
     SELECT gen_random_uuid(), id, now() + interval '1 day' FROM app_user WHERE email = $1 RETURNING id`,
    [email],
  );
  if (!rows.length) throw new Error(`${email} is not in the database: run npm run seed:large (or the demo seed)`);
  sessionIds.push(rows[0].id);
  return sessionCookieHeader(rows[0].id);
}

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await database.query(sql, params);
  if (!rows.length) throw new Error(`nothing found for the benchmark: ${sql}`);
  return rows[0] as T;
}

const cookies = {
  socialWorker: await signIn("social.worker@demo.co-act.fi"),
  liaison: await signIn("liaison@demo.co-act.fi"),
  staff: await signIn("staff@demo.co-act.fi"),
  admin: await signIn("admin@demo.co-act.fi"),
};
const activity = await one<{ id: string }>("SELECT id FROM activity ORDER BY id LIMIT 1");
const referral = await one<{ id: string }>(
  `SELECT r.id FROM referral r JOIN unit_membership m ON m.unit_id = r.unit_id JOIN app_user u ON u.id = m.user_id
   WHERE u.email = 'social.worker@demo.co-act.fi' AND r.status = 'accepted' ORDER BY r.id LIMIT 1`,
);

const demoCounty = await one<{ id: string }>("SELECT id FROM county WHERE name = $1", [DEMO_COUNTY]);

type Page = { name: string; path: string; cookie?: string };
const DIRECTORY_SEARCH = "q=suomen+kielen&language=fi&evenings=1";
const pages: Page[] = [
  { name: "bare route, anonymous", path: "/bench/bare" },
  { name: "bare route, signed in", path: "/bench/bare", cookie: cookies.socialWorker },
  { name: "/directory", path: "/directory" },
  { name: "/directory?q=kahvila", path: "/directory?q=kahvila" },
  { name: `/directory?${DIRECTORY_SEARCH}`, path: `/directory?${DIRECTORY_SEARCH}` },
  { name: "an activity", path: `/directory/activities/${activity.id}` },
  { name: "/home (social worker)", path: "/home", cookie: cookies.socialWorker },
  { name: "/home (liaison)", path: "/home", cookie: cookies.liaison },
  { name: "/home (association staff)", path: "/home", cookie: cookies.staff },
  { name: "/referrals (social worker)", path: "/referrals", cookie: cookies.socialWorker },
  { name: "/referrals (association inbox)", path: "/referrals", cookie: cookies.staff },
  { name: "a referral (social worker)", path: `/referrals/${referral.id}`, cookie: cookies.socialWorker },
  { name: "/referrals/new", path: "/referrals/new", cookie: cookies.socialWorker },
  { name: "/referrals/figures (liaison)", path: "/referrals/figures", cookie: cookies.liaison },
  { name: "the Co-Act path (liaison)", path: `/path/${demoCounty.id}`, cookie: cookies.liaison },
  { name: "/path, every county (admin)", path: "/path", cookie: cookies.admin },
  { name: "/api/hsds/services", path: "/api/hsds/services" },
  { name: "/meetings (liaison)", path: "/meetings", cookie: cookies.liaison },
  { name: "/meetings?view=month (association staff)", path: "/meetings?view=month", cookie: cookies.staff },
  { name: "/contact (public form)", path: "/contact" },
  { name: "/contact/inbox (liaison, with figures)", path: "/contact/inbox", cookie: cookies.liaison },
  { name: "/contact/inbox (unit)", path: "/contact/inbox", cookie: cookies.socialWorker },
  { name: "/networks (association staff)", path: "/networks", cookie: cookies.staff },
  { name: "/networks/matrix (liaison)", path: "/networks/matrix", cookie: cookies.liaison },
].filter(
  (p) => p.name.startsWith("bare") || !options.only || options.only.split("|").some((only) => p.name.includes(only)),
);

type Run = {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  bytesPerRequest: number;
  /** CPU time per request of the app's process(es), of their main threads, and of the PostgreSQL server (null where
   * it cannot be measured). */
  appCpuMsPerRequest: number | null;
  threadCpuMsPerRequest: number | null;
  databaseCpuMsPerRequest: number | null;
};

/** Which of issue 8's targets a page misses: throughput ≥ 50 % of the anonymous bare route's (85 % for the signed-in
 * bare route), p95 ≤ 2× the bare route's, and no request holding the event loop more than 50 ms (read as: no request
 * using more than 50 ms of CPU, which bounds its longest hold of the loop). */
function misses(row: { name: string; share: number; p95Ratio: number; longestRequestCpuMs: number }): string[] {
  const minimumShare = row.name === "bare route, signed in" ? 0.85 : 0.5;
  return [
    ...(row.share < minimumShare ? ["share"] : []),
    ...(row.p95Ratio > 2 ? ["p95"] : []),
    ...(row.longestRequestCpuMs > 50 ? ["1 req CPU > 50 ms"] : []),
  ];
}

/** The p-th percentile of sorted latencies, in whole milliseconds. */
function percentile(sorted: number[], p: number): number {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]) : NaN;
}

/** The CPU time in ms of an app instance's main thread, the one that answers requests (its id is the process id). */
const threadCpuMs = (pid: number) => cpuMs(pid, false, `/proc/${pid}/task/${pid}/stat`);

/**
 * What one stretch of driving a page gave: every latency, the counts, and the CPU used by the app's processes (all
 * their threads: the garbage collector's helpers too), by their main threads alone, and by the database server.
 */
type Sample = {
  latencies: number[];
  total: number;
  errors: number;
  bytes: number;
  seconds: number;
  appCpuMs: number | null;
  threadCpuMs: number | null;
  databaseCpuMs: number | null;
};

/** Drives one page on the given instances for `seconds`, the connections shared out among them (round robin). */
async function drive(page: Page, targets: Instance[], seconds = DURATION): Promise<Sample> {
  const latencies: number[] = [];
  const appCpuBefore = targets.map((t) => cpuMs(t.pid));
  const threadCpuBefore = targets.map((t) => threadCpuMs(t.pid));
  const databaseCpuBefore = databaseCpuMs();
  const results = await Promise.all(
    targets.map(
      (target) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const instance = autocannon(
            {
              url: `${target.url}${page.path}`,
              connections: Math.max(1, Math.round(CONNECTIONS / targets.length)),
              duration: seconds,
              headers: page.cookie ? { cookie: page.cookie } : {},
            },
            (error, result) => (error ? reject(error) : resolve(result)),
          );
          instance.on("response", (_client, _status, _bytes, time) => latencies.push(time));
        }),
    ),
  );
  const appCpuAfter = targets.map((t) => cpuMs(t.pid));
  const threadCpuAfter = targets.map((t) => threadCpuMs(t.pid));
  const databaseCpuAfter = databaseCpuMs();
  const used = (before: (number | null)[], after: (number | null)[]) =>
    after.reduce<number | null>(
      (sum, end, i) => (sum === null || end === null || before[i] === null ? null : sum + end - before[i]!),
      0,
    );
  return {
    latencies,
    total: results.reduce((sum, r) => sum + r.requests.total, 0),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
    bytes: results.reduce((sum, r) => sum + r.throughput.total, 0),
    seconds,
    appCpuMs: used(appCpuBefore, appCpuAfter),
    threadCpuMs: used(threadCpuBefore, threadCpuAfter),
    databaseCpuMs: used([databaseCpuBefore], [databaseCpuAfter]),
  };
}

/** The figures of one or more stretches of the same page taken together. */
function summarize(samples: Sample[]): Run {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const total = samples.reduce((sum, s) => sum + s.total, 0);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  return {
    requestsPerSecond: Math.round(total / seconds),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    bytesPerRequest: total ? Math.round(samples.reduce((sum, s) => sum + s.bytes, 0) / total) : 0,
    appCpuMsPerRequest: perRequest(
      samples.map((s) => s.appCpuMs),
      total,
    ),
    threadCpuMsPerRequest: perRequest(
      samples.map((s) => s.threadCpuMs),
      total,
    ),
    databaseCpuMsPerRequest: perRequest(
      samples.map((s) => s.databaseCpuMs),
      total,
    ),
  };
}

/** CPU time per request over several stretches, to a tenth of a millisecond; null if any stretch could not tell. */
function perRequest(cpuMsPerSample: (number | null)[], requests: number): number | null {
  if (!requests || cpuMsPerSample.some((ms) => ms === null)) return null;
  return Math.round((cpuMsPerSample.reduce<number>((sum, ms) => sum + ms!, 0) / requests) * 10) / 10;
}

/**
 * A page's time is cut into this many slices, each right after as long a slice of the anonymous bare route, and its
 * share is taken against the bare route of its own slices: on a machine shared with other work the load drifts within
 * minutes, and a page measured a minute after the bare route would carry that drift as its own cost.
 */
const SLICES = DURATION >= 4 ? 4 : 1;

/** The app's figures since the last read; `timeRequests` has it time each request's CPU until the next read. */
async function stats(target: Instance, timeRequests = false) {
  const response = await fetch(`${target.url}/bench/stats${timeRequests ? "?time=requests" : ""}`);
  return (await response.json()) as { maxEventLoopDelayMs: number; maxRequestCpuMs: number; rssBytes: number };
}

/**
 * How long one request of the page keeps the event loop to itself: the page is asked one request at a time (one
 * connection) for LONGEST_TASK_SECONDS, and the longest event-loop delay meanwhile is the longest stretch of
 * synchronous work of a single request (its rendering, say). Under many connections the loop's delay is instead the
 * sum of the many requests' pieces one loop turn runs back to back, which says how loaded the process is, not whether
 * a request blocks it (both are printed).
 */
const LONGEST_TASK_SECONDS = Math.min(3, DURATION);

async function longestTask(page: Page, target: Instance): Promise<{ loopMs: number; cpuMs: number }> {
  await stats(target, true);
  await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(
      {
        url: `${target.url}${page.path}`,
        connections: 1,
        duration: LONGEST_TASK_SECONDS,
        headers: page.cookie ? { cookie: page.cookie } : {},
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
  const { maxEventLoopDelayMs, maxRequestCpuMs } = await stats(target);
  return { loopMs: maxEventLoopDelayMs, cpuMs: maxRequestCpuMs };
}

async function check(page: Page, target: Instance) {
  const response = await fetch(`${target.url}${page.path}`, { headers: page.cookie ? { cookie: page.cookie } : {} });
  if (response.status !== 200) throw new Error(`${page.name}: ${response.status} before measuring`);
  await response.arrayBuffer();
}

const instances: Instance[] = [];

async function stopInstances() {
  for (const { child } of instances) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const closed = new Promise((resolve) => child.once("close", resolve));
    child.kill("SIGTERM");
    await closed;
  }
}

const EXPLAIN_RUNS = 5;

try {
  for (let i = 0; i < INSTANCES; i++) instances.push(await startInstance());
  // The first signed-in page after a start: what the process readies at its first use (Prisma's query compiler, the
  // page's first render) holds the event loop then, once, for whoever asks first.
  await stats(instances[0]);
  await check(
    { name: "/home (social worker), first after the start", path: "/home", cookie: cookies.socialWorker },
    instances[0],
  );
  const firstPageLoopMs = (await stats(instances[0])).maxEventLoopDelayMs;
  console.log(
    `First signed-in page after the start (/home, social worker): event loop held ${firstPageLoopMs.toFixed(0)} ms`,
  );
  if (inbox) {
    await database.query(
      `WITH m AS (
         INSERT INTO outbox_email (id, "to", locale, template, subject, text, html)
         SELECT gen_random_uuid(), 'bench-' || i || '@example.invalid', 'fi', 'bench', 'Bench', 'Bench', '<p>Bench</p>'
         FROM generate_series(1, $1::int) i RETURNING id)
       SELECT graphile_worker.add_job('send_email', json_build_object('id', id::text), max_attempts := 25) FROM m`,
      [MAILS],
    );
  }
  const [first] = instances;
  const measured: (Page & Run & { share: number; p95Ratio: number; maxEventLoopDelayMs: number; combined?: Run })[] =
    [];
  console.log(
    `${CONNECTIONS} connections, ${DURATION} s per page, ${INSTANCES} instance(s), ${cpus().length} cores\n` +
      `${"page".padEnd(44)} ${"req/s".padStart(7)} ${"share".padStart(6)} ${"bare".padStart(6)} ${"p50".padStart(6)} ` +
      `${"p95".padStart(6)} ${"bare".padStart(6)} ` +
      `${"p99".padStart(6)} ${"loop max".padStart(9)} ${"1 req".padStart(9)} ${"1 req CPU".padStart(10)} ` +
      `${"app ms".padStart(7)} ${"thread".padStart(6)} ${"db ms".padStart(6)} ${"kB".padStart(5)} errors  misses` +
      (INSTANCES > 1 ? "  req/s on 2 instances" : ""),
  );
  const [bareRoute] = pages;
  for (const page of pages) {
    for (const target of instances) await check(page, target);
    let run: Run;
    let bare: Run;
    let maxEventLoopDelayMs = 0;
    if (page === bareRoute) {
      await stats(first);
      run = bare = summarize([await drive(page, [first])]);
      maxEventLoopDelayMs = (await stats(first)).maxEventLoopDelayMs;
    } else {
      const pageSamples: Sample[] = [];
      const bareSamples: Sample[] = [];
      for (let slice = 0; slice < SLICES; slice++) {
        bareSamples.push(await drive(bareRoute, [first], DURATION / SLICES));
        await stats(first);
        pageSamples.push(await drive(page, [first], DURATION / SLICES));
        maxEventLoopDelayMs = Math.max(maxEventLoopDelayMs, (await stats(first)).maxEventLoopDelayMs);
      }
      run = summarize(pageSamples);
      bare = summarize(bareSamples);
    }
    const { loopMs: longestTaskMs, cpuMs: longestRequestCpuMs } = await longestTask(page, first);
    const combined = INSTANCES > 1 ? summarize([await drive(page, instances)]) : undefined;
    const row = {
      ...page,
      cookie: undefined,
      ...run,
      bareRequestsPerSecond: bare.requestsPerSecond,
      bareP95: bare.p95,
      bareAppCpuMsPerRequest: bare.appCpuMsPerRequest,
      bareThreadCpuMsPerRequest: bare.threadCpuMsPerRequest,
      bareDatabaseCpuMsPerRequest: bare.databaseCpuMsPerRequest,
      share: run.requestsPerSecond / bare.requestsPerSecond,
      p95Ratio: run.p95 / bare.p95,
      maxEventLoopDelayMs,
      longestTaskMs,
      longestRequestCpuMs,
      combined,
    };
    measured.push(row);
    console.log(
      `${page.name.slice(0, 44).padEnd(44)} ${String(run.requestsPerSecond).padStart(7)} ` +
        `${`${Math.round(row.share * 100)} %`.padStart(6)} ${String(bare.requestsPerSecond).padStart(6)} ` +
        `${String(run.p50).padStart(6)} ${String(run.p95).padStart(6)} ${String(bare.p95).padStart(6)} ` +
        `${String(run.p99).padStart(6)} ${maxEventLoopDelayMs.toFixed(0).padStart(6)} ms ${longestTaskMs.toFixed(0).padStart(6)} ms ` +
        `${longestRequestCpuMs.toFixed(0).padStart(7)} ms ` +
        `${String(run.appCpuMsPerRequest ?? "–").padStart(7)} ${String(run.threadCpuMsPerRequest ?? "–").padStart(6)} ` +
        `${String(run.databaseCpuMsPerRequest ?? "–").padStart(6)} ` +
        `${String(Math.round(run.bytesPerRequest / 1024)).padStart(5)} ${String(run.errors).padStart(6)}  ` +
        `${misses(row).join(", ") || "-"}` +
        (combined
          ? `  ${combined.requestsPerSecond} (${(combined.requestsPerSecond / run.requestsPerSecond).toFixed(2)}×)`
          : ""),
    );
  }
  console.log(
    `\nshare: the page's requests/s over those of the anonymous bare route in slices alternating with the page's ` +
      `(${SLICES} of ${DURATION / SLICES} s each; "bare" columns: that route's requests/s and p95 in those slices).` +
      `\nloop max: the longest event-loop delay while the page was driven with ${CONNECTIONS} connections (one loop turn ` +
      `then runs pieces of many requests). 1 req: the longest while it was asked one request at a time for ` +
      `${LONGEST_TASK_SECONDS} s, i.e. the longest synchronous work of a single request, on the clock (so it also counts time other programs took ` +
      `the CPU away). 1 req CPU: the most CPU time one of those requests used from arrival to answer, an upper bound ` +
      `of its longest hold of the loop that other programs do not inflate (target ≤ 50 ms).` +
      `\napp ms, thread, db ms: CPU time per request of the app's process (all its threads), of its main thread alone ` +
      `(the one that answers requests; the others are the garbage collector's helpers and the like), and of the ` +
      `PostgreSQL server (every process of it, when it runs on this machine; "–" otherwise) while the page was driven. ` +
      `The bare route keeps the main thread busy, so a page reaches half the bare route's requests/s only if its ` +
      `thread figure is at most twice the bare route's; all three share the same cores.`,
  );
  let mailsOnce: boolean | undefined;
  if (inbox) {
    // The mails were queued before the pages were driven; a bounded wait for the last ones, then a count per address.
    const addresses = () =>
      inbox.messages
        .map((mail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : ""))
        .filter((to) => /^bench-\d+@example\.invalid$/.test(to));
    const deadline = Date.now() + 60_000;
    while (addresses().length < MAILS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const perAddress = new Map<string, number>();
    for (const to of addresses()) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    mailsOnce = perAddress.size === MAILS && [...perAddress.values()].every((n) => n === 1);
    console.log(
      `\nBackground jobs on two instances: ${MAILS} mails queued, ${addresses().length} delivered to ` +
        `${perAddress.size} addresses: ${mailsOnce ? "each exactly once" : "NOT each exactly once"}`,
    );
    await database.query("DELETE FROM outbox_email WHERE template = 'bench'");
  }
  const peakRss = instances.map((i) => peakRssMb(i.pid));
  console.log(`\nPeak RSS of the app process: ${peakRss.map((mb) => `${mb} MB`).join(", ")}`);

  // The directory's search with a query and two filters, as PostgreSQL runs it: once the app has stopped, so that its
  // background jobs are not measured with it, and the median of several runs (the plan printed is that run's).
  await stopInstances();
  const sql = directorySearchSql(parseSearch(new URLSearchParams(DIRECTORY_SEARCH)));
  await database.query(sql.text, sql.values); // warm, as the pages were
  const plans: string[][] = [];
  for (let i = 0; i < EXPLAIN_RUNS; i++) {
    const plan = await database.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
    plans.push(plan.rows.map((r) => r["QUERY PLAN"]));
  }
  const executionMs = (plan: string[]) => Number(plan.at(-1)!.match(/Execution Time: ([\d.]+) ms/)![1]);
  plans.sort((a, b) => executionMs(a) - executionMs(b));
  const explain = plans[Math.floor(EXPLAIN_RUNS / 2)];
  console.log(
    `\nEXPLAIN ANALYZE of /directory?${DIRECTORY_SEARCH}, the median of ${EXPLAIN_RUNS} runs ` +
      `(execution ${executionMs(plans[0])}–${executionMs(plans.at(-1)!)} ms):\n${explain.join("\n")}`,
  );

  const out = options.out ?? `bench-results/${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  mkdirSync(out.replace(/\/[^/]*$/, ""), { recursive: true });
  const counts = await one<Record<string, string>>(
    `SELECT (SELECT count(*) FROM association) associations, (SELECT count(*) FROM activity) activities,
       (SELECT count(*) FROM referral) referrals, (SELECT count(*) FROM app_user) users`,
  );
  writeFileSync(
    out,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        cores: cpus().length,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        instances: INSTANCES,
        rows: counts,
        pages: measured,
        peakRssMb: peakRss,
        firstPageLoopMs,
        mailsDeliveredOnce: mailsOnce,
        explain,
      },
      null,
      2,
    ),
  );
  console.log(`\nFigures written to ${out}`);
} finally {
  await stopInstances();
  await database.query("DELETE FROM session WHERE id = ANY($1)", [sessionIds]);
  await inbox?.stop();
  await database.end();
}
