import type { Db } from "./db.server";

export async function checkHealth(client: Pick<Db, "$queryRaw">, timeoutMs = 3000) {
  const started = Date.now();
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs).unref()),
    ]);
    return { ok: true, database: "up", latencyMs: Date.now() - started };
  } catch {
    return { ok: false, database: "down", latencyMs: Date.now() - started };
  }
}
