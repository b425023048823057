// Mail through faults: 1,000 mails queued while two app instances deliver them, an SMTP server that refuses (4xx and
// 5xx), stays silent longer than the app waits, drops the connection before answering and cuts it mid-message, and
// one instance killed with SIGKILL while it delivers. After recovery every mail is delivered, and none twice except in
// the crash window between SMTP's acceptance and the mark (docs/decisions/002), and then with the same Message-ID.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { queueEmail } from "~/utils/outbox.server";
import { startApp } from "../support/app-server";
import { reportFigures } from "../support/figures";
import { startSmtp, type Answer } from "../support/smtp";
import { until } from "../support/until";

const MAILS = 1000;
/** Short, so that a silent server costs seconds: the app gives up after this much silence, and after twice it in all. */
const SMTP_TIMEOUT_MS = 2000;
const CONCURRENCY = 4;

// Each mail meets at most one fault, on its first attempt, so that retries are not pushed far out by backoff.
const attempts = new Map<string, number>();
let messagesStarted = 0;
const faults = { refused: 0, silent: 0, dropped: 0, cut: 0 };
async function beforeAnswer(mail: { messageId?: string; to?: unknown }): Promise<Answer> {
  const n = Number(/mail-(\d+)@/.exec(JSON.stringify(mail.to))?.[1]);
  const attempt = (attempts.get(mail.messageId!) ?? 0) + 1;
  attempts.set(mail.messageId!, attempt);
  if (attempt > 1) return "accept";
  switch (n % 10) {
    case 1:
      faults.refused++;
      return { refuse: 451 };
    case 2:
      faults.refused++;
      return { refuse: 554 };
    case 3:
      // Silent for longer than any of the app's timeouts, then gone.
      faults.silent++;
      await new Promise((resolve) => setTimeout(resolve, 2.5 * SMTP_TIMEOUT_MS));
      return "drop";
    case 4:
      faults.dropped++;
      return "drop";
    default:
      return "accept";
  }
}
const cutMidMessage = () => {
  const cut = ++messagesStarted % 17 === 0;
  if (cut) faults.cut++;
  return cut;
};

// One SMTP server per instance, faulting alike, to know which instance a copy came through.
const survivorInbox = await startSmtp(0, { beforeAnswer, cutMidMessage });
const killedInbox = await startSmtp(0, { beforeAnswer, cutMidMessage });
afterAll(() => Promise.all([survivorInbox.stop(), killedInbox.stop()]));

const appEnv = (inbox: { port: number }) => ({
  DATABASE_URL: process.env.DATABASE_URL!,
  SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
  SMTP_TIMEOUT_MS: String(SMTP_TIMEOUT_MS),
  WORKER_CONCURRENCY: String(CONCURRENCY),
});

describe("mail through SMTP faults and a SIGKILL", () => {
  it(
    "delivers every mail, twice only in the crash window and then with the same Message-ID",
    { timeout: 420_000 },
    async ({ task }) => {
      const [survivor, killed] = await Promise.all([startApp(appEnv(survivorInbox)), startApp(appEnv(killedInbox))]);
      try {
        for (let batch = 0; batch < MAILS / 100; batch++)
          await db().$transaction(async (tx) => {
            for (let i = batch * 100; i < (batch + 1) * 100; i++)
              await queueEmail(tx, {
                to: `mail-${i}@example.org`,
                locale: "en",
                template: "passwordReset",
                params: { url: `http://localhost:3000/reset-password?token=${i}`, expiresInHours: 2 },
              });
          });

        await until(async () => (killedInbox.messages.length >= 100 ? true : undefined), 60_000, 10);
        process.kill(killed.pid, "SIGKILL");
        await killed.exited;
        const killedAt = Date.now();

        // The survivor's minutely sweep takes over what the killed instance had claimed once its lease has run out.
        await until(
          async () => {
            const queued = await db().outboxEmail.count({ where: { status: "queued", to: { startsWith: "mail-" } } });
            return queued === 0 ? true : undefined;
          },
          5 * 60_000,
          500,
        );
        const recoverySeconds = Math.round((Date.now() - killedAt) / 1000);

        // Every copy the SMTP servers accepted, by recipient: how many, under which Message-IDs, how many via the killed.
        const copies = new Map<string, { count: number; messageIds: Set<string>; viaKilled: number }>();
        for (const [inbox, viaKilled] of [
          [survivorInbox, 0],
          [killedInbox, 1],
        ] as const)
          for (const message of inbox.messages) {
            const to = message.to && !Array.isArray(message.to) ? message.to.text : "";
            const entry = copies.get(to) ?? { count: 0, messageIds: new Set<string>(), viaKilled: 0 };
            entry.count++;
            entry.messageIds.add(message.messageId!);
            entry.viaKilled += viaKilled;
            copies.set(to, entry);
          }
        const twice = [...copies.values()].filter((c) => c.count > 1);
        const sameMessageId = twice.filter((c) => c.messageIds.size === 1);
        reportFigures(
          task,
          `Mail through faults: ${MAILS} mails queued over 2 instances, ${faults.refused} refused, ${faults.silent} ` +
            `left unanswered past the timeouts, ${faults.dropped} dropped before the answer, ${faults.cut} cut ` +
            `mid-message, one instance killed after ${killedInbox.messages.length} deliveries; ${copies.size} ` +
            `delivered within ${recoverySeconds} s of the kill, ${twice.length} duplicated, ` +
            `${sameMessageId.length} of them with the same Message-ID`,
        );

        expect(copies.size).toBe(MAILS);
        expect(await db().outboxEmail.count({ where: { status: "sent", to: { startsWith: "mail-" } } })).toBe(MAILS);
        // A second copy only of a mail the killed instance had handed to SMTP and not yet marked sent.
        for (const c of twice)
          expect({ count: c.count, viaKilled: c.viaKilled, messageIds: c.messageIds.size }).toEqual({
            count: 2,
            viaKilled: 1,
            messageIds: 1,
          });
        expect(twice.length).toBeLessThanOrEqual(CONCURRENCY);
      } finally {
        await Promise.all([survivor.stop(), killed.stop()]);
      }
    },
  );
});
