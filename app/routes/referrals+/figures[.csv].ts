// The referral figures as a CSV download (/referrals/figures.csv) for the liaison and admins: one row per association and month, UTF-8 with BOM so that Excel reads it right.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { translator, type Locale } from "~/i18n/i18n";
import { referralFigures, type AssociationMonth } from "~/models/referral-figures.server";
import { OUTCOMES } from "~/utils/choices";
import { requirePermission } from "~/utils/permissions.server";
import { TIME_ZONE } from "~/utils/dates";
import { getLocale } from "~/utils/locale.server";

/** Spreadsheets in Finnish expect ";" between cells and a decimal comma; in English "," and a decimal point. */
const FORMAT: Record<Locale, { separator: string; decimal: string }> = {
  fi: { separator: ";", decimal: "," },
  en: { separator: ",", decimal: "." },
};

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula gets a leading apostrophe. */
function cell(value: string | number | null, separator: string): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function figuresCsv(rows: AssociationMonth[], locale: Locale): string {
  const t = translator(locale);
  const { separator, decimal } = FORMAT[locale];
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
  return `\uFEFF${[header, ...lines].map((line) => line.map((value) => cell(value, separator)).join(separator)).join("\r\n")}\r\n`;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "referral:figures");
  const locale = await getLocale(request, user);
  const { rows } = await referralFigures(user);
  const fileName = `${translator(locale)("figures.csv.fileName")}-${format(new TZDate(new Date(), TIME_ZONE), "yyyy-MM-dd")}.csv`;
  return new Response(figuresCsv(rows, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
