// The e-mail outbox over real SMTP on loopback: right recipient, subject and language; nothing lost while SMTP is
// down; each mail delivered exactly once, also with two workers (two app instances) on one database and an SMTP server
// that drops connections; no database transaction open while SMTP talks; the same Message-ID on a resend after a crash.
import { afterEach, describe, expect, it } from "vitest";
import type { Runner } from "graphile-worker";
import pg from "pg";
import { db } from "~/utils/db.server";
import { deliverEmail, messageIdOf, queueEmail } from "~/utils/outbox.server";
import { startWorker } from "~/utils/worker.server";
import { freePort } from "../support/ports";
import { startSmtp, type Inbox, type SmtpOptions } from "../support/smtp";

// One SMTP address for the whole file (the app reads its configuration once); each test opens or closes the server.
const port = await freePort();
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;

const running: { stop: () => Promise<void> }[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.stop();
});

async function smtpUp(options?: SmtpOptions): Promise<Inbox> {
  const inbox = await startSmtp(port, options);
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
    queueEmail(tx, {
      to,
      locale,
      template: "passwordReset",
      params: { url: "http://localhost:3000/reset-password?token=x", expiresInHours: 2 },
    }),
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
    await expect
      .poll(
        () =>
          db()
            .outboxEmail.findUniqueOrThrow({ where: { id } })
            .then((m) => m.attempts),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    const failed = await db().outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(failed.status).toBe("queued");
    expect(failed.lastError).toMatch(/ECONNREFUSED/);

    const inbox = await smtpUp();
    const [mail] = await inbox.waitFor(1);
    expect(mail.subject).toBe("Co-Act: change your password");
    await expect
      .poll(() =>
        db()
          .outboxEmail.findUniqueOrThrow({ where: { id } })
          .then((m) => m.status),
      )
      .toBe("sent");
    expect(inbox.messages).toHaveLength(1);
    expect((await db().outboxEmail.findUniqueOrThrow({ where: { id } })).lastError).toBeNull();
  }, 60_000);

  it("sends every mail exactly once when two app instances run workers on one database", async () => {
    const inbox = await smtpUp();
    const count = 40;
    for (let i = 0; i < count; i++) await queueReset(`person${i}@example.org`, i % 2 ? "fi" : "en");
    await Promise.all([worker(), worker()]);
    await inbox.waitFor(count);
    await expect
      .poll(() => db().outboxEmail.count({ where: { status: "sent", to: { startsWith: "person" } } }))
      .toBe(count);
    const recipients = inbox.messages.map((m) => (m.to && "text" in m.to ? m.to.text : ""));
    expect(new Set(recipients).size).toBe(count);
    expect(recipients).toHaveLength(count);
  });

  it("sends each of 200 mails exactly once with two workers, an SMTP server that drops a third of them on the first try, and no transaction open while SMTP talks", async () => {
    const count = 200;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await queueReset(`many${i}@example.org`, "en"));
    const dropOnFirstTry = new Set(ids.filter((_, i) => i % 3 === 0).map(messageIdOf));
    const dropped = new Set<string>();

    // While the SMTP client waits for the server's answer, the database shows what the workers hold open. A statement
    // running right now (the other worker's claim or mark) is "active"; a transaction kept open between statements, as
    // around an SMTP exchange, is "idle in transaction".
    const probe = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await probe.connect();
    let probes = 0;
    const openTransactions: unknown[] = [];
    const inbox = await smtpUp({
      beforeAnswer: async (mail) => {
        const { rows } = await probe.query(
          `SELECT pid, state, xact_start, query FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND state <> 'active'`,
        );
        probes++;
        openTransactions.push(...rows);
        if (dropOnFirstTry.has(mail.messageId!) && !dropped.has(mail.messageId!)) {
          dropped.add(mail.messageId!);
          return "drop";
        }
        return "accept";
      },
    });

    // Two workers go through the same mails at the same time and, like the job queue, retry what failed.
    const failures: unknown[] = [];
    const worker = async () => {
      for (const id of ids) {
        for (let attempt = 1; ; attempt++) {
          try {
            await deliverEmail(id);
            break;
          } catch (error) {
            failures.push(error);
            if (attempt === 3) throw error;
          }
        }
      }
    };
    try {
      await Promise.all([worker(), worker()]);
    } finally {
      await probe.end();
    }

    const messageIds = inbox.messages.map((m) => m.messageId);
    expect(messageIds).toHaveLength(count);
    expect(new Set(messageIds)).toEqual(new Set(ids.map(messageIdOf)));
    expect(dropped.size).toBe(Math.ceil(count / 3));
    expect(failures).toHaveLength(dropped.size);
    expect(probes).toBe(count + dropped.size);
    expect(openTransactions).toEqual([]);
    const rows = await db().outboxEmail.findMany({ where: { id: { in: ids } } });
    expect(rows.filter((r) => r.status === "sent" && r.claimedUntil === null && r.lastError === null)).toHaveLength(
      count,
    );
    // A dropped mail's failed attempt was counted; its error was cleared when it was sent.
    expect(
      rows
        .filter((r) => r.attempts === 2)
        .map((r) => messageIdOf(r.id))
        .sort(),
    ).toEqual([...dropped].sort());
  }, 120_000);

  it("releases the claim and keeps the error when SMTP fails, and clears the error once the mail is sent", async () => {
    const id = await queueReset("retry@example.org", "en");
    await expect(deliverEmail(id)).rejects.toThrow(/ECONNREFUSED/);
    const failed = await db().outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ status: "queued", attempts: 1, claimedUntil: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);

    const inbox = await smtpUp();
    expect(await deliverEmail(id)).toBe("sent");
    expect(await db().outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "sent",
      attempts: 2,
      lastError: null,
      claimedUntil: null,
    });
    expect(inbox.messages.map((m) => m.messageId)).toEqual([messageIdOf(id)]);
    expect(await deliverEmail(id)).toBe("nothing-to-do");
  });

  it("sends a mail again, with the same Message-ID, when its worker died after SMTP accepted it but before marking it sent", async () => {
    const inbox = await smtpUp();
    const id = await queueReset("crash@example.org", "en");
    // The crash: the database refuses the mark, so the mail stays claimed although SMTP has accepted it.
    await db().$executeRawUnsafe(
      `CREATE FUNCTION crash_before_mark() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated crash'; END $$`,
    );
    await db().$executeRawUnsafe(
      `CREATE TRIGGER crash_before_mark BEFORE UPDATE ON outbox_email FOR EACH ROW WHEN (NEW.status = 'sent') EXECUTE FUNCTION crash_before_mark()`,
    );
    try {
      await expect(deliverEmail(id)).rejects.toThrow("simulated crash");
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER crash_before_mark ON outbox_email`);
      await db().$executeRawUnsafe(`DROP FUNCTION crash_before_mark()`);
    }
    expect(inbox.messages).toHaveLength(1);

    // While the lease runs, no other worker takes the mail; once it has run out, the mail is sent again.
    expect(await deliverEmail(id)).toBe("nothing-to-do");
    await db().$executeRaw`UPDATE outbox_email SET claimed_until = now() - interval '1 second' WHERE id = ${id}::uuid`;
    expect(await deliverEmail(id)).toBe("sent");
    expect(inbox.messages.map((m) => m.messageId)).toEqual([messageIdOf(id), messageIdOf(id)]);
    expect(messageIdOf(id)).toBe(`<${id}@localhost>`);
    expect(await db().outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "sent",
      attempts: 1,
      claimedUntil: null,
    });
  });

  it("writes no mail when the change that caused it is rolled back", async () => {
    await expect(
      db().$transaction(async (tx) => {
        await queueEmail(tx, {
          to: "never@example.org",
          locale: "fi",
          template: "passwordReset",
          params: { url: "http://x", expiresInHours: 2 },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db().outboxEmail.count({ where: { to: "never@example.org" } })).toBe(0);
  });
});
