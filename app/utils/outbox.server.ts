// The durable e-mail outbox. queueEmail writes the mail and its delivery job in the caller's transaction, so a mail
// exists exactly when the change that caused it was committed. deliverEmail is the job: it claims the mail, sends it
// through SMTP and marks it sent, each a short statement of its own, so that no database transaction is open while SMTP
// talks, and two workers (two app instances) never send the same mail (docs/decisions/002).
import nodemailer, { type Transporter } from "nodemailer";
import { renderEmail, type TemplateName, type TemplateParams } from "#emails/templates";
import { asLocale } from "~/i18n/i18n";
import type { Tx } from "./db.server";
import { db } from "./db.server";
import { env } from "./env.server";

export const SEND_EMAIL_TASK = "send_email";

// Every wait in the SMTP exchange is bounded (nodemailer's own socket timeout is 10 minutes), and so is the whole
// exchange, so that a worker is done with a mail well before its claim on it runs out and another worker may take it.
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };
const SEND_DEADLINE_MS = 2 * 60_000;
const CLAIM_LEASE_SECONDS = 5 * 60;

export async function queueEmail<T extends TemplateName>(
  tx: Tx,
  mail: { to: string; locale: string; template: T; params: TemplateParams<T> },
) {
  const locale = asLocale(mail.locale);
  const rendered = renderEmail(mail.template, locale, mail.params);
  const row = await tx.outboxEmail.create({
    data: { to: mail.to, locale, template: mail.template, ...rendered },
    select: { id: true },
  });
  await tx.$executeRaw`SELECT graphile_worker.add_job(${SEND_EMAIL_TASK}, json_build_object('id', ${row.id}::text), max_attempts := 25)`;
  return row.id;
}

let transport: Transporter | null | undefined;

function smtpTransport(): Transporter | null {
  if (transport === undefined)
    transport = env().SMTP_URL ? nodemailer.createTransport({ url: env().SMTP_URL, ...SMTP_TIMEOUTS }) : null;
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
      signal: AbortSignal.timeout(SEND_DEADLINE_MS),
    });
  } catch (error) {
    // Released at once, so that the job queue's retry can claim it again.
    await db().outboxEmail.update({
      where: { id },
      data: { claimedUntil: null, attempts: { increment: 1 }, lastError: String(error).slice(0, 1000) },
    });
    throw error;
  }
  // Dying (or failing to reach the database) before this leaves the mail claimed: it is sent again once the lease has
  // run out, with the same Message-ID.
  await db().outboxEmail.update({
    where: { id },
    data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, lastError: null, claimedUntil: null },
  });
  return "sent";
}
