// The one Prisma client of the process, talking to PostgreSQL through the pg driver adapter.
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { installQueryPlanCache } from "./query-plans.server";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

let client: PrismaClient | undefined;

/** Settings of every connection. The data is read from memory or SSD, where a random read costs about as much as a
 * sequential one; PostgreSQL's default random_page_cost (4) assumes spinning disks and makes it read a whole table
 * rather than use an index, e.g. the directory's trigram index for a common word. A prepared statement (below) is
 * planned for each call's own values, never with a generic plan that ignores them: the data is skewed (one unit may
 * hold most referrals, a search word match one activity or thousands). */
export const SESSION_OPTIONS = "-c random_page_cost=1.1 -c plan_cache_mode=force_custom_plan";

/**
 * The pg adapter, with a transaction's connection given back even when its COMMIT or ROLLBACK fails. Prisma (6.19.3,
 * the client engine's transaction manager) ends a transaction by sending COMMIT or ROLLBACK and only then calling the
 * adapter's commit() or rollback(), which hands the connection back to the pool. When the statement fails, because
 * the connection was cut (a database restart, a failover, pg_terminate_backend), that call never comes: the dead
 * connection stays checked out for good, each cut takes one of the pool's ten places, and ending the pool ($disconnect,
 * the server's shutdown) waits for it forever. rollback() gives it back; the pool then drops it, as it is no longer
 * usable. Remove once Prisma releases the connection itself (docs/decisions/009).
 */
class PrismaPgReleasingCutConnections extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await startTransaction(isolationLevel);
      const executeRaw = tx.executeRaw.bind(tx);
      tx.executeRaw = async (query) => {
        try {
          return await executeRaw(query);
        } catch (error) {
          if (query.sql === "COMMIT" || query.sql === "ROLLBACK") await tx.rollback();
          throw error;
        }
      };
      return tx;
    };
    return adapter;
  }
}

/**
 * Every statement is sent as a named (prepared) statement, one name per SQL text: PostgreSQL parses it once per
 * connection instead of on every call (docs/decisions/024). The plan is still made for each call's values
 * (plan_cache_mode, above). Prepared statements live as long as their connection (about 56 kB each in PostgreSQL), so a
 * connection is replaced after a minute, which bounds what it holds to the texts the app sent within it.
 */
const STATEMENT_LIFETIME_SECONDS = 60;
/** A statement's name: a hash of its SQL text, the same on every connection and instance (1.7 µs for 2 kB of SQL). */
const statementName = ({ sql }: { sql: string }) => `p${createHash("sha1").update(sql).digest("base64url")}`;

export function createDb(connectionString: string): PrismaClient {
  installQueryPlanCache();
  return new PrismaClient({
    adapter: new PrismaPgReleasingCutConnections(
      { connectionString, max: 10, options: SESSION_OPTIONS, maxLifetimeSeconds: STATEMENT_LIFETIME_SECONDS },
      { statementNameGenerator: statementName },
    ),
  });
}

/** The process-wide client; DATABASE_URL is set by the start-up (server.ts) before the first request. */
export function db(): PrismaClient {
  if (!client) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: the server start-up must resolve the database first");
    client = createDb(url);
  }
  return client;
}

/**
 * Readies the client before the server answers: Prisma instantiates its query compiler (WebAssembly) at the process's
 * first query, which held the event loop for about 90 ms on the first request or job after every start. Start-up pays
 * it instead (server.ts).
 */
export async function warmUpDb(): Promise<void> {
  await db().$queryRaw`SELECT 1`;
}
