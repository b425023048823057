// Background work on the PostgreSQL job queue (graphile-worker, docs/decisions/002): outbox delivery now, reminders and
// retention later. Every app instance runs a worker; the queue hands each job to one of them.
import { Logger, run, runMigrations, type Runner, type TaskList } from "graphile-worker";
import { deliverEmail, SEND_EMAIL_TASK } from "./outbox.server";
import { db } from "./db.server";

const tasks: TaskList = {
  [SEND_EMAIL_TASK]: async (payload) => {
    const { id } = payload as { id: string };
    await deliverEmail(id);
  },
  cleanup_auth: async () => {
    const now = new Date();
    await db().session.deleteMany({ where: { expiresAt: { lt: now } } });
    await db().authToken.deleteMany({ where: { expiresAt: { lt: now } } });
    await db().rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  },
};

/** Creates graphile-worker's own schema; needed before the first mail is queued. */
export async function prepareJobQueue(connectionString: string) {
  await runMigrations({ connectionString, logger: quietLogger });
}

const quietLogger = new Logger(() => (level: string, message: string) => {
  if (level === "error" || level === "warning") console.warn(`[worker] ${message}`);
});

export async function startWorker(connectionString: string, concurrency: number): Promise<Runner> {
  return run({
    connectionString,
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: tasks,
    crontab: "17 3 * * * cleanup_auth",
    logger: quietLogger,
  });
}
