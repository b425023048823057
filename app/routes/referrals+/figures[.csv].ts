// The referral figures as a CSV download (/referrals/figures.csv) for the liaison and admins: one row per association and month, UTF-8 with BOM so that Excel reads it right.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { translator, type Locale } from "~/i18n/i18n";
import { referralFigures, type AssociationMonth } from "~/models/referral-figures.server";
import { OUTCOMES } from "~/utils/choices";
import { CSV_FORMAT, csvResponse, csvText } from "~/utils/csv";
import { requirePermission } from "~/utils/permissions.server";
import { TIME_ZONE } from "~/utils/dates";
import { getLocale } from "~/utils/locale.server";

function figuresCsv(rows: AssociationMonth[], locale: Locale): string {
  const t = translator(locale);
  const { decimal } = CSV_FORMAT[locale];
  const header = [
    t("figures.association"),
    t("figures.csv.month"),
    t("figures.sent"),
    t("figures.accepted"),
    t("figures.declined"),
    t("figures.csv.acceptanceRate"),
    t("figures.meetings"),
    t("figures.medianDays"),
    ...OUTCOMES.map((o) => t("figures.csv.outcome", { outcome: t(`referral.outcome.${o}`) })),
  ];
  const lines = rows.map((r) => [
    r.associationName,
    r.month,
    r.sent,
    r.accepted,
    r.declined,
    r.acceptanceRate === null ? null : (Math.round(r.acceptanceRate * 1000) / 10).toFixed(1).replace(".", decimal),
    r.meetings,
    r.medianDaysToMeeting === null ? null : r.medianDaysToMeeting.toFixed(1).replace(".", decimal),
    ...OUTCOMES.map((o) => r.outcomes[o]),
  ]);
  return csvText([header, ...lines], locale);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "referral:figures");
  const locale = await getLocale(request, user);
  const { rows } = await referralFigures(user);
  const fileName = `${translator(locale)("figures.csv.fileName")}-${format(new TZDate(new Date(), TIME_ZONE), "yyyy-MM-dd")}.csv`;
  return csvResponse(figuresCsv(rows, locale), fileName);
}
