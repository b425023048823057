// The one Prisma client of the process, talking to PostgreSQL through the pg driver adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

let client: PrismaClient | undefined;

/** Settings of every connection. The data is read from memory or SSD, where a random read costs about as much as a
 * sequential one; PostgreSQL's default random_page_cost (4) assumes spinning disks and makes it read a whole table
 * rather than use an index, e.g. the directory's trigram index for a common word. */
export const SESSION_OPTIONS = "-c random_page_cost=1.1";

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10, options: SESSION_OPTIONS }) });
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
