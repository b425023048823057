// Liveness for load balancers and monitors: 200 when the database answers, 503 when it does not.
import { db } from "~/utils/db.server";
import { checkHealth } from "~/utils/health.server";

export async function loader() {
  const health = await checkHealth(db());
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
