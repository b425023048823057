// /networks/:networkId/report — a printable summary of one network for the county's association advisory board:
// who represented which unit during a chosen period (the last twelve months unless chosen), and how many of the
// network's meetings held in the period each unit came to. Dates are Finnish calendar dates (Europe/Helsinki).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { TZDate } from "@date-fns/tz";
import { format, subMonths } from "date-fns";
import { FormError, TextField } from "~/components/form";
import { useLocale, useT } from "~/i18n/i18n";
import { ATTENDANCE_MONTHS, networkReport } from "~/models/network.server";
import { requireUser } from "~/utils/auth.server";
import { endOfHelsinkiDay, formatDate, helsinkiDateTime, TIME_ZONE } from "~/utils/dates";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { periodSchema } from "./networks.server";
import { TableWrap } from "~/components/table-wrap";

export const meta = titled("network.report.title");

const day = (date: Date) => format(new TZDate(date, TIME_ZONE), "yyyy-MM-dd");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const today = new Date();
  const form = new FormData();
  form.set("from", url.searchParams.get("from") ?? day(subMonths(today, ATTENDANCE_MONTHS)));
  form.set("until", url.searchParams.get("until") ?? day(today));
  const parsed = parseForm(periodSchema, form);
  const period = parsed.ok
    ? { from: String(form.get("from")), until: String(form.get("until")) }
    : { from: day(subMonths(today, ATTENDANCE_MONTHS)), until: day(today) };
  // The period's days are Helsinki calendar days: from the first day's start to the last day's end.
  const from = helsinkiDateTime(`${period.from}T00:00`)!;
  const until = new Date(endOfHelsinkiDay(period.until)!.getTime() + 1000);
  const report = await networkReport(user, requireId(params.networkId), from, until);
  if (!report) notFound();
  return { ...report, ...period, errors: parsed.ok ? undefined : parsed.errors };
}

export default function ReportPage() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const { network } = data;
  const date = (value: string | Date | null) => (value ? formatDate(value, locale) : "");
  return (
    <>
      <p className="no-print">
        <Link to={`/networks/${network.id}`}>{network.name}</Link>
      </p>
      <h1>
        {t("network.report.title")}: {network.name}
      </h1>
      <p>
        {network.county.name} · {network.theme}
      </p>
      <Form method="get" className="card no-print">
        <FormError errors={data.errors} />
        <TextField name="from" label="network.report.from" type="date" defaultValue={data.from} errors={data.errors} />
        <TextField
          name="until"
          label="network.report.until"
          type="date"
          defaultValue={data.until}
          errors={data.errors}
        />
        <button type="submit">{t("network.report.show")}</button>{" "}
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t("network.report.print")}
        </button>
      </Form>
      <p>{t("network.report.period", { from: date(data.from), until: date(data.until) })}</p>

      <h2>{t("network.report.representation")}</h2>
      {data.representatives.length ? (
        <TableWrap label={t("network.report.representation")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("network.unit")}</th>
                <th scope="col">{t("network.person")}</th>
                <th scope="col">{t("network.substitute")}</th>
                <th scope="col">{t("network.term")}</th>
                <th scope="col">{t("network.statusLabel")}</th>
              </tr>
            </thead>
            <tbody>
              {data.representatives.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.unit.name}</th>
                  <td>{r.person.name}</td>
                  <td>{r.substitute?.name ?? t("network.noSubstitute")}</td>
                  <td>
                    {date(r.termStart)} – {date(r.until ?? r.termEnd)}
                  </td>
                  <td>{t(`network.status.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("network.noCurrent")}</p>
      )}

      <h2>{t("network.report.attendance")}</h2>
      <p>{t("network.report.held", { held: data.held })}</p>
      {data.attendance.length ? (
        <TableWrap label={t("network.report.attendance")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("network.unit")}</th>
                <th scope="col">{t("network.csv.relevant")}</th>
                <th scope="col">{t("network.csv.attended")}</th>
              </tr>
            </thead>
            <tbody>
              {data.attendance.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.name}</th>
                  <td>{t(u.relevant ? "network.yes" : "network.no")}</td>
                  <td>{t("network.matrix.attendance", { attended: u.attended, held: data.held })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("network.noRelevant")}</p>
      )}
    </>
  );
}
