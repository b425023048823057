// The durable e-mail outbox. queueEmail writes the mail and its delivery job in the caller's transaction, so a mail
// exists exactly when the change that caused it was committed; a job that mails many renders them first (prepareEmail)
// and writes them all in two statements (insertEmails), keeping its transaction short. deliverEmail is the job: it
// claims the mail, sends it through SMTP and marks it sent, each a short statement of its own, so that no database
// transaction is open while SMTP talks, and two workers (two app instances) never send the same mail
// (docs/decisions/002).
import nodemailer, { type Transporter } from "nodemailer";
import type { RenderedEmail } from "#emails/layout";
import { renderEmail, type TemplateName, type TemplateParams } from "#emails/templates";
import { asLocale } from "~/i18n/i18n";
import type { Tx } from "./db.server";
import { db } from "./db.server";
import { env } from "./env.server";

export const SEND_EMAIL_TASK = "send_email";

// Every wait in the SMTP exchange is bounded (nodemailer's own socket timeout is 10 minutes), and so is the whole
// exchange (SMTP_TIMEOUT_MS: 60 s of silence, 30 s to connect and be greeted, 2 minutes in all, by default). A claim is
// a short lease that the delivering worker renews while SMTP talks: a worker that dies stops renewing, and within a
// minute its mails may be taken over (takeOverAbandonedMails).
const smtpTimeouts = (silence: number) => ({
  connectionTimeout: silence / 2,
  greetingTimeout: silence / 2,
  socketTimeout: silence,
});
const CLAIM_LEASE_SECONDS = 60;
const LEASE_RENEWAL_MS = 20_000;
/** A mail's job locked this long without the mail being claimed belongs to a worker that died in between. */
const ABANDONED_JOB_MINUTES = 2;

/** How often a mail's delivery job is tried before it is given up (graphile-worker's max_attempts). */
const MAIL_ATTEMPTS = 25;

/** A mail rendered and ready to be queued: what one outbox row holds. Rendering needs no transaction. */
export type PreparedEmail = { to: string; locale: string; template: TemplateName } & Required<
  Pick<RenderedEmail, "subject" | "text" | "html">
> & { calendar: string | null };

/**
 * Renders a mail in the reader's language, outside any transaction (the parameters are typed and hold no personal
 * data).
 */
export function prepareEmail<T extends TemplateName>(mail: {
  to: string;
  locale: string;
  template: T;
  params: TemplateParams<T>;
}): PreparedEmail {
  const locale = asLocale(mail.locale);
  const { calendar, ...rendered } = renderEmail(mail.template, locale, mail.params);
  return { to: mail.to, locale, template: mail.template, ...rendered, calendar: calendar ?? null };
}

/**
 * Writes prepared mails and their delivery jobs in the caller's transaction, in two statements whatever their number:
 * one multi-row insert of the mails and one of their jobs. Returns the mails' ids.
 */
export async function insertEmails(tx: Tx, mails: PreparedEmail[]): Promise<string[]> {
  if (!mails.length) return [];
  const rows = await tx.outboxEmail.createManyAndReturn({ data: mails, select: { id: true } });
  const ids = rows.map((r) => r.id);
  await tx.$executeRaw`SELECT count(*) FROM graphile_worker.add_jobs(ARRAY(
      SELECT (${SEND_EMAIL_TASK}, json_build_object('id', id), NULL, NULL, ${MAIL_ATTEMPTS}::int, NULL, NULL, NULL)
        ::graphile_worker.job_spec
      FROM unnest(${ids}::text[]) AS id))`;
  return ids;
}

/** Renders mails and writes them with their delivery jobs in the caller's transaction. */
export async function queueEmails<T extends TemplateName>(
  tx: Tx,
  mails: { to: string; locale: string; template: T; params: TemplateParams<T> }[],
) {
  return insertEmails(tx, mails.map(prepareEmail));
}

export async function queueEmail<T extends TemplateName>(
  tx: Tx,
  mail: { to: string; locale: string; template: T; params: TemplateParams<T> },
) {
  const [id] = await queueEmails(tx, [mail]);
  return id!;
}

let transport: Transporter | null | undefined;

function smtpTransport(): Transporter | null {
  if (transport === undefined)
    transport = env().SMTP_URL
      ? nodemailer.createTransport({ url: env().SMTP_URL, ...smtpTimeouts(env().SMTP_TIMEOUT_MS) })
      : null;
  return transport;
}

/** The same on every attempt, so that mail systems can drop the copy a resend after a crash makes. */
export function messageIdOf(id: string) {
  return `<${id}@${new URL(env().APP_URL).hostname}>`;
}

