// The contact point's inbox at /contact/inbox: for the liaison every request to their county, for a social worker those
// routed to their units; open ones first with the most urgent on top, an overdue one marked. The liaison also sees the
// response figures per unit (overdue now, median time to the first answer).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/i18n";
import { contactFigures, listInbox, RESPONSE_TARGET_DAYS } from "~/models/contact-request.server";
import { formatDate } from "~/utils/dates";
import { titled } from "~/utils/meta";
import { hasPermission, requirePermission } from "~/utils/permissions.server";

export const meta = titled("contact.inbox.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contact:handle");
  const [inbox, figures] = await Promise.all([
    listInbox(user),
    hasPermission(user, "contact:figures") ? contactFigures(user) : Promise.resolve(null),
  ]);
  return { ...inbox, figures, targetDays: RESPONSE_TARGET_DAYS };
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["open"][number];

function Requests({ rows }: { rows: Row[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="list">
      {rows.map((r) => (
        <li key={r.id}>
          <Link to={`/contact/requests/${r.id}`}>
            {r.reference} · {t(`contact.kind.${r.kind}`)}: {r.senderOrganisation}
          </Link>{" "}
          <span className="badge">{t(`contact.status.${r.status}`)}</span>{" "}
          <span className="muted">
            {t(`contact.topic.${r.topic}`)} · {r.unit?.name ?? t("contact.notRouted")} ·{" "}
          </span>
          <span className={r.overdue ? "overdue" : "muted"}>
            {r.overdue
              ? t("contact.inbox.overdueSince", { date: formatDate(r.dueAt, locale) })
              : t("contact.inbox.due", { date: formatDate(r.dueAt, locale) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default function ContactInbox() {
  const { open, closed, figures, targetDays } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("contact.inbox.title")}</h1>
      <p>{t("contact.inbox.intro", { days: targetDays })}</p>
      <section aria-labelledby="open-requests">
        <h2 id="open-requests">{t("contact.inbox.open")}</h2>
        {open.length ? <Requests rows={open} /> : <p>{t("contact.inbox.none")}</p>}
      </section>
      {figures ? (
        <section aria-labelledby="figures">
          <h2 id="figures">{t("contact.figures.title")}</h2>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("contact.figures.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("contact.figures.unit")}</th>
                  <th scope="col">{t("contact.figures.received")}</th>
                  <th scope="col">{t("contact.figures.overdue")}</th>
                  <th scope="col">{t("contact.figures.answered")}</th>
                  <th scope="col">{t("contact.figures.medianHours")}</th>
                </tr>
              </thead>
              <tbody>
                {figures.map((f) => (
                  <tr key={f.unitId ?? "none"}>
                    <th scope="row">{f.unitName ?? t("contact.notRouted")}</th>
                    <td>{f.received}</td>
                    <td>{f.overdue}</td>
                    <td>{f.answered}</td>
                    <td>{f.medianHours ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="closed-requests">
        <h2 id="closed-requests">{t("contact.inbox.closed")}</h2>
        {closed.length ? <Requests rows={closed} /> : <p>{t("contact.inbox.none")}</p>}
      </section>
    </>
  );
}
