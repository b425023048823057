// Referrals as each role works with them: the unit's referrals for social workers, the inbox (new, open, closed) for
// association staff, the county's for the liaison. Lists carry no client personal data. Which list a referral is in
// comes from the referral machine's tags.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { referralMachine, type ReferralTag } from "#workflows/referral/referral.machine";
import { useLocale, useT, type MessageKey } from "~/i18n/i18n";
import { listReferrals } from "~/models/referral.server";
import { requireUser } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/dates";
import { titled } from "~/utils/meta";

export const meta = titled("referral.listTitle");

type Row = Awaited<ReturnType<typeof listReferrals>>[number];

/** The referrals of the list whose state carries the tag, or does not. */
function tagged(rows: Row[], tag: ReferralTag, carries = true) {
  return rows.filter((r) => referralMachine.getStateNodeById(`referral.${r.status}`).tags.includes(tag) === carries);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const referrals = await listReferrals(user);
  const open = tagged(referrals, "open");
  const closed = tagged(referrals, "open", false);
  const lists: { title: MessageKey; rows: Row[] }[] =
    user.role === "association_staff"
      ? [
          { title: "referral.inboxNew", rows: tagged(referrals, "awaiting_answer") },
          { title: "referral.inboxOpen", rows: tagged(open, "awaiting_answer", false) },
        ]
      : user.role === "social_worker"
        ? [
            { title: "referral.needsYou", rows: tagged(referrals, "county_to_act") },
            { title: "referral.inboxOpen", rows: tagged(open, "county_to_act", false) },
          ]
        : [{ title: "referral.inboxOpen", rows: open }];
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
              <Link to={`/referrals/${r.id}`}>{r.association.name}</Link>{" "}
              <span className="badge">{t(`referral.status.${r.status}`)}</span>{" "}
              <span className="muted">
                {r.unit.name} · {formatDateTime(r.sentAt ?? r.createdAt, locale)}
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
