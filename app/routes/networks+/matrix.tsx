// /networks/matrix — the liaison's picture of representation: a row per unit of their counties, a column per network.
// Each cell says in a symbol and in words (never by colour alone) whether the unit has a representative there (✓ and
// the name), a vacancy (! — the network concerns the unit's work and nobody represents it), or the network does not
// concern the unit (–), and how many of the network's meetings of the last twelve months the unit attended.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/i18n";
import { representationMatrix } from "~/models/network.server";
import { formatDate } from "~/utils/dates";
import { titled } from "~/utils/meta";
import { requirePermission } from "~/utils/permissions.server";
import { TableWrap } from "~/components/table-wrap";

export const meta = titled("network.matrix.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "network:manage");
  return representationMatrix(user);
}

type Cell = ReturnType<typeof useLoaderData<typeof loader>>["rows"][number]["cells"][number];

function MatrixCell({ cell }: { cell: Cell | undefined }) {
  const t = useT();
  const locale = useLocale();
  if (!cell) return <td className="matrix-cell matrix-none">–</td>;
  const state = cell.representatives.length ? "ok" : cell.vacant ? "vacant" : "none";
  return (
    <td className={`matrix-cell matrix-${state}`}>
      {state === "ok" ? (
        <>
          <span aria-hidden="true">✓ </span>
          {cell.representatives
            .map((r) => (r.termEnd ? `${r.name} (– ${formatDate(r.termEnd, locale)})` : r.name))
            .join(", ")}
        </>
      ) : state === "vacant" ? (
        <strong>
          <span aria-hidden="true">! </span>
          {t("network.matrix.vacant")}
        </strong>
      ) : (
        <>
          <span aria-hidden="true">– </span>
          {t("network.matrix.notRelevant")}
        </>
      )}
      {cell.handover ? <span className="matrix-note"> ({t("network.matrix.handover")})</span> : null}
      {cell.proposed ? <span className="matrix-note"> ({t("network.matrix.proposed")})</span> : null}
      {cell.relevant || cell.attended ? (
        <span className="matrix-attendance">
          {t("network.matrix.attendance", { attended: cell.attended, held: cell.held })}
        </span>
      ) : null}
    </td>
  );
}

export default function MatrixPage() {
  const { networks, rows, since, until } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p>
        <Link to="/networks">{t("network.list.title")}</Link>
      </p>
      <h1>{t("network.matrix.title")}</h1>
      <p>{t("network.matrix.intro", { since: formatDate(since, locale), until: formatDate(until, locale) })}</p>
      <p className="hint">{t("network.matrix.legend")}</p>
      <p>
        <a href="/networks/matrix.csv" download>
          {t("network.matrix.csv")}
        </a>
      </p>
      {networks.length ? (
        <TableWrap label={t("network.matrix.title")}>
          <table className="matrix">
            <thead>
              <tr>
                <th scope="col">{t("network.unit")}</th>
                {networks.map((n) => (
                  <th scope="col" key={n.id}>
                    <Link to={`/networks/${n.id}`}>{n.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ unit, cells }) => (
                <tr key={unit.id}>
                  <th scope="row">{unit.name}</th>
                  {networks.map((n) => (
                    <MatrixCell key={n.id} cell={cells.find((c) => c.networkId === n.id)} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("network.matrix.empty")}</p>
      )}
    </>
  );
}
