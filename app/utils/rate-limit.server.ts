// Rate limits shared by all app instances: hits are rows in PostgreSQL, counted over a sliding window.
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

/**
 * Several limits at once (e.g. per address and per IP): a hit is recorded under every key only when every key is
 * still under its limit, so a refused attempt writes nothing. Returns the first key whose limit was reached.
 */
export async function hitRateLimits(
  limits: { key: string; limit: number; windowMs: number }[],
  now = new Date(),
): Promise<{ allowed: true } | { allowed: false; key: string }> {
  for (const { key, limit, windowMs } of limits) {
    const recent = await db().rateLimitHit.count({
      where: { key, createdAt: { gt: new Date(now.getTime() - windowMs) } },
    });
    if (recent >= limit) return { allowed: false, key };
  }
  await db().rateLimitHit.createMany({ data: limits.map(({ key }) => ({ key, createdAt: now })) });
  return { allowed: true };
}

/**
 * A slow-down rather than a lock: the first `free` failures in the window cost nothing, each one after doubles the
 * wait before the next try (from one second, up to `maxDelayMs`). Returns the milliseconds still to wait, 0 when a
 * try may be made now. Only failures are recorded (`recordFailure`), so that signing in successfully costs nothing.
 */
export async function delayBeforeNextTry(
  key: string,
  { free, windowMs, maxDelayMs, now = new Date() }: { free: number; windowMs: number; maxDelayMs: number; now?: Date },
): Promise<number> {
  const where = { key, createdAt: { gt: new Date(now.getTime() - windowMs) } };
  const [failures, last] = await Promise.all([
    db().rateLimitHit.count({ where }),
    db().rateLimitHit.findFirst({ where, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  if (failures < free || !last) return 0;
  const delay = Math.min(maxDelayMs, 1000 * 2 ** (failures - free));
  return Math.max(0, last.createdAt.getTime() + delay - now.getTime());
}

export async function recordFailure(keys: string[], now = new Date()) {
  await db().rateLimitHit.createMany({ data: keys.map((key) => ({ key, createdAt: now })) });
}

export async function clearRateLimit(key: string) {
  await db().rateLimitHit.deleteMany({ where: { key } });
}
