// The meetings calendar at /meetings: the meetings the user organises or is invited to, as an agenda of the coming
// weeks or a month grid (?view=month&month=YYYY-MM), filtered by kind and language. The agenda shows AGENDA_PAGE
// meetings at a time, the next ones a "later" link away (?after=<the last one shown>). Times are Helsinki time in the
// user's language ("ti 14.1. klo 17.00"). Organisers get the link to start a series; everyone the private feed.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { TZDate } from "@date-fns/tz";
import { addMonths, endOfMonth, format, startOfMonth } from "date-fns";
import { INTL_LOCALE, useLocale, useT, type Locale } from "~/i18n/i18n";
import { calendarFor } from "~/models/meeting.server";
import { requireUser } from "~/utils/auth.server";
import { LANGUAGE_CODES, MEETING_KINDS } from "~/utils/choices";
import { formatMeetingTime, formatTime, helsinkiWallClock, TIME_ZONE } from "~/utils/dates";
import { perLocale } from "~/utils/intl";
import { LanguageNames, LanguageOption } from "~/components/language";
import { titled } from "~/utils/meta";
import { hasPermission } from "~/utils/permissions.server";

export const meta = titled("meeting.calendar.title");

/** How far ahead of its first meeting one page of the agenda looks, and how many meetings it shows at most. */
const AGENDA_DAYS = 62;
export const AGENDA_PAGE = 40;

/** Where a page of the agenda continues: after this meeting (its start, series and original start). */
type Cursor = { start: Date; seriesId: string; originalStart: Date };
const CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f-]{36})_(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/;

const cursorText = (o: { start: Date; series: { id: string }; originalStart: Date }) =>
  `${o.start.toISOString()}_${o.series.id}_${o.originalStart.toISOString()}`;

/** A cursor from the URL; anything malformed starts from now (the list is lenient like the other lists). */
function parseCursor(value: string | null): Cursor | null {
  const match = CURSOR.exec(value ?? "");
  if (!match) return null;
  const cursor = { start: new Date(match[1]), seriesId: match[2], originalStart: new Date(match[3]) };
  return Number.isNaN(cursor.start.getTime()) || Number.isNaN(cursor.originalStart.getTime()) ? null : cursor;
}

/** Whether an occurrence comes after the cursor in the calendar's order (start, series, original start). */
const afterCursor = (o: { start: Date; series: { id: string }; originalStart: Date }, c: Cursor) =>
  o.start.getTime() - c.start.getTime() ||
  (o.series.id < c.seriesId ? -1 : o.series.id > c.seriesId ? 1 : 0) ||
  o.originalStart.getTime() - c.originalStart.getTime();

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
  const cursor = view === "agenda" ? parseCursor(url.searchParams.get("after")) : null;
  // A later page starts at its cursor (never before now: an old link shows what is still coming).
  const from = cursor && cursor.start > now ? cursor.start : now;
  const window =
    view === "month"
      ? { from: new Date(startOfMonth(month).getTime()), to: new Date(endOfMonth(month).getTime() + 1) }
      : { from, to: new Date(from.getTime() + AGENDA_DAYS * 86_400_000) };
  let occurrences = await calendarFor(user, window, { kind, language });
  let later: string | null = null;
  if (view === "agenda") {
    if (cursor) occurrences = occurrences.filter((o) => afterCursor(o, cursor) > 0);
    if (occurrences.length > AGENDA_PAGE) {
      occurrences = occurrences.slice(0, AGENDA_PAGE);
      later = cursorText(occurrences.at(-1)!);
    }
  }
  return {
    view,
    kind,
    language,
    month: format(month, "yyyy-MM"),
    previous: format(addMonths(month, -1), "yyyy-MM"),
    next: format(addMonths(month, 1), "yyyy-MM"),
    later,
    paged: cursor !== null,
    organiser: hasPermission(user, "meeting:organise"),
    // Only what the page shows; the month grid shows neither the end, kind, languages nor a move.
    occurrences: occurrences.map((o) => ({
      seriesId: o.series.id,
      title: o.series.title,
      start: o.start.toISOString(),
      cancelled: o.cancelled,
      ...(view === "agenda"
        ? {
            originalStart: o.originalStart.toISOString(),
            kind: o.series.kind,
            languages: o.series.languages,
            draft: o.series.status === "draft",
            end: o.end.toISOString(),
            moved: o.moved,
          }
        : {}),
    })),
  };
}

