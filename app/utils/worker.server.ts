// Background work on the PostgreSQL job queue (graphile-worker, docs/decisions/002): outbox delivery now, reminders and
// retention later. Every app instance runs a worker; the queue hands each job to one of them.
import { Logger, run, runMigrations, type Runner, type TaskList } from "graphile-worker";
import pg from "pg";
import { deliverEmail, SEND_EMAIL_TASK, takeOverAbandonedMails } from "./outbox.server";
import { endFinishedSeries, sendMeetingReminders } from "~/models/meeting-reminders.server";
import { eraseClosedConcernNotices } from "~/models/concern-notice.server";
import { sendContactReminders } from "~/models/contact-request.server";
import { runReferralSchedule } from "~/models/referral-schedule.server";
import { sendReviewReminders } from "~/models/review-reminders.server";
import { reevaluatePaths } from "~/models/coact-path.server";
import { db } from "./db.server";

export const tasks: TaskList = {
  [SEND_EMAIL_TASK]: async (payload) => {
    const { id } = payload as { id: string };
    await deliverEmail(id);
  },
  outbox_takeover: async () => {
    await takeOverAbandonedMails();
  },
  profile_review_reminders: async () => {
    await sendReviewReminders();
  },
  referral_schedule: async () => {
    await runReferralSchedule();
  },
  // The Co-Act path: established steps whose evidence went stale lapse, lapsed ones whose evidence returned come back.
  path_reevaluation: async () => {
    await reevaluatePaths();
  },
  meeting_reminders: async () => {
    await sendMeetingReminders();
    await endFinishedSeries();
  },
  // Concern notices closed longer ago than the retention period lose the person's details and the situation.
  concern_notice_retention: async () => {
    await eraseClosedConcernNotices();
  },
  contact_reminders: async () => {
    await sendContactReminders();
  },
  cleanup_auth: async () => {
    const now = new Date();
    await db().session.deleteMany({ where: { expiresAt: { lt: now } } });
    await db().authToken.deleteMany({ where: { expiresAt: { lt: now } } });
    await db().rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  },
};

// Times are UTC: 06:00 is 08:00 or 09:00 in Helsinki, when staff read their mail.
export const CRONTAB = [
  "* * * * * outbox_takeover",
  "17 3 * * * cleanup_auth",
  "0 6 * * * profile_review_reminders",
  "30 5 * * * referral_schedule",
  "45 4 * * * path_reevaluation",
  // Hourly: a meeting is reminded of about a day before it starts.
  "7 * * * * meeting_reminders",
  "45 5 * * * contact_reminders",
  "50 5 * * * concern_notice_retention",
].join("\n");

/** Creates graphile-worker's own schema; needed before the first mail is queued. */
export async function prepareJobQueue(connectionString: string) {
  await runMigrations({ connectionString, logger: quietLogger });
}

const quietLogger = new Logger(() => (level: string, message: string) => {
  if (level === "error" || level === "warning") console.warn(`[worker] ${message}`);
});

export async function startWorker(connectionString: string, concurrency: number): Promise<Runner> {
  // The worker's pool is ours: graphile-worker ends a pool it made itself without waiting, after unhooking its error
  // handler, so the database stopping right after the worker (server.ts shutdown) crashed the process.
  const pgPool = new pg.Pool({ connectionString, max: 10 });
  pgPool.on("error", (error) => console.warn(`[worker] idle database connection closed: ${error.message}`));
  const runner = await run({
    pgPool,
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: tasks,
    crontab: CRONTAB,
    logger: quietLogger,
  }).catch(async (error) => {
    await pgPool.end();
    throw error;
  });
  const stopRunner = runner.stop;
  return Object.assign(runner, {
    stop: async () => {
      await stopRunner();
      await pgPool.end();
    },
  });
}
