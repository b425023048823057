// The benchmark's view into the app (`npm run bench`): event-loop delay and memory since the last read (each read
// resets). Only with BENCH_ROUTES.
import { readBenchStats } from "~/utils/bench.server";
import { env } from "~/utils/env.server";

export function loader() {
  const stats = env().BENCH_ROUTES === "true" ? readBenchStats() : null;
  if (!stats) throw new Response("Not found", { status: 404 });
  return Response.json(stats, { headers: { "Cache-Control": "no-store" } });
}
