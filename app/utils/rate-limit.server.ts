// A rate limit shared by all app instances: hits are rows in PostgreSQL, counted over a sliding window.
import { db } from "./db.server";

export async function hitRateLimit(
  key: string,
  { limit, windowMs, now = new Date() }: { limit: number; windowMs: number; now?: Date },
) {
  const since = new Date(now.getTime() - windowMs);
  const recent = await db().rateLimitHit.count({ where: { key, createdAt: { gt: since } } });
  if (recent >= limit) return { allowed: false as const };
  await db().rateLimitHit.create({ data: { key, createdAt: now } });
  return { allowed: true as const };
}

export async function clearRateLimit(key: string) {
  await db().rateLimitHit.deleteMany({ where: { key } });
}
