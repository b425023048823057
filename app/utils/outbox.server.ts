// The durable e-mail outbox. queueEmail writes the mail and its delivery job in the caller's transaction, so a mail
// exists exactly when the change that caused it was committed. deliverEmail is the job: it sends through SMTP and marks
// the row sent under a row lock, so that two app instances never send the same mail twice.
import nodemailer, { type Transporter } from "nodemailer";
import { renderEmail, type TemplateName, type TemplateParams } from "#emails/templates";
import { asLocale } from "~/i18n/i18n";
import type { Tx } from "./db.server";
import { db } from "./db.server";
import { env } from "./env.server";

export const SEND_EMAIL_TASK = "send_email";

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
  if (transport === undefined) transport = env().SMTP_URL ? nodemailer.createTransport(env().SMTP_URL) : null;
  return transport;
}

/** Sends one queued mail. Throws when SMTP fails, so that the job queue retries it later with backoff. */
export async function deliverEmail(id: string): Promise<"sent" | "kept" | "nothing-to-do"> {
  let failure: unknown;
  const result = await db().$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string; html: string }[]>`
        SELECT id, "to", subject, text, html FROM outbox_email
        WHERE id = ${id}::uuid AND status = 'queued' FOR UPDATE SKIP LOCKED`;
      const mail = rows[0];
      if (!mail) return "nothing-to-do" as const;
      const smtp = smtpTransport();
      if (!smtp) {
        // Development without SMTP: keep the mail, readable on /dev/mail.
        await tx.outboxEmail.update({ where: { id }, data: { status: "kept", attempts: { increment: 1 } } });
        return "kept" as const;
      }
      try {
        await smtp.sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      } catch (error) {
        failure = error;
        await tx.outboxEmail.update({
          where: { id },
          data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 1000) },
        });
        return "nothing-to-do" as const;
      }
      await tx.outboxEmail.update({ where: { id }, data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 } } });
      return "sent" as const;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  if (failure) throw failure;
  return result;
}
