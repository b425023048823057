// The e-mail outbox over real SMTP on loopback: right recipient, subject and language; nothing lost while SMTP is
// down; each mail delivered exactly once, also with two workers (two app instances) on one database.
import { afterEach, describe, expect, it } from "vitest";
import type { Runner } from "graphile-worker";
import { db } from "~/utils/db.server";
import { queueEmail } from "~/utils/outbox.server";
import { startWorker } from "~/utils/worker.server";
import { freePort } from "../support/ports";
import { startSmtp, type Inbox } from "../support/smtp";

// One SMTP address for the whole file (the app reads its configuration once); each test opens or closes the server.
const port = await freePort();
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;

const running: { stop: () => Promise<void> }[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.stop();
});

async function smtpUp(): Promise<Inbox> {
  const inbox = await startSmtp(port);
  running.push(inbox);
  return inbox;
}

async function worker(): Promise<Runner> {
  const runner = await startWorker(process.env.DATABASE_URL!, 2);
  running.unshift(runner);
  return runner;
}

async function queueReset(to: string, locale: string) {
  return db().$transaction((tx) =>
    queueEmail(tx, { to, locale, template: "passwordReset", params: { url: "http://localhost:3000/reset-password?token=x", expiresInHours: 2 } }),
  );
}

describe("e-mail outbox", () => {
  it("delivers a queued mail to the recipient, with the subject in the recipient's language and a plain-text part", async () => {
    const inbox = await smtpUp();
    await queueReset("aino@example.org", "fi");
    await queueReset("sam@example.org", "en");
    await worker();
    const mails = await inbox.waitFor(2);
    const fi = mails.find((m) => m.to && "text" in m.to && m.to.text === "aino@example.org")!;
    const en = mails.find((m) => m.to && "text" in m.to && m.to.text === "sam@example.org")!;
    expect(fi.subject).toBe("Co-Act: salasanan vaihtaminen");
    expect(en.subject).toBe("Co-Act: change your password");
    expect(en.text).toContain("Choose a new password: http://localhost:3000/reset-password?token=x");
    expect(fi.html).toContain('lang="fi"');
    await expect.poll(() => db().outboxEmail.count({ where: { status: "sent" } })).toBe(2);
  });

  it("keeps mails queued while SMTP is down and delivers each once when it comes back", async () => {
    const id = await queueReset("down@example.org", "en");
    await worker();
    // The first attempt fails against the closed port and is recorded; the mail stays queued.
    await expect.poll(() => db().outboxEmail.findUniqueOrThrow({ where: { id } }).then((m) => m.attempts), { timeout: 15_000 }).toBeGreaterThan(0);
    const failed = await db().outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(failed.status).toBe("queued");
    expect(failed.lastError).toMatch(/ECONNREFUSED/);

    const inbox = await smtpUp();
    const [mail] = await inbox.waitFor(1);
    expect(mail.subject).toBe("Co-Act: change your password");
    await expect.poll(() => db().outboxEmail.findUniqueOrThrow({ where: { id } }).then((m) => m.status)).toBe("sent");
    expect(inbox.messages).toHaveLength(1);
  }, 60_000);

  it("sends every mail exactly once when two app instances run workers on one database", async () => {
    const inbox = await smtpUp();
    const count = 40;
    for (let i = 0; i < count; i++) await queueReset(`person${i}@example.org`, i % 2 ? "fi" : "en");
    await Promise.all([worker(), worker()]);
    await inbox.waitFor(count);
    await expect.poll(() => db().outboxEmail.count({ where: { status: "sent", to: { startsWith: "person" } } })).toBe(count);
    const recipients = inbox.messages.map((m) => (m.to && "text" in m.to ? m.to.text : ""));
    expect(new Set(recipients).size).toBe(count);
    expect(recipients).toHaveLength(count);
  });

  it("writes no mail when the change that caused it is rolled back", async () => {
    await expect(
      db().$transaction(async (tx) => {
        await queueEmail(tx, { to: "never@example.org", locale: "fi", template: "passwordReset", params: { url: "http://x", expiresInHours: 2 } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db().outboxEmail.count({ where: { to: "never@example.org" } })).toBe(0);
  });
});
