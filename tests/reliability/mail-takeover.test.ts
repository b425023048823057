// Mail after a crash: a worker killed while it delivered leaves its mails claimed and their jobs locked (the job
// queue's lock lasts four hours). Within a couple of minutes another worker takes them over and delivers each once,
// with the Message-ID it always had; meanwhile the admin's home page counts them as stuck.
import { afterAll, describe, expect, it } from "vitest";
import { homeFor } from "~/models/attention.server";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { messageIdOf, queueEmail, takeOverAbandonedMails } from "~/utils/outbox.server";
import { startWorker } from "~/utils/worker.server";
import { freePort } from "../support/ports";
import { cookieForRole, get } from "../support/requests";
import { startSmtp } from "../support/smtp";
import { until } from "../support/until";

const port = await freePort();
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
const inbox = await startSmtp(port);
afterAll(() => inbox.stop());

const queue = (to: string) =>
  db().$transaction((tx) =>
    queueEmail(tx, {
      to,
      locale: "en",
      template: "passwordReset",
      params: { url: "http://localhost:3000/reset-password?token=x", expiresInHours: 2 },
    }),
  );

/** What a worker killed with SIGKILL leaves: its job locked by a worker id that is gone, and the mail's claim. */
async function killedWhileDelivering(id: string, { claimed }: { claimed: boolean }) {
  await db().$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now() - interval '20 minutes',
    locked_by = 'worker-killed-with-sigkill' WHERE payload->>'id' = ${id}`;
  if (claimed)
    await db().$executeRaw`UPDATE outbox_email SET claimed_until = now() - interval '1 second' WHERE id = ${id}::uuid`;
  else
    await db().$executeRaw`UPDATE outbox_email SET created_at = now() - interval '20 minutes' WHERE id = ${id}::uuid`;
}

describe("mail after a crash", () => {
  it("is counted on the admin's home page while stuck, then taken over and delivered once, same Message-ID", async () => {
    const claimed = await queue("claimed@example.org");
    const neverClaimed = await queue("never-claimed@example.org");
    await killedWhileDelivering(claimed, { claimed: true });
    await killedWhileDelivering(neverClaimed, { claimed: false });

    const admin = (await getUser(get("/home", await cookieForRole("admin"))))!;
    const home = await homeFor(admin);
    expect(home.role === "admin" && home.failingMails).toBeGreaterThanOrEqual(2);

    const runner = await startWorker(process.env.DATABASE_URL!, 2);
    try {
      // The periodic sweep, run now rather than waiting for the minute's cron tick.
      expect(await takeOverAbandonedMails()).toBe(2);
      const messages = await until(async () => {
        const sent = await db().outboxEmail.count({ where: { id: { in: [claimed, neverClaimed] }, status: "sent" } });
        return sent === 2 ? inbox.messages : undefined;
      }, 20_000);
      for (const id of [claimed, neverClaimed]) {
        const copies = messages.filter((m) => m.messageId === messageIdOf(id));
        expect(copies).toHaveLength(1);
      }
      // Taken over once: the sweep finds nothing more to hand on.
      expect(await takeOverAbandonedMails()).toBe(0);
      const row = await db().outboxEmail.findUniqueOrThrow({ where: { id: claimed } });
      expect(row).toMatchObject({ status: "sent", lastError: null, claimedUntil: null });
    } finally {
      await runner.stop();
    }
  });

  it("does not take over a mail whose worker is alive and renewing its claim", async () => {
    const id = await queue("alive@example.org");
    await db().$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'alive'
      WHERE payload->>'id' = ${id}`;
    await db().$executeRaw`UPDATE outbox_email SET claimed_until = now() + interval '1 minute' WHERE id = ${id}::uuid`;
    expect(await takeOverAbandonedMails()).toBe(0);
  });
});