/** Sends one queued mail. Throws when SMTP fails, so that the job queue retries it later with backoff. */
export async function deliverEmail(id: string): Promise<"sent" | "kept" | "nothing-to-do"> {
  // One atomic statement: of two workers only one gets the mail. A claim whose lease ran out belongs to a worker that
  // died before marking the mail, and may be taken over.
  const [mail] = await db().$queryRaw<
    { to: string; subject: string; text: string; html: string; calendar: string | null }[]
  >`
    UPDATE outbox_email SET claimed_until = now() + ${CLAIM_LEASE_SECONDS}::int * interval '1 second'
    WHERE id = ${id}::uuid AND status = 'queued' AND (claimed_until IS NULL OR claimed_until < now())
    RETURNING "to", subject, text, html, calendar`;
  if (!mail) return "nothing-to-do";
  const smtp = smtpTransport();
  if (!smtp) {
    // Development without SMTP: keep the mail, readable on /dev/mail.
    await db().outboxEmail.update({
      where: { id },
      data: { status: "kept", attempts: { increment: 1 }, claimedUntil: null },
    });
    return "kept";
  }
  const renewal = setInterval(() => {
    db().$executeRaw`UPDATE outbox_email SET claimed_until = now() + ${CLAIM_LEASE_SECONDS}::int * interval '1 second'
        WHERE id = ${id}::uuid AND status = 'queued'`.catch(() => {
      // A renewal that fails lets the lease run out: at worst the mail is taken over and sent again, same Message-ID.
    });
  }, LEASE_RENEWAL_MS);
  try {
    await smtp.sendMail({
      from: env().MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: messageIdOf(id),
      // A meeting's calendar entry, as calendars expect it: a text/calendar part whose method matches the file's.
      ...(mail.calendar
        ? {
            icalEvent: {
              filename: "meeting.ics",
              method: /^METHOD:(\w+)/m.exec(mail.calendar)?.[1] ?? "REQUEST",
              content: mail.calendar,
            },
          }
        : {}),
      signal: AbortSignal.timeout(2 * env().SMTP_TIMEOUT_MS),
    });
  } catch (error) {
    // Released at once, so that the job queue's retry can claim it again.
    await db().outboxEmail.update({
      where: { id },
      data: { claimedUntil: null, attempts: { increment: 1 }, lastError: String(error).slice(0, 1000) },
    });
    throw error;
  } finally {
    clearInterval(renewal);
  }
  // Dying (or failing to reach the database) before this leaves the mail claimed: it is taken over and sent again once
  // the lease has run out, with the same Message-ID.
  await db().outboxEmail.update({
    where: { id },
    data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, lastError: null, claimedUntil: null },
  });
  return "sent";
}

/**
 * Gives the mails of a worker that died a new delivery job. The job queue keeps a dead worker's job locked for four
 * hours; the mail's own claim tells sooner: a lease nobody renewed, or a job locked for minutes without the mail ever
 * being claimed. The new job goes through the same claim, so a mail that was delivered in the meantime is not sent
 * again. Runs every minute (worker.server.ts). Returns how many mails were handed on.
 */
export async function takeOverAbandonedMails(): Promise<number> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT m.id::text AS id, graphile_worker.add_job(${SEND_EMAIL_TASK}, json_build_object('id', m.id::text),
      job_key := 'outbox-takeover:' || m.id::text, max_attempts := ${MAIL_ATTEMPTS}::int)
    FROM outbox_email m
    WHERE m.status = 'queued' AND (
      m.claimed_until < now()
      OR (m.claimed_until IS NULL AND m.created_at < now() - ${ABANDONED_JOB_MINUTES}::int * interval '1 minute'
        AND NOT EXISTS (
          SELECT 1 FROM graphile_worker._private_jobs j
          WHERE j.payload->>'id' = m.id::text AND (j.locked_at IS NULL
            OR j.locked_at > now() - ${ABANDONED_JOB_MINUTES}::int * interval '1 minute'))))`;
  return rows.length;
}

/** Mails that are failing, or stuck with a claim or a job nobody is working on: for the admin's attention. */
export function undeliveredMailCount(now = new Date()) {
  const stuckSince = new Date(now.getTime() - 15 * 60_000);
  return db().outboxEmail.count({
    where: {
      status: "queued",
      OR: [{ attempts: { gt: 0 } }, { claimedUntil: { lt: now } }, { createdAt: { lt: stuckSince } }],
    },
  });
}
