// What the benchmark (`npm run bench`) reads from inside the app between pages: the longest event-loop delay since the
// last read (perf_hooks.monitorEventLoopDelay) and the process's memory. Watching only with BENCH_ROUTES.
import { monitorEventLoopDelay } from "node:perf_hooks";

const loop = process.env.BENCH_ROUTES === "true" ? monitorEventLoopDelay({ resolution: 2 }) : undefined;
loop?.enable();

/** The figures since the last call (null when not watching); each call starts a new period. */
export function readBenchStats() {
  if (!loop) return null;
  const stats = {
    maxEventLoopDelayMs: loop.max / 1e6,
    p99EventLoopDelayMs: loop.percentile(99) / 1e6,
    rssBytes: process.memoryUsage().rss,
  };
  loop.reset();
  return stats;
}
