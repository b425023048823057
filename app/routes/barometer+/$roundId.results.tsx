// A closed or published barometer round's results at /barometer/:roundId/results for its manager: theme scores,
// grades by level against the national 2020 barometer, and obstacles, each as a chart with the same figures in a table;
// the same by organisation type; the change since the county's previous round; the CSV; and, once published, the
// answers to the open question without who wrote them. Any group with fewer than five answers is hidden.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { INTL_LOCALE, useLocale, useT, type Locale } from "~/i18n/i18n";
import { roundAnswers } from "~/models/barometer.server";
import { LEVELS, MIN_GROUP, NATIONAL_2020_GRADES, OBSTACLES, THEMES } from "~/utils/barometer";
import { roundResults, type Change, type GroupResults, type Stat } from "~/utils/barometer-scoring";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { requirePermission } from "~/utils/permissions.server";

export const meta = titled("barometer.results.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "barometer:manage");
  const found = await roundAnswers(user, requireId(params.roundId));
  if (!found) notFound();
  const { round, answers, previous } = found;
  const results = roundResults(answers, previous?.answers ?? null);
  const published = round.status === "published";
  return {
    round: { id: round.id, title: round.title, status: round.status, countyName: round.county.name },
    previousTitle: previous?.title ?? null,
    results,
    // The open answers are shown only once published, only when the round has enough answers, and never with who wrote them.
    openAnswers: published && results.shown ? answers.flatMap((a) => (a.openText ? [a.openText] : [])) : null,
  };
}

const number = (value: number, locale: Locale, digits = 1) =>
  new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: "auto",
  }).format(value);

type Bar = { key: string; label: string; stat: Stat; reference?: number };

// Each bar under its label, so that the chart keeps a readable size on a phone's width.
const ROW = 46;
const WIDTH = 200;

/** A horizontal bar chart of means on a fixed scale, as inline SVG named by its title and described by its values; a
 * reference value, if any, is a dashed line across the bar. The same figures are in the table beside it. */
