// The contact point's inbox at /contact/inbox: for the liaison every request to their county, for a social worker those
// routed to their units; open ones first with the most urgent on top, an overdue one marked. The liaison also sees the
// response figures per unit (overdue now, median time to the first answer), and sets which unit answers which topic.
// Each list shows INBOX_PAGE requests at a time; the next ones are a link away (?open=… or ?closed=…, a keyset cursor).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormError, SelectField } from "~/components/form";
import { useLocale, useT } from "~/i18n/i18n";
import {
  contactFigures,
  listInbox,
  parseInboxCursor,
  RESPONSE_TARGET_DAYS,
  routingRules,
  saveRoutingRules,
} from "~/models/contact-request.server";
import { CONTACT_TOPICS } from "~/utils/choices";
import { parseForm } from "~/utils/forms";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { routingSchema } from "./contact.server";
import { formatDate } from "~/utils/dates";
import { titled } from "~/utils/meta";
import { hasPermission, requirePermission } from "~/utils/permissions.server";
import { TableWrap } from "~/components/table-wrap";

export const meta = titled("contact.inbox.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contact:handle");
  const liaison = hasPermission(user, "contact:route");
  const url = new URL(request.url);
  const cursors = {
    open: parseInboxCursor(url.searchParams.get("open")),
    closed: parseInboxCursor(url.searchParams.get("closed")),
  };
  const [inbox, figures, rules] = await Promise.all([
    listInbox(user, cursors),
    liaison ? contactFigures(user) : Promise.resolve(null),
    liaison ? routingRules(user) : Promise.resolve(null),
  ]);
  return {
    ...inbox,
    openPaged: cursors.open !== null,
    closedPaged: cursors.closed !== null,
    figures,
    rules,
    targetDays: RESPONSE_TARGET_DAYS,
  };
}

/** The liaison saves the county's routing rules. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "contact:route");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(routingSchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  try {
    await saveRoutingRules(user, parsed.data.countyId, parsed.data.rules);
  } catch (error) {
    return problemResponse(error);
  }
  return redirect("/contact/inbox");
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["open"][number];

function Requests({ rows }: { rows: Row[] }) {
  const t = useT();
  const locale = useLocale();
  const notRouted = t("contact.notRouted");
  return (
    <ul className="list">
      {rows.map((r) => (
        <li key={r.id}>
          <Link to={`/contact/requests/${r.id}`}>
            {r.reference} · {t(`contact.kind.${r.kind}`)}: {r.senderOrganisation}
          </Link>{" "}
          <span className="badge">{t(`contact.status.${r.status}`)}</span>{" "}
          <span className="muted">
            {t(`contact.topic.${r.topic}`)} · {r.unit?.name ?? notRouted} ·{" "}
          </span>
          <span className={r.overdue ? "overdue" : "muted"}>
            {t(r.overdue ? "contact.inbox.overdueSince" : "contact.inbox.due", { date: formatDate(r.dueAt, locale) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The links to a list's first page (when on a later one) and to its next page (when there is one). */
function Pages({ list, paged, next }: { list: "open" | "closed"; paged: boolean; next: string | null }) {
  const t = useT();
  const [searchParams] = useSearchParams();
  if (!paged && !next) return null;
  const href = (cursor: string | null) => {
    const params = new URLSearchParams(searchParams);
    if (cursor) params.set(list, cursor);
    else params.delete(list);
    const query = params.toString();
    return query ? `?${query}` : "/contact/inbox";
  };
  return (
    <p>
      {paged ? <Link to={href(null)}>{t("contact.inbox.firstPage")}</Link> : null}{" "}
      {next ? (
        <Link to={href(next)}>{t(list === "open" ? "contact.inbox.moreOpen" : "contact.inbox.olderClosed")}</Link>
      ) : null}
    </p>
  );
}

export default function ContactInbox() {
  const { open, closed, nextOpen, nextClosed, openPaged, closedPaged, figures, rules, targetDays } =
    useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const t = useT();
  return (
    <>
      <h1>{t("contact.inbox.title")}</h1>
      <p>{t("contact.inbox.intro", { days: targetDays })}</p>
      <section aria-labelledby="open-requests">
        <h2 id="open-requests">{t("contact.inbox.open")}</h2>
        {open.length ? <Requests rows={open} /> : <p>{t("contact.inbox.none")}</p>}
        <Pages list="open" paged={openPaged} next={nextOpen} />
      </section>
      {figures ? (
        <section aria-labelledby="figures">
          <h2 id="figures">{t("contact.figures.title")}</h2>
          <TableWrap label={t("contact.figures.title")}>
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
          </TableWrap>
        </section>
      ) : null}
      {rules?.map((county) => (
        <section key={county.id} className="card" aria-labelledby={`routing-${county.id}`}>
          <h2 id={`routing-${county.id}`}>{t("contact.routing.title", { county: county.name })}</h2>
          <p className="hint">{t("contact.routing.hint")}</p>
          <Form method="post" noValidate>
            <FormError errors={errors} />
            <input type="hidden" name="countyId" value={county.id} />
            {CONTACT_TOPICS.map((topic) => (
              <SelectField
                key={topic}
                id={`route-${county.id}-${topic}`}
                name={`route.${topic}`}
                label={`contact.topic.${topic}`}
                defaultValue={county.contactRoutes.find((r) => r.topic === topic)?.unitId ?? ""}
                errors={errors}
              >
                <option value="">{t("contact.routing.byLiaison")}</option>
                {county.units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </SelectField>
            ))}
            <button type="submit">{t("contact.routing.save")}</button>
          </Form>
        </section>
      ))}
      <section aria-labelledby="closed-requests">
        <h2 id="closed-requests">{t("contact.inbox.closed")}</h2>
        {closed.length ? <Requests rows={closed} /> : <p>{t("contact.inbox.none")}</p>}
        <Pages list="closed" paged={closedPaged} next={nextClosed} />
      </section>
    </>
  );
}
