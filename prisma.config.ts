// Prisma CLI configuration: the JavaScript schema engine with the pg driver adapter, so that migrations need no
// downloaded binary (docs/decisions/001-prisma-and-migrations.md).
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

type ScriptRunner = {
  executeScript(script: string): Promise<void>;
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

/**
 * The adapter runs a migration script by splitting it on every ";", which breaks any function body (PL/pgSQL).
 * PostgreSQL runs a whole multi-statement script in one simple query, atomically, so we send it as it is.
 */
class MigrationSafePrismaPg extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    const runner = adapter as unknown as ScriptRunner;
    runner.executeScript = async (script: string) => {
      try {
        await runner.client.query(script);
      } catch (error) {
        runner.onError(error);
      }
    };
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    return new MigrationSafePrismaPg({ connectionString });
  },
});
