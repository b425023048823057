// /networks — the association networks of the user's counties (every county for an admin): theme, convener, how many
// member associations and units it concerns; the liaison also finds the representation matrix here.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/i18n";
import { listNetworks } from "~/models/network.server";
import { requireUser } from "~/utils/auth.server";
import { titled } from "~/utils/meta";
import { hasPermission } from "~/utils/permissions.server";
import { TableWrap } from "~/components/table-wrap";

export const meta = titled("network.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { networks: await listNetworks(user), mayManage: hasPermission(user, "network:manage") };
}

export default function NetworksPage() {
  const { networks, mayManage } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("network.list.title")}</h1>
      <p>{t("network.list.intro")}</p>
      {mayManage ? (
        <p>
          <Link to="/networks/new">{t("network.new.title")}</Link> ·{" "}
          <Link to="/networks/matrix">{t("network.matrix.title")}</Link>
        </p>
      ) : null}
      {networks.length ? (
        <TableWrap label={t("network.list.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("network.list.title")}</th>
                <th scope="col">{t("network.theme")}</th>
                <th scope="col">{t("network.convener")}</th>
                <th scope="col">{t("network.members")}</th>
                <th scope="col">{t("network.relevantUnits")}</th>
              </tr>
            </thead>
            <tbody>
              {networks.map((n) => (
                <tr key={n.id}>
                  <th scope="row">
                    <Link to={`/networks/${n.id}`}>{n.name}</Link>
                  </th>
                  <td>{n.theme}</td>
                  <td>{n.convenerAssociation?.name ?? n.convenerUnit?.name ?? t("network.noConvener")}</td>
                  <td>{n._count.members}</td>
                  <td>{n._count.relevance}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("network.list.empty")}</p>
      )}
    </>
  );
}
