// The benchmark's view into the app (`npm run bench`): event-loop delay and memory since the last read (each read
// resets; `?time=requests` times each request's CPU until the next read). Only with BENCH_ROUTES.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { readBenchStats } from "~/utils/bench.server";
import { env } from "~/utils/env.server";

export function loader({ request }: LoaderFunctionArgs) {
  const timeRequests = new URL(request.url).searchParams.get("time") === "requests";
  const stats = env().BENCH_ROUTES === "true" ? readBenchStats(timeRequests) : null;
  if (!stats) throw new Response("Not found", { status: 404 });
  return Response.json(stats, { headers: { "Cache-Control": "no-store" } });
}
