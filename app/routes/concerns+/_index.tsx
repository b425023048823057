// Concern notices at /concerns: association staff see the notices their associations sent (status and outcome only) and
// may send a new one; the receiving unit's social workers see the notices to handle; the liaison sees the county's,
// without personal data.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/i18n";
import { listConcernNotices } from "~/models/concern-notice.server";
import { formatDate } from "~/utils/dates";
import { titled } from "~/utils/meta";
import { hasPermission, requirePermission } from "~/utils/permissions.server";

export const meta = titled("concern.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "concern:read");
  return { notices: await listConcernNotices(user), maySubmit: hasPermission(user, "concern:submit") };
}

export default function ConcernNotices() {
  const { notices, maySubmit } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("concern.title")}</h1>
      <p>{t("concern.intro")}</p>
      {maySubmit ? (
        <p>
          <Link to="/concerns/new" className="button">
            {t("concern.new")}
          </Link>
        </p>
      ) : null}
      {notices.length === 0 ? <p>{t("concern.none")}</p> : null}
      <ul className="list">
        {notices.map((n) => (
          <li key={n.id}>
            <Link to={`/concerns/${n.id}`}>{n.reference}</Link>{" "}
            <span className="badge">{t(`concern.status.${n.status}`)}</span>{" "}
            <span className="muted">
              {n.association.name} → {n.unit.name} · {formatDate(n.createdAt, locale)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
