// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded server when it is not set.
import { migrateDatabase, startDatabase } from "../app/utils/database.server";
import { env } from "../app/utils/env.server";
import { prepareJobQueue } from "../app/utils/worker.server";

const database = await startDatabase(env());
try {
  await migrateDatabase(database.url);
  await prepareJobQueue(database.url);
  console.log("The database is up to date.");
} finally {
  await database.stop();
}
