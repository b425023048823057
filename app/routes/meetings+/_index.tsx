// The meetings calendar at /meetings: the meetings the user organises or is invited to, as an agenda of the coming
// weeks or a month grid (?view=month&month=YYYY-MM), filtered by kind and language. Times are Helsinki time in the
// user's language ("ti 14.1. klo 17.00"). Organisers get the link to start a series; everyone the private feed.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { TZDate } from "@date-fns/tz";
import { addMonths, endOfMonth, format, startOfMonth } from "date-fns";
import { INTL_LOCALE, useLocale, useT } from "~/i18n/i18n";
import { calendarFor } from "~/models/meeting.server";
import { requireUser } from "~/utils/auth.server";
import { LANGUAGE_CODES, MEETING_KINDS } from "~/utils/choices";
import { formatMeetingTime, formatTime, TIME_ZONE } from "~/utils/dates";
import { LanguageNames, LanguageOption } from "~/components/language";
import { titled } from "~/utils/meta";
import { hasPermission } from "~/utils/permissions.server";

export const meta = titled("meeting.calendar.title");

const AGENDA_DAYS = 62;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const view = url.searchParams.get("view") === "month" ? "month" : "agenda";
  const kind = (MEETING_KINDS as readonly string[]).includes(url.searchParams.get("kind") ?? "")
    ? (url.searchParams.get("kind") as (typeof MEETING_KINDS)[number])
    : null;
  const language = (LANGUAGE_CODES as readonly string[]).includes(url.searchParams.get("language") ?? "")
    ? url.searchParams.get("language")
    : null;
  const now = new Date();
  const monthParam = /^(\d{4})-(\d{2})$/.exec(url.searchParams.get("month") ?? "");
  const today = new TZDate(now, TIME_ZONE);
  const month =
    monthParam && Number(monthParam[2]) >= 1 && Number(monthParam[2]) <= 12 && Number(monthParam[1]) >= 2000
      ? new TZDate(Number(monthParam[1]), Number(monthParam[2]) - 1, 1, TIME_ZONE)
      : startOfMonth(today);
  const window =
    view === "month"
      ? { from: new Date(startOfMonth(month).getTime()), to: new Date(endOfMonth(month).getTime() + 1) }
      : { from: now, to: new Date(now.getTime() + AGENDA_DAYS * 86_400_000) };
  const occurrences = await calendarFor(user, window, { kind, language });
  return {
    view,
    kind,
    language,
    month: format(month, "yyyy-MM"),
    previous: format(addMonths(month, -1), "yyyy-MM"),
    next: format(addMonths(month, 1), "yyyy-MM"),
    organiser: hasPermission(user, "meeting:organise"),
    occurrences: occurrences.map((o) => ({
      key: `${o.series.id}-${o.originalStart.toISOString()}`,
      seriesId: o.series.id,
      title: o.series.title,
      kind: o.series.kind,
      languages: o.series.languages,
      status: o.series.status,
      start: o.start.toISOString(),
      end: o.end.toISOString(),
      cancelled: o.cancelled,
      moved: o.moved,
    })),
  };
}

type Item = ReturnType<typeof useLoaderData<typeof loader>>["occurrences"][number];

function Entry({ o }: { o: Item }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <Link to={`/meetings/${o.seriesId}`}>{o.title}</Link>{" "}
      <span className="muted">
        {formatMeetingTime(o.start, locale)}–{formatTime(o.end, locale)} · {t(`meeting.kind.${o.kind}`)} ·{" "}
        <LanguageNames codes={o.languages} />
      </span>{" "}
      {o.cancelled ? <span className="badge warn">{t("meeting.occurrence.cancelled")}</span> : null}
      {o.moved ? <span className="badge">{t("meeting.occurrence.moved")}</span> : null}
      {o.status === "draft" ? <span className="badge">{t("meeting.status.draft")}</span> : null}
    </>
  );
}

