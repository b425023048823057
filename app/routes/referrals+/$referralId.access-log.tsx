// Who has seen a referral's client data: for the liaison and admins, to answer a client's request.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/i18n";
import { accessLogFor } from "~/models/referral.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { accessLogScope, forbidden, requirePermission } from "~/utils/permissions.server";
import { TableWrap } from "~/components/table-wrap";

export const meta = titled("accessLog.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "referral:access-log");
  const id = requireId(params.referralId);
  const referral = await db().referral.findFirst({
    where: { id, ...accessLogScope(user) },
    select: { id: true, association: { select: { name: true } } },
  });
  if (!referral) return (await db().referral.count({ where: { id } })) ? forbidden() : notFound();
  const rows = await accessLogFor(id);
  return {
    referral,
    rows: rows.map((r) => ({
      id: String(r.id),
      at: r.createdAt,
      who: `${r.user.name} (${r.user.email})`,
      organisation: r.organisation,
      fields: r.fields,
      reason: r.reason,
    })),
  };
}

export default function AccessLog() {
  const { referral, rows } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p>
        <Link to="/referrals">{t("referral.backToList")}</Link>
      </p>
      <h1>{t("accessLog.title")}</h1>
      <p className="muted">{referral.association.name}</p>
      <TableWrap label={t("accessLog.title")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("accessLog.when")}</th>
              <th scope="col">{t("accessLog.who")}</th>
              <th scope="col">{t("accessLog.organisation")}</th>
              <th scope="col">{t("accessLog.fields")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{formatDateTime(row.at, locale)}</td>
                <td>{row.who}</td>
                <td>{row.organisation}</td>
                <td>{row.fields.map((f) => t(`referral.item.${f}`)).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {rows.length === 0 ? <p>{t("accessLog.empty")}</p> : null}
    </>
  );
}
