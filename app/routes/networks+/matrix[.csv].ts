// The representation matrix as a CSV download (/networks/matrix.csv) for the liaison and admins: one row per unit and
// network of its county, with the period of the attendance figures stated in Finnish time (Europe/Helsinki).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { translator } from "~/i18n/i18n";
import { representationMatrix } from "~/models/network.server";
import { csvResponse, csvText } from "~/utils/csv";
import { formatDate, TIME_ZONE } from "~/utils/dates";
import { getLocale } from "~/utils/locale.server";
import { requirePermission } from "~/utils/permissions.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "network:manage");
  const locale = await getLocale(request, user);
  const t = translator(locale);
  const matrix = await representationMatrix(user);
  const names = new Map(matrix.networks.map((n) => [n.id, n.name]));
  const period = `${formatDate(matrix.since, locale)} – ${formatDate(matrix.until, locale)} (${TIME_ZONE})`;
  const yesNo = (value: boolean) => t(value ? "network.yes" : "network.no");
  const header = [
    t("network.csv.county"),
    t("network.csv.unit"),
    t("network.csv.network"),
    t("network.csv.relevant"),
    t("network.csv.representatives"),
    t("network.csv.vacant"),
    t("network.csv.attended"),
    t("network.csv.held"),
    t("network.csv.period"),
  ];
  const lines = matrix.rows.flatMap(({ unit, cells }) =>
    cells.map((cell) => [
      unit.county.name,
      unit.name,
      names.get(cell.networkId) ?? "",
      yesNo(cell.relevant),
      cell.representatives.map((r) => r.name).join(", "),
      yesNo(cell.vacant),
      cell.attended,
      cell.held,
      period,
    ]),
  );
  const fileName = `${t("network.csv.fileName")}-${format(new TZDate(new Date(), TIME_ZONE), "yyyy-MM-dd")}.csv`;
  return csvResponse(csvText([header, ...lines], locale), fileName);
}