function MeanChart({
  id,
  title,
  bars,
  max,
  note,
}: {
  id: string;
  title: string;
  bars: Bar[];
  max: number;
  note?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const text = (s: Stat) => (s.hidden ? t("barometer.results.tooFew") : number(s.mean, locale));
  return (
    <figure className="chart barometer-figure">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="barometer-chart"
        viewBox={`0 0 ${WIDTH + 110} ${bars.length * ROW + 4}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{bars.map((b) => `${b.label}: ${text(b.stat)}`).join("; ")}</desc>
        {bars.map((b, i) => {
          const y = i * ROW + 2;
          const width = b.stat.hidden ? 0 : (b.stat.mean / max) * WIDTH;
          const reference = b.reference === undefined ? null : (b.reference / max) * WIDTH;
          return (
            <g key={b.key} aria-hidden="true">
              <text x={0} y={y + 14} fontSize="14" fill="#1a1a1a">
                {b.label.length > 40 ? `${b.label.slice(0, 39)}…` : b.label}
              </text>
              <rect x={0} y={y + 20} width={WIDTH} height={18} fill="#e8eef5" />
              <rect x={0} y={y + 20} width={width} height={18} fill="#0b5394" />
              {reference === null ? null : (
                <line
                  x1={reference}
                  x2={reference}
                  y1={y + 16}
                  y2={y + 42}
                  stroke="#b45309"
                  strokeWidth="3"
                  strokeDasharray="4 2"
                />
              )}
              {/* "Too few answers" is written inside the empty bar, a figure after the bar. */}
              <text x={b.stat.hidden ? 8 : WIDTH + 8} y={y + 34} fontSize="14" fill="#1a1a1a">
                {text(b.stat)}
              </text>
            </g>
          );
        })}
      </svg>
      {note ? <figcaption className="muted">{note}</figcaption> : null}
    </figure>
  );
}

/** A table that may be wider than a phone: its scrolling box can be reached and scrolled with the keyboard too. */
function ScrollingTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take keyboard focus
    <div className="table-wrap" role="group" aria-label={caption} tabIndex={0}>
      {children}
    </div>
  );
}

/** Mean, SD and n of each bar, with the reference column when there is one. */
function StatTable({
  caption,
  head,
  bars,
  reference,
}: {
  caption: string;
  head: string;
  bars: Bar[];
  reference?: string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <ScrollingTable caption={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">{t("barometer.results.mean")}</th>
            <th scope="col">{t("barometer.results.sd")}</th>
            <th scope="col">{t("barometer.results.n")}</th>
            {reference ? <th scope="col">{reference}</th> : null}
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.label}</th>
              {b.stat.hidden ? (
                <td colSpan={3}>{t("barometer.results.tooFew")}</td>
              ) : (
                <>
                  <td>{number(b.stat.mean, locale)}</td>
                  <td>{number(b.stat.sd, locale)}</td>
                  <td>{b.stat.n}</td>
                </>
              )}
              {reference ? <td>{b.reference === undefined ? "" : number(b.reference, locale)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}

/** One measure's section: its chart, and the same figures in a table beside it. */
function ChartSection({
  id,
  title,
  head,
  bars,
  max,
  note,
  reference,
}: {
  id: string;
  title: string;
  head: string;
  bars: Bar[];
  max: number;
  note: string;
  reference?: string;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <MeanChart id={`chart-${id}`} title={title} bars={bars} max={max} note={note} />
      <StatTable caption={title} head={head} bars={bars} reference={reference} />
    </section>
  );
}

function useBars() {
  const t = useT();
  return {
    themes: (g: GroupResults): Bar[] =>
      THEMES.map((theme) => ({ key: theme, label: t(`barometer.theme.${theme}`), stat: g.themes[theme] })),
    grades: (g: GroupResults): Bar[] =>
      LEVELS.map((level) => ({
        key: level,
        label: t(`barometer.level.short.${level}`),
        stat: g.grades[level],
        reference: NATIONAL_2020_GRADES[level],
      })),
    obstacles: (g: GroupResults): Bar[] =>
      OBSTACLES.map((o) => ({ key: o, label: t(`barometer.obstacle.${o}`), stat: g.obstacles[o] })),
  };
}

function ChangeCell({ change }: { change: Change }) {
  const t = useT();
  const locale = useLocale();
  if (change.tooFew) return <td>{t("barometer.results.tooFewToSay")}</td>;
  return <td>{`${change.difference > 0 ? "+" : ""}${number(change.difference, locale)}`}</td>;
}

export default function ResultsPage() {
  const { round, previousTitle, results, openAnswers } = useLoaderData<typeof loader>();
  const t = useT();
  const bars = useBars();
  const reference = t("barometer.results.national2020");
  return (
    <>
      <p>
        <Link to={`/barometer/${round.id}`}>{t("barometer.backToRound")}</Link>
      </p>
      <h1>{t("barometer.results.heading", { title: round.title })}</h1>
      <p className="muted">
        {round.countyName} · {t(`barometer.status.${round.status}`)} ·{" "}
        {t("barometer.results.answers", { count: results.overall.answers })}
      </p>
      {!results.shown ? (
        <p>{t("barometer.results.notEnough", { min: MIN_GROUP })}</p>
      ) : (
        <>
          <p>
            <a href={`/barometer/${round.id}/results.csv`} download>
              {t("barometer.results.downloadCsv")}
            </a>
          </p>
          <p className="muted">{t("barometer.results.hiddenNote", { min: MIN_GROUP })}</p>

          <ChartSection
            id="themes"
            title={t("barometer.results.themes")}
            head={t("barometer.results.theme")}
            bars={bars.themes(results.overall)}
            max={5}
            note={t("barometer.results.themeScale")}
          />
          <ChartSection
            id="grades"
            title={t("barometer.results.grades")}
            head={t("barometer.results.level")}
            bars={bars.grades(results.overall)}
            max={10}
            note={t("barometer.results.referenceNote")}
            reference={reference}
          />
          <ChartSection
            id="obstacles"
            title={t("barometer.results.obstacles")}
            head={t("barometer.results.obstacle")}
            bars={bars.obstacles(results.overall)}
            max={4}
            note={t("barometer.answer.obstacleScale")}
          />

          <section className="card" aria-labelledby="by-type">
            <h2 id="by-type">{t("barometer.results.byOrgType")}</h2>
            {results.byOrgType.length === 0 ? <p>{t("barometer.results.noOrgType", { min: MIN_GROUP })}</p> : null}
            {results.byOrgType.map(({ orgType, results: group }) => (
              <div key={orgType}>
                <h3>{t(`barometer.orgType.${orgType}`)}</h3>
                <StatTable
                  caption={t("barometer.results.themesOf", { group: t(`barometer.orgType.${orgType}`) })}
                  head={t("barometer.results.theme")}
                  bars={bars.themes(group)}
                />
                <StatTable
                  caption={t("barometer.results.gradesOf", { group: t(`barometer.orgType.${orgType}`) })}
                  head={t("barometer.results.level")}
                  bars={bars.grades(group)}
                  reference={reference}
                />
              </div>
            ))}
            {results.hiddenOrgTypes ? (
              <p className="muted">
                {t("barometer.results.hiddenGroups", { count: results.hiddenOrgTypes, min: MIN_GROUP })}
              </p>
            ) : null}
          </section>

          <section className="card" aria-labelledby="change">
            <h2 id="change">{t("barometer.results.change")}</h2>
            {results.comparison && previousTitle ? (
              <ScrollingTable caption={t("barometer.results.changeSince", { title: previousTitle })}>
                <table>
                  <caption>{t("barometer.results.changeSince", { title: previousTitle })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("barometer.results.measure")}</th>
                      <th scope="col">{t("barometer.results.difference")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {THEMES.map((theme) => (
                      <tr key={theme}>
                        <th scope="row">{t(`barometer.theme.${theme}`)}</th>
                        <ChangeCell change={results.comparison!.themes[theme]} />
                      </tr>
                    ))}
                    {LEVELS.map((level) => (
                      <tr key={level}>
                        <th scope="row">{t(`barometer.level.short.${level}`)}</th>
                        <ChangeCell change={results.comparison!.grades[level]} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollingTable>
            ) : (
              <p>{t("barometer.results.firstRound")}</p>
            )}
          </section>

          <section className="card" aria-labelledby="open">
            <h2 id="open">{t("barometer.q.open")}</h2>
            {openAnswers === null ? (
              <p>{t("barometer.results.openAfterPublish")}</p>
            ) : openAnswers.length === 0 ? (
              <p>{t("barometer.results.noOpen")}</p>
            ) : (
              <ul className="list">
                {openAnswers.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
