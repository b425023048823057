// What the benchmark (`npm run bench`) reads from inside the app between pages: the longest event-loop delay since the
// last read (perf_hooks.monitorEventLoopDelay), the most CPU time one request took, and the process's memory. Watching
// only with BENCH_ROUTES, and requests' CPU only in the periods the benchmark asks for it (reading it costs two file
// reads per request, which would weigh on the throughput figures).
import { existsSync, readFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { NextFunction, Request, Response } from "express";

const watching = process.env.BENCH_ROUTES === "true";

/** Shared on globalThis: server.ts times requests with its copy of this module, the stats route reads the build's. */
type State = { loop: ReturnType<typeof monitorEventLoopDelay>; maxRequestCpuMs: number; timingRequests: boolean };
const KEY = Symbol.for("coact.bench-stats");
const shared = globalThis as typeof globalThis & { [KEY]?: State };

function state(): State | undefined {
  if (!watching) return undefined;
  if (!shared[KEY]) {
    const loop = monitorEventLoopDelay({ resolution: 2 });
    loop.enable();
    shared[KEY] = { loop, maxRequestCpuMs: 0, timingRequests: false };
  }
  return shared[KEY];
}
state();

/** The main thread's CPU time so far in ms: Linux's schedstat of the thread (its id is the process id), in ns. Else
 * the whole process's (every thread's, so the compiler's and the garbage collector's helpers too). */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
const onLinux = existsSync(SCHEDSTAT);

function mainThreadCpuMs(): number {
  if (onLinux) return Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]) / 1e6;
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The event loop's thread's CPU time from a request's arrival to its answer's end. Asked one request at a time, that
 * is the CPU the request used on the loop's thread (with whatever else the loop ran meanwhile), an upper bound of the
 * longest stretch it held the loop; unlike a delay measured on the clock it does not grow when other programs on the
 * machine take the CPU away (the benchmark's "1 req CPU").
 */
export function timeRequestCpu(_req: Request, res: Response, next: NextFunction) {
  const watched = state();
  if (!watched?.timingRequests) return next();
  const start = mainThreadCpuMs();
  res.once("finish", () => {
    watched.maxRequestCpuMs = Math.max(watched.maxRequestCpuMs, mainThreadCpuMs() - start);
  });
  next();
}

/** The figures since the last call (null when not watching); each call starts a new period, in which requests' CPU
 * is timed only if `timeRequests`. */
export function readBenchStats(timeRequests: boolean) {
  const watched = state();
  if (!watched) return null;
  const stats = {
    maxEventLoopDelayMs: watched.loop.max / 1e6,
    p99EventLoopDelayMs: watched.loop.percentile(99) / 1e6,
    maxRequestCpuMs: watched.maxRequestCpuMs,
    rssBytes: process.memoryUsage().rss,
  };
  watched.loop.reset();
  watched.maxRequestCpuMs = 0;
  watched.timingRequests = timeRequests;
  return stats;
}
