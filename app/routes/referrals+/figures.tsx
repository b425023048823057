// Referral figures at /referrals/figures for the liaison (own county) and admins (all): accessible bar charts, each with the same numbers in a table, and a CSV download.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { INTL_LOCALE, useLocale, useT, type Locale } from "~/i18n/i18n";
import { referralFigures, type Figures } from "~/models/referral-figures.server";
import { OUTCOMES } from "~/utils/choices";
import { requirePermission } from "~/utils/permissions.server";
import { perLocale } from "~/utils/intl";
import { titled } from "~/utils/meta";
import { TableWrap } from "~/components/table-wrap";

export const meta = titled("figures.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "referral:figures");
  const { rows, ...figures } = await referralFigures(user);
  // The table by association and month shows one month at a time, the latest unless another is asked for, so the page
  // stays the same size however long the history; the CSV has every month.
  const months = figures.byMonth.map((m) => m.month);
  const asked = new URL(request.url).searchParams.get("month");
  const month = asked && months.includes(asked) ? asked : (months.at(-1) ?? null);
  const at = month ? months.indexOf(month) : -1;
  return {
    allCounties: user.role === "admin",
    ...figures,
    month,
    previousMonth: at > 0 ? months[at - 1] : null,
    nextMonth: at >= 0 && at < months.length - 1 ? months[at + 1] : null,
    rows: rows.filter((r) => r.month === month),
  };
}

const intlLocale = (locale: Locale) => INTL_LOCALE[locale];

const percents = perLocale(
  (locale) => new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }),
);
const decimals = perLocale((locale) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }));
const months = perLocale(
  (locale) => new Intl.DateTimeFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }),
);

function percent(rate: number | null, locale: Locale): string | null {
  return rate === null ? null : percents(locale).format(rate);
}

function decimal(value: number | null, locale: Locale): string | null {
  return value === null ? null : decimals(locale).format(value);
}

/** "2027-03" as "maaliskuu 2027" / "March 2027". */
function monthName(month: string, locale: Locale): string {
  const [year, m] = month.split("-").map(Number);
  return months(locale).format(new Date(Date.UTC(year, m - 1, 15)));
}

type Bar = { label: string; value: number; text: string };

const ROW = 28;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 320;

/** A horizontal bar chart as inline SVG: named by its title, values also in <desc> and in a table beside it. Bars are
 * scaled to `scale` (1 for shares) or to the largest value. */