type Item = ReturnType<typeof useLoaderData<typeof loader>>["occurrences"][number];

/** One meeting of the agenda; the texts every row shares are looked up once by the list. */
function Entry({
  o,
  locale,
  texts,
}: {
  o: Item;
  locale: Locale;
  texts: Record<"cancelled" | "moved" | "draft", string>;
}) {
  const t = useT();
  return (
    <li>
      <Link to={`/meetings/${o.seriesId}`}>{o.title}</Link>{" "}
      <span className="muted">
        {formatMeetingTime(o.start, locale)}–{formatTime(o.end!, locale)} · {t(`meeting.kind.${o.kind!}`)} ·{" "}
        <LanguageNames codes={o.languages!} />
      </span>{" "}
      {o.cancelled ? <span className="badge warn">{texts.cancelled}</span> : null}
      {o.moved ? <span className="badge">{texts.moved}</span> : null}
      {o.draft ? <span className="badge">{texts.draft}</span> : null}
    </li>
  );
}

/** The weekday names of the month grid's head, Monday first, per language (built once, not per page). */
const weekdayNames = perLocale((locale) => {
  const names = new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: "short", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, i) => names.format(new Date(Date.UTC(2024, 0, 1 + i))));
});

function MonthGrid({ month, occurrences }: { month: string; occurrences: Item[] }) {
  const t = useT();
  const locale = useLocale();
  const [year, m] = month.split("-").map(Number);
  const first = new TZDate(year, m - 1, 1, TIME_ZONE);
  const days = endOfMonth(first).getDate();
  const offset = (first.getDay() + 6) % 7; // Monday first
  const byDay = new Map<number, Item[]>();
  for (const o of occurrences) {
    const day = helsinkiWallClock(o.start).day;
    const list = byDay.get(day);
    if (list) list.push(o);
    else byDay.set(day, [o]);
  }
  const cancelled = t("meeting.occurrence.cancelled");
  const cells = [...Array(offset).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return (
    <div className="table-wrap">
      <table className="month">
        <caption>{t("meeting.calendar.monthCaption", { month: format(first, "MM/yyyy") })}</caption>
        <thead>
          <tr>
            {weekdayNames(locale).map((d) => (
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
                          <li key={`${o.seriesId}-${o.start}`}>
                            <Link to={`/meetings/${o.seriesId}`}>
                              {formatTime(o.start, locale)} {o.title}
                            </Link>
                            {o.cancelled ? <span className="badge warn">{cancelled}</span> : null}
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

function AgendaList({ occurrences, locale }: { occurrences: Item[]; locale: Locale }) {
  const t = useT();
  const texts = {
    cancelled: t("meeting.occurrence.cancelled"),
    moved: t("meeting.occurrence.moved"),
    draft: t("meeting.status.draft"),
  };
  return (
    <ul className="list">
      {occurrences.map((o) => (
        <Entry key={`${o.seriesId}-${o.originalStart!}`} o={o} locale={locale} texts={texts} />
      ))}
    </ul>
  );
}

export default function MeetingsCalendar() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
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
          <AgendaList occurrences={data.occurrences} locale={locale} />
          {data.paged || data.later ? (
            <p>
              {data.paged ? <Link to={filters({ view: "agenda" })}>{t("meeting.calendar.soonest")}</Link> : null}{" "}
              {data.later ? (
                <Link to={filters({ view: "agenda", after: data.later })}>{t("meeting.calendar.later")}</Link>
              ) : null}
            </p>
          ) : null}
        </section>
      )}
    </>
  );
}
