// Referrals as each role works with them: the unit's referrals for social workers, the inbox (new, open, closed) for
// association staff, the county's for the liaison. Lists carry no client personal data. Which list a referral is in
// comes from the referral machine's tags.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { referralMachine, type ReferralTag } from "#workflows/referral/referral.machine";
import { useLocale, useT, type MessageKey } from "~/i18n/i18n";
import { differenceInCalendarDays } from "date-fns";
import { answerDeadline, listReferrals } from "~/models/referral.server";
import { requireUser } from "~/utils/auth.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { localized } from "~/utils/languages";
import { titled } from "~/utils/meta";

export const meta = titled("referral.listTitle");

type Listed = Awaited<ReturnType<typeof listReferrals>>[number];

/** A row as the reader needs it: what it is about, from whom, how long it has waited, and by when to answer. */
function row(r: Listed, now: Date) {
  const awaiting = referralMachine.getStateNodeById(`referral.${r.status}`).tags.includes("awaiting_answer");
  return {
    id: r.id,
    status: r.status,
    activity: r.activity,
    associationName: r.association.name,
    unitName: r.unit.name,
    sentAt: r.sentAt ?? r.createdAt,
    updatedAt: r.updatedAt,
    waitingDays: awaiting && r.sentAt ? differenceInCalendarDays(now, r.sentAt) : null,
    deadline: awaiting && r.sentAt ? answerDeadline(r.sentAt) : null,
    unopened: awaiting && r.accessLogs.length === 0,
    meetingAt: r.meetingAt,
    accompaniment: r.accompaniment,
  };
}

type Row = ReturnType<typeof row>;

/** What needs the reader first: the longest waiting first (the nearest deadline), ended ones the latest first. */
const longestWaitingFirst = (rows: Row[]) => [...rows].sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());

/** The referrals of the list whose state carries the tag, or does not. */
function tagged(rows: Row[], tag: ReferralTag, carries = true) {
  return rows.filter((r) => referralMachine.getStateNodeById(`referral.${r.status}`).tags.includes(tag) === carries);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const now = new Date();
  const referrals = (await listReferrals(user)).map((r) => row(r, now));
  const open = tagged(referrals, "open");
  const closed = tagged(referrals, "open", false);
  const lists: { title: MessageKey; rows: Row[] }[] =
    user.role === "association_staff"
      ? [
          { title: "referral.inboxNew", rows: longestWaitingFirst(tagged(referrals, "awaiting_answer")) },
          { title: "referral.inboxOpen", rows: longestWaitingFirst(tagged(open, "awaiting_answer", false)) },
        ]
      : user.role === "social_worker"
        ? [
            { title: "referral.needsYou", rows: longestWaitingFirst(tagged(referrals, "county_to_act")) },
            { title: "referral.inboxOpen", rows: longestWaitingFirst(tagged(open, "county_to_act", false)) },
          ]
        : [{ title: "referral.inboxOpen", rows: longestWaitingFirst(open) }];
  return { role: user.role, lists: [...lists, { title: "referral.inboxClosed" as MessageKey, rows: closed }] };
}

function Table({ title, rows }: { title: MessageKey; rows: Row[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-label={t(title)}>
      <h2>
        {t(title)} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t("referral.none")}</p>
      ) : (
        <ul className="list">
          {rows.map((r) => (
            <li key={r.id}>
              <Link to={`/referrals/${r.id}`}>
                {r.activity
                  ? `${localized(locale, r.activity.titleFi, r.activity.titleEn)} (${r.associationName})`
                  : r.associationName}
              </Link>{" "}
              <span className="badge">{r.unopened ? t("referral.unopened") : t(`referral.status.${r.status}`)}</span>{" "}
              <span className="muted">
                {r.unitName} · {formatDateTime(r.sentAt, locale)}
                {r.waitingDays !== null ? ` · ${t("referral.waitingDays", { days: r.waitingDays })}` : ""}
                {r.deadline ? ` · ${t("referral.answerBy", { date: formatDate(r.deadline, locale) })}` : ""}
                {r.meetingAt ? ` · ${t("referral.meeting")}: ${formatDateTime(r.meetingAt, locale)}` : ""}
                {r.accompaniment ? ` · ${t(`accompaniment.status.${r.accompaniment.status}`)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function Referrals() {
  const { role, lists } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("referral.listTitle")}</h1>
      {role === "social_worker" ? (
        <p>
          <Link className="button" to="/referrals/new">
            {t("referral.newTitle")}
          </Link>
        </p>
      ) : null}
      {lists.map((list) => (
        <Table key={list.title} title={list.title} rows={list.rows} />
      ))}
      <p>
        <Link to="/referrals/notices">{t("notice.title")}</Link>
      </p>
      {role === "liaison" || role === "admin" ? (
        <p>
          <Link to="/referrals/figures">{t("figures.title")}</Link>
        </p>
      ) : null}
    </>
  );
}
