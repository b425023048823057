// Starts Co-Act: the database (embedded unless DATABASE_URL is set), pending migrations, the job queue and its
// worker, demo data in development, and the HTTP server. Stops them in reverse order on SIGINT, SIGTERM or SIGHUP,
// always ending with the database and within a hard deadline. A failed start prints what failed and what to do.
import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import compression from "compression";
import express from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { seedDemo } from "./prisma/seed";
import { migrateDatabase, startDatabase, type RunningDatabase } from "./app/utils/database.server";
import { db, warmUpDb } from "./app/utils/db.server";
import { timeRequestCpu } from "./app/utils/bench.server";
import { env, type Env } from "./app/utils/env.server";
import { listenForSessionChanges } from "./app/utils/session-cache.server";
import {
  closeUnreadConnections,
  literalUndecodablePaths,
  noStackTracesInAnswers,
  rejectCrossSiteWrites,
  securityHeaders,
} from "./app/utils/http.server";
import { describeStartupFailure, StartupError } from "./app/utils/startup.server";
import { prepareJobQueue, startWorker } from "./app/utils/worker.server";

/** The whole stop must end before a supervisor (or the user) loses patience; the database gets what is left. */
const SHUTDOWN_DEADLINE_MS = 4_500;
/** A signal during start-up waits this long for the step under way (starting the database, say) to finish. */
const START_STEP_WAIT_MS = 1_000;
/** Time for everything before the database (open requests, jobs, Vite, Prisma) before the database is stopped anyway. */
const STEPS_BEFORE_DATABASE_MS = 1_500;

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** What has been started, to stop in reverse order; the database is kept apart so that it is always stopped last. */
const started: { name: string; stop: () => Promise<unknown> }[] = [];
let database: RunningDatabase | undefined;
let stopping: Promise<void> | undefined;

async function main() {
  const config = readConfig();
  const production = config.NODE_ENV === "production";

  database = await startDatabase(config);
  if (stopping) return;
  process.env.DATABASE_URL = database.url;
  started.push({ name: "Prisma", stop: () => db().$disconnect() });
  await migrateDatabase(database.url);
  await warmUpDb();
  await prepareJobQueue(database.url);
  const stopListening = await listenForSessionChanges(database.url);
  started.push({ name: "the session listener", stop: stopListening });
  if (stopping) return;
  if (config.SEED_DEMO === "true" || (!production && config.SEED_DEMO !== "false")) await seedDemo(db());
  const worker = await startWorker(database.url, config.WORKER_CONCURRENCY);
  started.push({ name: "the job worker", stop: () => worker.stop() });
  if (stopping) return;

  const app = express();
  app.disable("x-powered-by");
  // Only the configured proxies may say who the client is: anyone else could claim any address in X-Forwarded-For.
  app.set("trust proxy", config.TRUST_PROXY ?? false);
  app.use(requestId);
  app.use(literalUndecodablePaths);
  if (config.BENCH_ROUTES === "true") app.use(timeRequestCpu);
  app.use(compression());
  app.use(securityHeaders(production));
  app.use(rejectCrossSiteWrites);
  app.use(closeUnreadConnections);
  if (!production) app.use(noStackTracesInAnswers);

  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (production) {
    app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
    // The other public files (favicon.svg, robots.txt …) have an extension; pages are not looked for on disk.
    const publicFiles = express.static("build/client", { maxAge: "1h" });
    app.use((req, res, next) => (/\.\w+$/.test(req.path) ? publicFiles(req, res, next) : next()));
    build = (await import(new URL("./build/server/index.js", import.meta.url).href)) as ServerBuild;
  } else {
    const vite = await withoutExitHooks(() =>
      import("vite").then((v) => v.createServer({ server: { middlewareMode: true } })),
    );
    started.push({ name: "Vite", stop: () => vite.close() });
    app.use(vite.middlewares);
    build = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  }
  if (stopping) return;

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: production ? "production" : "development",
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce,
        clientIp: req.ip,
        requestId: res.locals.requestId,
      }),
    }),
  );

  const server = await listen(app, config);
  started.push({ name: "the HTTP server", stop: () => new Promise((resolve) => server.close(resolve)) });
  console.log(`Co-Act is running at ${config.APP_URL} (database: ${config.DATABASE_URL ? "external" : "embedded"})`);
}

