// Benchmark: the meetings calendar's first request after a start, against the warm ones. `npx tsx
// scripts/bench-calendar-cold.ts` with DATABASE_URL (read only; e.g. the large seed's coact_large). Each case runs in a
// fresh process (so the per-process memo of expanded rules is empty), calls `calendarFor` as the /meetings loader does
// (the agenda's 62 days from now, or this month in Helsinki) for the demo liaison and the association staff member,
// and prints for each call the wall time, the process's CPU time (all threads) and the longest the event loop was
// blocked (perf_hooks.monitorEventLoopDelay) during it: first a window in January 2000, before every series (the
// database query's first run, no rule expanded), then the view's window (the rules' first expansion), the same again
// (warm), and a month three years ahead (rules asked further than before). A last case expands 500 open-ended rules of
// the form's five patterns with `occurrencesBetween` directly (no database, and not in the calendar's slices of 10 ms):
// what a first request's rules cost when the series have no COUNT or UNTIL. Figures, not assertions.
import { spawnSync } from "node:child_process";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { TZDate } from "@date-fns/tz";
import { endOfMonth, startOfMonth } from "date-fns";

const AGENDA_DAYS = 62;
const CASES = ["liaison agenda", "liaison month", "staff agenda", "staff month", "500 open-ended rules"] as const;
type Case = (typeof CASES)[number];
const EMAILS = { liaison: "liaison@demo.co-act.fi", staff: "staff@demo.co-act.fi" };

type Figures = { wall: number; cpu: number; block: number; rows: number };

/** Runs `call` once and measures it: wall ms, process CPU ms and the longest event-loop block in ms. */
async function measure(call: () => Promise<number> | number): Promise<Figures> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // Let the histogram's timer tick a few times before the call (its first tick only starts the clock).
  await new Promise((resolve) => setTimeout(resolve, 5));
  const cpu = process.cpuUsage();
  const start = performance.now();
  const rows = await call();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  // A few more ticks so that a block at the very end is recorded too.
  await new Promise((resolve) => setTimeout(resolve, 5));
  histogram.disable();
  return { wall, cpu: (used.user + used.system) / 1000, block: histogram.max / 1e6, rows };
}

function windows(now: Date) {
  const month = startOfMonth(new TZDate(now, "Europe/Helsinki"));
  const monthWindow = (m: Date) => ({
    from: new Date(startOfMonth(m).getTime()),
    to: new Date(endOfMonth(m).getTime() + 1),
  });
  return {
    agenda: { from: now, to: new Date(now.getTime() + AGENDA_DAYS * 86_400_000) },
    month: monthWindow(month),
    far: monthWindow(new TZDate(month.getFullYear() + 3, month.getMonth(), 1, "Europe/Helsinki")),
  };
}

async function runCase(name: Case): Promise<(Figures | null)[]> {
  const now = new Date();
  const w = windows(now);
  if (name === "500 open-ended rules") {
    const { occurrencesBetween } = await import("../app/utils/recurrence.server");
    const patterns = [
      (d: number) => `FREQ=WEEKLY;BYDAY=${["MO", "TU", "WE", "TH", "FR"][d % 5]}`,
      (d: number) => `FREQ=MONTHLY;BYDAY=${1 + (d % 4)}${["MO", "TU", "WE", "TH"][d % 4]}`,
      (d: number) => `FREQ=MONTHLY;BYMONTHDAY=${1 + (d % 28)}`,
      (d: number) => `FREQ=MONTHLY;INTERVAL=3;BYDAY=${1 + (d % 4)}TH`,
      (d: number) => `FREQ=YEARLY;BYMONTH=${1 + (d % 12)};BYDAY=-1WE`,
    ];
    // Started over the last three years, as a calendar that has been in use a while has them.
    const rules = Array.from({ length: 500 }, (_, i) => ({
      rrule: patterns[i % patterns.length](i),
      firstDate: new Date(Date.UTC(now.getUTCFullYear() - 3, 0, 1) + (i * 2 + (i % 7)) * 86_400_000),
      startTime: ["09:00", "13:00", "17:00", "18:30"][i % 4],
      durationMinutes: 60,
    }));
    const all = (window: { from: Date; to: Date }) => () =>
      rules.reduce((n, r) => n + occurrencesBetween(r, [], window).length, 0);
    return [null, await measure(all(w.agenda)), await measure(all(w.agenda)), await measure(all(w.far))];
  }
  const [who, view] = name.split(" ") as ["liaison" | "staff", "agenda" | "month"];
  const { db } = await import("../app/utils/db.server");
  const { sessionUserById } = await import("../app/utils/auth.server");
  const { calendarFor } = await import("../app/models/meeting.server");
  // The user as the session cache holds them (this also opens the database connection before the measured calls).
  const { id } = await db().user.findUniqueOrThrow({ where: { email: EMAILS[who] }, select: { id: true } });
  const user = (await sessionUserById(id))!;
  const filter = { kind: null, language: null };
  const call = (window: { from: Date; to: Date }) => async () => (await calendarFor(user, window, filter)).length;
  // First a window before every series (January 2000): the database query's first run alone, no rule expanded.
  const none = { from: new Date(Date.UTC(2000, 0, 1)), to: new Date(Date.UTC(2000, 1, 1)) };
  const figures = [
    await measure(call(none)),
    await measure(call(w[view])),
    await measure(call(w[view])),
    await measure(call(w.far)),
  ];
  await db().$disconnect();
  return figures;
}

const format = (f: Figures) =>
  `${f.wall.toFixed(1).padStart(8)} ${f.cpu.toFixed(1).padStart(8)} ${f.block.toFixed(1).padStart(10)} ${String(f.rows).padStart(6)}`;

const only = process.argv.indexOf("--case");
if (only >= 0) {
  const figures = await runCase(process.argv[only + 1] as Case);
  process.stdout.write(JSON.stringify(figures));
} else {
  console.log(`database: ${new URL(process.env.DATABASE_URL ?? "postgresql://unset/").pathname.slice(1)}`);
  console.log(
    `${"case".padEnd(22)} ${"call".padEnd(22)} ${"wall ms".padStart(8)} ${"CPU ms".padStart(8)} ${"block ms".padStart(10)} ${"rows".padStart(6)}`,
  );
  const script = fileURLToPath(import.meta.url);
  for (const name of CASES) {
    // A fresh process per case: nothing expanded yet, as after a start.
    const child = spawnSync(process.execPath, [...process.execArgv, script, "--case", name], {
      encoding: "utf8",
      env: process.env,
    });
    if (child.status !== 0) {
      console.log(`${name.padEnd(22)} failed: ${child.stderr.trim().split("\n").slice(-3).join(" / ")}`);
      continue;
    }
    const [query, first, second, far] = JSON.parse(child.stdout) as (Figures | null)[];
    if (query) console.log(`${name.padEnd(22)} ${"query only (2000-01)".padEnd(22)} ${format(query)}`);
    console.log(`${(query ? "" : name).padEnd(22)} ${"first".padEnd(22)} ${format(first!)}`);
    console.log(`${"".padEnd(22)} ${"second".padEnd(22)} ${format(second!)}`);
    console.log(`${"".padEnd(22)} ${"3 years ahead (month)".padEnd(22)} ${format(far!)}`);
  }
}