function MonthGrid({ month, occurrences }: { month: string; occurrences: Item[] }) {
  const t = useT();
  const locale = useLocale();
  const [year, m] = month.split("-").map(Number);
  const first = new TZDate(year, m - 1, 1, TIME_ZONE);
  const days = endOfMonth(first).getDate();
  const offset = (first.getDay() + 6) % 7; // Monday first
  const byDay = new Map<number, Item[]>();
  for (const o of occurrences) {
    const day = new TZDate(new Date(o.start), TIME_ZONE).getDate();
    byDay.set(day, [...(byDay.get(day) ?? []), o]);
  }
  const cells = [...Array(offset).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const weekdayNames = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: "short", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, 0, 1 + i)),
    ),
  );
  return (
    <div className="table-wrap">
      <table className="month">
        <caption>{t("meeting.calendar.monthCaption", { month: format(first, "MM/yyyy") })}</caption>
        <thead>
          <tr>
            {weekdayNames.map((d) => (
              <th scope="col" key={d}>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => (
                <td key={i}>
                  {day ? (
                    <>
                      <span className="day">{day}</span>
                      <ul className="list">
                        {(byDay.get(day) ?? []).map((o) => (
                          <li key={o.key}>
                            <Link to={`/meetings/${o.seriesId}`}>
                              {formatTime(o.start, locale)} {o.title}
                            </Link>
                            {o.cancelled ? (
                              <span className="badge warn">{t("meeting.occurrence.cancelled")}</span>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function MeetingsCalendar() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const filters = (extra: Record<string, string>) =>
    `?${new URLSearchParams({
      ...(data.kind ? { kind: data.kind } : {}),
      ...(data.language ? { language: data.language } : {}),
      ...extra,
    })}`;
  return (
    <>
      <h1>{t("meeting.calendar.title")}</h1>
      <p>{t("meeting.calendar.intro")}</p>
      <p>
        {data.organiser ? (
          <>
            <Link className="button" to="/meetings/new">
              {t("meeting.new")}
            </Link>{" "}
          </>
        ) : null}
        <Link to="/meetings/feed">{t("meeting.feed.title")}</Link>
      </p>
      <Form method="get" className="filters">
        <input type="hidden" name="view" value={data.view} />
        {data.view === "month" ? <input type="hidden" name="month" value={data.month} /> : null}
        <div className="field">
          <label htmlFor="kind">{t("meeting.kindLabel")}</label>
          <select id="kind" name="kind" defaultValue={data.kind ?? ""}>
            <option value="">{t("meeting.calendar.allKinds")}</option>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`meeting.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="language">{t("meeting.languages")}</label>
          <select id="language" name="language" defaultValue={data.language ?? ""}>
            <option value="">{t("meeting.calendar.allLanguages")}</option>
            {LANGUAGE_CODES.map((code) => (
              <LanguageOption key={code} code={code} />
            ))}
          </select>
        </div>
        <button type="submit">{t("meeting.calendar.filter")}</button>
      </Form>
      <nav aria-label={t("meeting.calendar.views")} className="view-switch">
        <Link to={filters({ view: "agenda" })} aria-current={data.view === "agenda" ? "page" : undefined}>
          {t("meeting.calendar.agenda")}
        </Link>{" "}
        <Link
          to={filters({ view: "month", month: data.month })}
          aria-current={data.view === "month" ? "page" : undefined}
        >
          {t("meeting.calendar.month")}
        </Link>
      </nav>
      {data.view === "month" ? (
        <section aria-labelledby="month-heading">
          <h2 id="month-heading">{data.month}</h2>
          <p>
            <Link to={filters({ view: "month", month: data.previous })}>{t("meeting.calendar.previous")}</Link>{" "}
            <Link to={filters({ view: "month", month: data.next })}>{t("meeting.calendar.next")}</Link>
          </p>
          <MonthGrid month={data.month} occurrences={data.occurrences} />
        </section>
      ) : (
        <section aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">{t("meeting.calendar.upcoming")}</h2>
          {data.occurrences.length === 0 ? <p>{t("meeting.calendar.none")}</p> : null}
          <ul className="list">
            {data.occurrences.map((o) => (
              <li key={o.key}>
                <Entry o={o} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