function readConfig(): Env {
  try {
    return env();
  } catch (error) {
    throw new StartupError((error as Error).message, "Fix these settings in the environment and start again.");
  }
}

/** Every request gets an id for its log lines and error page: a proxy's X-Request-Id if it is short and plain, else a new one. */
function requestId(req: express.Request, res: express.Response, next: express.NextFunction) {
  const given = req.get("X-Request-Id");
  res.locals.requestId = given && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
  res.setHeader("X-Request-Id", res.locals.requestId);
  next();
}

function listen(app: express.Express, config: Env): Promise<Server> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE")
        reject(
          new StartupError(
            `port ${config.PORT} (PORT) on ${config.HOST} is already in use.`,
            "Stop the program that uses it (is Co-Act already running?), or set PORT to a free port.",
          ),
        );
      else if (error.code === "EACCES")
        reject(
          new StartupError(`no permission to listen on port ${config.PORT} (PORT).`, "Set PORT to 1024 or above."),
        );
      else reject(error);
    };
    const server = app.listen(config.PORT, config.HOST, () => {
      server.off("error", failed);
      server.on("error", (error) => console.error("HTTP server error:", error));
      resolve(server);
    });
    server.once("error", failed);
  });
}

/**
 * Vite exits the process by itself on SIGTERM (and when stdin ends) for every dev server not in middleware mode, such
 * as the Remix plugin's child compiler: it called process.exit() while our shutdown was still stopping the database,
 * which kept running. Its hooks are removed; shutdown() closes Vite.
 */
async function withoutExitHooks<T>(create: () => Promise<T>): Promise<T> {
  const emitter = process as NodeJS.EventEmitter;
  const before = new Map(SIGNALS.map((name) => [name, new Set(emitter.listeners(name))]));
  const stdinBefore = new Set(process.stdin.listeners("end"));
  const result = await create();
  for (const name of SIGNALS) {
    for (const listener of emitter.listeners(name)) {
      if (!before.get(name)!.has(listener)) emitter.off(name, listener as (...args: unknown[]) => void);
    }
  }
  for (const listener of process.stdin.listeners("end")) {
    if (!stdinBefore.has(listener)) process.stdin.off("end", listener as (...args: unknown[]) => void);
  }
  return result;
}

function withinMs(work: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve("late"), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Stops what was started and exits. A second call (a second signal) only waits for the first: the handlers stay
 * installed, so Node's default action (exit at once) never cuts the database stop short. Any step may fail or hang;
 * the database is stopped after them regardless, and the deadline exits even if that hangs too (the database module
 * signals PostgreSQL on exit).
 */
function shutdown(reason: string, exitCode: number): Promise<void> {
  if (stopping) {
    console.log(`${reason}: already stopping Co-Act`);
    return stopping;
  }
  if (exitCode === 0) console.log(`${reason}: stopping Co-Act`);
  setTimeout(() => {
    console.error(`Co-Act did not stop within ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting anyway.`);
    process.exit(exitCode || 1);
  }, SHUTDOWN_DEADLINE_MS);
  stopping = (async () => {
    await withinMs(
      starting.catch(() => {}),
      START_STEP_WAIT_MS,
    );
    const steps = (async () => {
      for (const step of started.reverse()) {
        try {
          await step.stop();
        } catch (error) {
          console.error(`stopping ${step.name} failed:`, error);
          exitCode ||= 1;
        }
      }
    })();
    if ((await withinMs(steps, STEPS_BEFORE_DATABASE_MS)) === "late")
      console.error("stopping took too long; stopping the database anyway");
    try {
      await database?.stop();
    } catch (error) {
      console.error("stopping the database failed:", error);
      exitCode ||= 1;
    }
    process.exit(exitCode);
  })();
  return stopping;
}

for (const name of SIGNALS) process.on(name, () => void shutdown(name, 0));

// Under npm (`npm run dev`, `npm start`) a signal sent to npm's own process reaches only npm and the `sh -c` it runs
// us in: both exit, and we were left running with our database. Losing that parent is taken as the signal to stop.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown("npm exited", 0);
  }, 250).unref();
}

const starting = main();
starting.catch((error) => {
  console.error(describeStartupFailure(error));
  void shutdown("start-up failed", 1);
});
