// A closed or published barometer round's answers as CSV (/barometer/:roundId/results.csv) for its manager: one row per
// answer, in an order unrelated to who answered when, without the invitee and without the open question's text. A
// round under five answers has no CSV, and the background of an organisation type under five answers is left empty,
// so that no row can be traced to its writer by its background.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { translator, type Locale } from "~/i18n/i18n";
import { roundAnswers, type AnonymousAnswer } from "~/models/barometer.server";
import { CANT_SAY, LEVELS, MIN_GROUP, OBSTACLES, STATEMENTS } from "~/utils/barometer";
import { csvResponse, csvText } from "~/utils/csv";
import { TIME_ZONE } from "~/utils/dates";
import { getLocale } from "~/utils/locale.server";
import { notFound, requireId } from "~/utils/params.server";
import { requirePermission } from "~/utils/permissions.server";

function answersCsv(answers: AnonymousAnswer[], locale: Locale): string {
  const t = translator(locale);
  const perType = new Map<string, number>();
  for (const a of answers) if (a.orgType) perType.set(a.orgType, (perType.get(a.orgType) ?? 0) + 1);
  const header = [
    t("barometer.q.orgType"),
    t("barometer.q.associationSize"),
    t("barometer.q.immigrantMajority"),
    ...STATEMENTS.map((s) => `${s.code}${s.reverse ? ` (${t("barometer.csv.reverse")})` : ""}`),
    ...LEVELS.map((l) => t(`barometer.level.short.${l}`)),
    ...OBSTACLES.map((o) => t(`barometer.obstacle.${o}`)),
  ];
  const lines = answers.map((a) => {
    const shown = a.orgType !== null && (perType.get(a.orgType) ?? 0) >= MIN_GROUP;
    return [
      shown ? t(`barometer.orgType.${a.orgType!}`) : null,
      shown && a.associationSize ? t(`barometer.size.${a.associationSize}`) : null,
      shown && a.immigrantMajority !== null ? t(a.immigrantMajority ? "barometer.yes" : "barometer.no") : null,
      ...STATEMENTS.map((s) => {
        const v = a.items[s.code];
        return v === undefined ? null : v === CANT_SAY ? t("barometer.agree.cantSay") : v;
      }),
      ...LEVELS.map((l) => a.grades[l] ?? null),
      ...OBSTACLES.map((o) => a.obstacles[o] ?? null),
    ];
  });
  return csvText([header, ...lines], locale);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "barometer:manage");
  const found = await roundAnswers(user, requireId(params.roundId));
  if (!found || found.answers.length < MIN_GROUP) notFound();
  const locale = await getLocale(request);
  const fileName = `${translator(locale)("barometer.csv.fileName")}-${format(new TZDate(new Date(), TIME_ZONE), "yyyy-MM-dd")}.csv`;
  return csvResponse(answersCsv(found.answers, locale), fileName);
}
