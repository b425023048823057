// Starts Co-Act: the database (embedded unless DATABASE_URL is set), pending migrations, the job queue and its
// worker, demo data in development, and the HTTP server. Stops them in reverse order on SIGINT/SIGTERM.
import compression from "compression";
import express from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { seedDemo } from "./prisma/seed";
import { migrateDatabase, startDatabase } from "./app/utils/database.server";
import { db } from "./app/utils/db.server";
import { env } from "./app/utils/env.server";
import { rejectCrossSiteWrites, securityHeaders } from "./app/utils/http.server";
import { prepareJobQueue, startWorker } from "./app/utils/worker.server";

const config = env();
const production = config.NODE_ENV === "production";

const database = await startDatabase(config);
process.env.DATABASE_URL = database.url;
await migrateDatabase(database.url);
await prepareJobQueue(database.url);
if (config.SEED_DEMO === "true" || (!production && config.SEED_DEMO !== "false")) await seedDemo(db());
const worker = await startWorker(database.url, config.WORKER_CONCURRENCY);

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", "loopback");
app.use(compression());
app.use(securityHeaders(production));
app.use(rejectCrossSiteWrites);

let build: ServerBuild | (() => Promise<ServerBuild>);
let closeVite = async () => {};
if (production) {
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
  build = (await import(new URL("./build/server/index.js", import.meta.url).href)) as ServerBuild;
} else {
  const vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));
  app.use(vite.middlewares);
  build = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  closeVite = () => vite.close();
}

app.all(
  "*",
  createRequestHandler({
    build,
    mode: production ? "production" : "development",
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip }),
  }),
);

const server = app.listen(config.PORT, config.HOST, () => {
  console.log(`Co-Act is running at ${config.APP_URL} (database: ${config.DATABASE_URL ? "external" : "embedded"})`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping Co-Act`);
  await new Promise((resolve) => server.close(resolve));
  await worker.stop();
  await closeVite();
  await db().$disconnect();
  await database.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