function BarChart({ id, title, bars, scale }: { id: string; title: string; bars: Bar[]; scale?: number }) {
  const t = useT();
  if (!bars.length) return null;
  const max = scale ?? (Math.max(...bars.map((b) => b.value), 0) || 1);
  const height = bars.length * ROW + 8;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 90} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{bars.map((b) => `${b.label}: ${b.text}`).join("; ")}</desc>
        {bars.map((b, i) => {
          const width = (Math.max(b.value, 0) / max) * BAR_WIDTH;
          const y = i * ROW + 4;
          return (
            <g key={`${b.label}-${i}`} aria-hidden="true">
              <text x={LABEL_WIDTH - 8} y={y + 15} textAnchor="end" fontSize="13" fill="#1a1a1a">
                {b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={b.value > 0 ? Math.max(width, 1) : 0}
                height={ROW - 10}
                fill="#0b5394"
              />
              <text x={LABEL_WIDTH + width + 6} y={y + 15} fontSize="13" fill="#1a1a1a">
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{t("figures.chartNote")}</figcaption>
    </figure>
  );
}

function Table({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: { key: string; header: ReactNode; cells: (string | number | null)[] }[];
}) {
  const t = useT();
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((c, i) => (
                <td key={i}>{c ?? t("figures.notAvailable")}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function useSummaryCells() {
  const locale = useLocale();
  return (f: Figures) => [
    f.sent,
    f.accepted,
    f.declined,
    percent(f.acceptanceRate, locale),
    f.meetings,
    decimal(f.medianDaysToMeeting, locale),
  ];
}

export default function FiguresPage() {
  const { allCounties, rows, byAssociation, byMonth, total, month, previousMonth, nextMonth } =
    useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const summaryCells = useSummaryCells();
  const summaryHead = [
    t("figures.sent"),
    t("figures.accepted"),
    t("figures.declined"),
    t("figures.acceptanceRate"),
    t("figures.meetings"),
    t("figures.medianDays"),
  ];
  const outcomeLabels = OUTCOMES.map((o) => t(`referral.outcome.${o}`));
  return (
    <>
      <p>
        <Link to="/referrals">{t("referral.backToList")}</Link>
      </p>
      <h1>{t("figures.title")}</h1>
      {allCounties ? <p className="muted">{t("figures.scopeAll")}</p> : null}
      <p>{t("figures.intro")}</p>
      <p>
        <a href="/referrals/figures.csv" download>
          {t("figures.downloadCsv")}
        </a>
      </p>
      {total.sent === 0 ? (
        <p>{t("figures.none")}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="by-month">
            <h2 id="by-month">{t("figures.byMonth")}</h2>
            <BarChart
              id="chart-month"
              title={t("figures.byMonth")}
              bars={byMonth.map((m) => ({ label: monthName(m.month, locale), value: m.sent, text: String(m.sent) }))}
            />
            <Table
              caption={t("figures.byMonth")}
              head={[t("figures.month"), ...summaryHead]}
              rows={[
                ...byMonth.map((m) => ({ key: m.month, header: monthName(m.month, locale), cells: summaryCells(m) })),
                { key: "total", header: t("figures.total"), cells: summaryCells(total) },
              ]}
            />
          </section>

          <section className="card" aria-labelledby="by-association">
            <h2 id="by-association">{t("figures.byAssociation")}</h2>
            <BarChart
              id="chart-acceptance"
              title={t("figures.acceptanceChart")}
              scale={1}
              bars={byAssociation.map((a) => ({
                label: a.associationName,
                value: a.acceptanceRate ?? 0,
                text: percent(a.acceptanceRate, locale) ?? t("figures.notAvailable"),
              }))}
            />
            <BarChart
              id="chart-median"
              title={t("figures.medianChart")}
              bars={byAssociation.map((a) => ({
                label: a.associationName,
                value: a.medianDaysToMeeting ?? 0,
                text:
                  a.medianDaysToMeeting === null
                    ? t("figures.notAvailable")
                    : t("figures.days", { days: decimal(a.medianDaysToMeeting, locale)! }),
              }))}
            />
            <Table
              caption={t("figures.byAssociation")}
              head={[t("figures.association"), ...summaryHead]}
              rows={byAssociation.map((a) => ({
                key: a.associationId,
                header: a.associationName,
                cells: summaryCells(a),
              }))}
            />
          </section>

          <section className="card" aria-labelledby="outcomes">
            <h2 id="outcomes">{t("figures.outcomes")}</h2>
            <BarChart
              id="chart-outcomes"
              title={t("figures.outcomes")}
              bars={OUTCOMES.map((o, i) => ({
                label: outcomeLabels[i],
                value: total.outcomes[o],
                text: String(total.outcomes[o]),
              }))}
            />
            <Table
              caption={t("figures.outcomes")}
              head={[t("figures.outcome"), t("figures.count")]}
              rows={OUTCOMES.map((o, i) => ({ key: o, header: outcomeLabels[i], cells: [total.outcomes[o]] }))}
            />
          </section>

          <section aria-labelledby="detail">
            <h2 id="detail">
              {t("figures.detail")}: {month ? monthName(month, locale) : null}
            </h2>
            <p>
              {previousMonth ? (
                <Link to={`?month=${previousMonth}#detail`}>
                  {t("figures.previousMonth")}: {monthName(previousMonth, locale)}
                </Link>
              ) : null}{" "}
              {nextMonth ? (
                <Link to={`?month=${nextMonth}#detail`}>
                  {t("figures.nextMonth")}: {monthName(nextMonth, locale)}
                </Link>
              ) : null}
            </p>
            <Table
              caption={t("figures.detail")}
              head={[t("figures.association"), t("figures.month"), ...summaryHead, ...outcomeLabels]}
              rows={rows.map((r) => ({
                key: `${r.associationId}-${r.month}`,
                header: r.associationName,
                cells: [monthName(r.month, locale), ...summaryCells(r), ...OUTCOMES.map((o) => r.outcomes[o])],
              }))}
            />
          </section>
        </>
      )}
    </>
  );
}
