// A contact request as both sides read it: what was sent, its files, and the answers and replies in order.
import { useLocale, useT } from "~/i18n/i18n";
import { formatDateTime } from "~/utils/dates";
import type { ContactKind, ContactTopic } from "~/utils/enums.generated";

type Thread = {
  reference: string;
  kind: ContactKind;
  topic: ContactTopic;
  senderOrganisation: string;
  senderName: string;
  message: string;
  createdAt: string | Date;
  attachments: { id: string; fileName: string; size: number }[];
  messages: {
    id: string;
    author: string;
    body: string;
    createdAt: string | Date;
    authorUser: { name: string } | null;
  }[];
};

export function ContactThread({ request, fileUrl }: { request: Thread; fileUrl: (id: string) => string }) {
  const t = useT();
  const locale = useLocale();
  const when = (date: string | Date) => `${formatDateTime(date, locale)} (${t("activity.helsinkiTime")})`;
  return (
    <>
      <dl className="facts">
        <dt>{t("contact.reference")}</dt>
        <dd>{request.reference}</dd>
        <dt>{t("contact.kind")}</dt>
        <dd>{t(`contact.kind.${request.kind}`)}</dd>
        <dt>{t("contact.topic")}</dt>
        <dd>{t(`contact.topic.${request.topic}`)}</dd>
        <dt>{t("contact.from")}</dt>
        <dd>
          {request.senderName}, {request.senderOrganisation}
        </dd>
      </dl>
      <h2>{t("contact.messages")}</h2>
      <ol className="thread">
        <li>
          <p className="muted">{when(request.createdAt)}</p>
          {request.message}
        </li>
        {request.messages.map((m) => (
          <li key={m.id} className={m.author === "county" ? "from-county" : undefined}>
            <p className="muted">
              {m.author === "county"
                ? t("contact.answerBy", { name: m.authorUser?.name ?? "" })
                : t("contact.replyBySender")}{" "}
              · {when(m.createdAt)}
            </p>
            {m.body}
          </li>
        ))}
      </ol>
      {request.attachments.length ? (
        <>
          <h2>{t("contact.attachments")}</h2>
          <ul>
            {request.attachments.map((a) => (
              <li key={a.id}>
                <a href={fileUrl(a.id)} download>
                  {a.fileName}
                </a>{" "}
                <span className="muted">({Math.max(1, Math.round(a.size / 1024))} kB)</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
