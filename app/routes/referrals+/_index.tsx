// Referrals as each role works with them: the unit's referrals for social workers, the inbox (new, open, closed) for
// association staff, the county's for the liaison. Lists carry no client personal data. Which list a referral is in
// comes from the referral machine's tags.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import type { ReferralStatus } from "@prisma/client";
import { referralMachine, type ReferralTag } from "#workflows/referral/referral.machine";
import { statesWithTag } from "#workflows/states";
import { useLocale, useT, type MessageKey } from "~/i18n/i18n";
import { differenceInCalendarDays } from "date-fns";
import {
  answerDeadline,
  listCursor,
  listReferrals,
  parseListCursor,
  type ListedReferral,
} from "~/models/referral.server";
import { requireUser } from "~/utils/auth.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { Localized } from "~/components/language";
import { textsOf } from "~/utils/languages";
import { titled } from "~/utils/meta";
import { hasPermission } from "~/utils/permissions.server";

export const meta = titled("referral.listTitle");

const ALL = Object.keys(referralMachine.root.states) as ReferralStatus[];
/** A row as the reader needs it: what it is about, from whom, how long it has waited, and by when to answer. */
function row(r: ListedReferral, now: Date) {
  const awaiting = referralMachine.getStateNodeById(`referral.${r.status}`).tags.includes("awaiting_answer");
  return {
    id: r.id,
    status: r.status,
    activity: r.activity,
    associationName: r.associationName,
    unitName: r.unitName,
    sentAt: r.sentAt ?? r.createdAt,
    updatedAt: r.updatedAt,
    waitingDays: awaiting && r.sentAt ? differenceInCalendarDays(now, r.sentAt) : null,
    deadline: awaiting && r.sentAt ? answerDeadline(r.sentAt) : null,
    unopened: awaiting && !r.openedByAssociation,
    meetingAt: r.meetingAt,
    accompaniment: r.accompanimentStatus,
  };
}

type Row = ReturnType<typeof row>;

/**
 * What needs the reader first: in the lists of what waits for them, the longest waiting first (the nearest deadline)
 * within the page; the other lists, the latest change first (their keyset order).
 */
const longestWaitingFirst = (rows: Row[]) => [...rows].sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());

/** The states that carry the tag, or (carries = false) do not, within the given ones. */
function tagged(tag: ReferralTag, carries = true, within: readonly ReferralStatus[] = ALL) {
  const withTag = statesWithTag<ReferralStatus>(referralMachine, tag);
  return within.filter((s) => withTag.includes(s) === carries);
}

/** Each list pages on its own: its key in the URL holds where its page starts. */
type List = { key: string; title: MessageKey; states: ReferralStatus[] };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const open = tagged("open");
  const lists: List[] = [
    ...(user.role === "association_staff"
      ? [
          { key: "new", title: "referral.inboxNew" as const, states: tagged("awaiting_answer") },
          { key: "open", title: "referral.inboxOpen" as const, states: tagged("awaiting_answer", false, open) },
        ]
      : user.role === "social_worker"
        ? [
            { key: "needs", title: "referral.needsYou" as const, states: tagged("county_to_act") },
            { key: "open", title: "referral.inboxOpen" as const, states: tagged("county_to_act", false, open) },
          ]
        : [{ key: "open", title: "referral.inboxOpen" as const, states: open }]),
    { key: "closed", title: "referral.inboxClosed", states: tagged("open", false) },
  ];
  const now = new Date();
  const pages = await Promise.all(
    lists.map(async ({ key, title, states }) => {
      const page = await listReferrals(user, states, parseListCursor(params.get(key)));
      const last = page.rows.at(-1);
      const rows = page.rows.map((r) => row(r, now));
      return {
        key,
        title,
        rows: key === "new" || key === "needs" ? longestWaitingFirst(rows) : rows,
        next: page.more && last ? listCursor(last) : null,
        paged: params.has(key),
      };
    }),
  );
  // The two parties open a referral; the liaison and admins, who may not read it, see who has read its client data.
  const opens: "page" | "access-log" = hasPermission(user, "referral:access-log") ? "access-log" : "page";
  return { role: user.role, opens, lists: pages };
}

type Page = Awaited<ReturnType<typeof loader>>["lists"][number];

function Table({ list, opens }: { list: Page; opens: "page" | "access-log" }) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  /** This list's page moved, the others' kept. */
  const href = (cursor: string | null) => {
    const params = new URLSearchParams(location.search);
    if (cursor) params.set(list.key, cursor);
    else params.delete(list.key);
    return `?${params}`;
  };
  const { title, rows } = list;
  return (
    <section className="card" aria-label={t(title)}>
      <h2>
        {t(title)} ({list.next ? `${rows.length}+` : rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t("referral.none")}</p>
      ) : (
        <ul className="list">
          {rows.map((r) => (
            <li key={r.id}>
              <Link to={opens === "page" ? `/referrals/${r.id}` : `/referrals/${r.id}/access-log`}>
                {r.activity ? (
                  <>
                    <Localized texts={textsOf(r.activity, "title")} /> ({r.associationName})
                  </>
                ) : (
                  r.associationName
                )}
              </Link>{" "}
              <span className="badge">{r.unopened ? t("referral.unopened") : t(`referral.status.${r.status}`)}</span>{" "}
              <span className="muted">
                {r.unitName} · {formatDateTime(r.sentAt, locale)}
                {r.waitingDays !== null ? ` · ${t("referral.waitingDays", { days: r.waitingDays })}` : ""}
                {r.deadline ? ` · ${t("referral.answerBy", { date: formatDate(r.deadline, locale) })}` : ""}
                {r.meetingAt ? ` · ${t("referral.meeting")}: ${formatDateTime(r.meetingAt, locale)}` : ""}
                {r.accompaniment ? ` · ${t(`accompaniment.status.${r.accompaniment}`)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      {list.paged || list.next ? (
        <p>
          {list.paged ? <Link to={href(null)}>{t("referral.newestPage")}</Link> : null}{" "}
          {list.next ? <Link to={href(list.next)}>{t("referral.olderPage")}</Link> : null}
        </p>
      ) : null}
    </section>
  );
}

export default function Referrals() {
  const { role, opens, lists } = useLoaderData<typeof loader>();
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
        <Table key={list.key} list={list} opens={opens} />
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
