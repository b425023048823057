// Every test file gets its own copy of the template database, named in DATABASE_URL before any app code connects.
import { afterAll, inject } from "vitest";
import { db } from "~/utils/db.server";
import { checkQueryPlans } from "~/utils/query-plans.server";
import { copyTemplate } from "./postgres";

process.env.DATABASE_URL = await copyTemplate(inject("serverUrl"), inject("templateDatabase"));
process.env.SESSION_SECRET ??= "test-session-secret-0123456789";
// Every reused query plan is compared with the one Prisma compiles for the query itself (docs/decisions/023).
checkQueryPlans(true);

afterAll(async () => {
  await db().$disconnect();
});
