// Development only: the e-mails the app has written to its outbox, readable without an SMTP server.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/i18n";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { env, isProduction } from "~/utils/env.server";
import { titled } from "~/utils/meta";

export const meta = titled("devMail.title");

/** The client's address (after the configured proxies) is this computer's own. */
const isLoopback = (address: unknown) =>
  typeof address === "string" && /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/.test(address);

export async function loader({ context }: LoaderFunctionArgs) {
  // Only where mails are not really sent (development without SMTP), and only to someone at this computer: the
  // mails hold invitation and reset links.
  if (isProduction() || env().SMTP_URL || !isLoopback(context.clientIp))
    throw new Response("Not found", { status: 404 });
  const mails = await db().outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, status: true, createdAt: true },
  });
  return { mails };
}

export default function DevMail() {
  const { mails } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("devMail.title")}</h1>
      <p className="muted">{t("devMail.intro")}</p>
      {mails.length === 0 ? <p>{t("devMail.empty")}</p> : null}
      {mails.map((mail) => (
        <article key={mail.id} className="card" aria-labelledby={`mail-${mail.id}`}>
          <h2 id={`mail-${mail.id}`}>{mail.subject}</h2>
          <p className="muted">
            {t("devMail.meta", { to: mail.to, at: formatDateTime(mail.createdAt, locale), status: mail.status })}
          </p>
          <pre className="mail-body">{mail.text}</pre>
        </article>
      ))}
    </>
  );
}
