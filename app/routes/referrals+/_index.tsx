// Referrals as each role works with them: the unit's referrals for social workers, the inbox (new, open, closed) for
// association staff, the county's for the liaison. Lists carry no client personal data.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { OPEN_STATES, type ReferralState } from "#workflows/referral/referral.machine";
import { useLocale, useT, type MessageKey } from "~/i18n/i18n";
import { listReferrals } from "~/models/referral.server";
import { requireUser } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/dates";
import { titled } from "~/utils/meta";

export const meta = titled("referral.listTitle");

const NEW: ReferralState[] = ["sent", "no_answer"];
/** What the social worker has to act on: answers that came back, and times to confirm. */
const FOR_COUNTY: ReferralState[] = ["declined", "no_answer", "meeting_proposed"];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { role: user.role, referrals: await listReferrals(user) };
}

type Row = Awaited<ReturnType<typeof listReferrals>>[number];

function Table({ title, rows }: { title: MessageKey; rows: Row[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-label={t(title)}>
      <h2>{t(title)} ({rows.length})</h2>
      {rows.length === 0 ? <p className="muted">{t("referral.none")}</p> : (
        <ul className="list">
          {rows.map((r) => (
            <li key={r.id}>
              <Link to={`/referrals/${r.id}`}>{r.association.name}</Link>{" "}
              <span className="badge">{t(`referral.status.${r.status as "sent"}`)}</span>{" "}
              <span className="muted">
                {r.unit.name} · {formatDateTime(r.sentAt ?? r.createdAt, locale)}
                {r.meetingAt ? ` · ${t("referral.meeting")}: ${formatDateTime(r.meetingAt, locale)}` : ""}
                {r.accompaniment ? ` · ${t(`accompaniment.status.${r.accompaniment.status as "requested"}`)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function Referrals() {
  const { role, referrals } = useLoaderData<typeof loader>();
  const t = useT();
  const open = referrals.filter((r) => OPEN_STATES.includes(r.status as ReferralState));
  const closed = referrals.filter((r) => !OPEN_STATES.includes(r.status as ReferralState));
  return (
    <>
      <h1>{t("referral.listTitle")}</h1>
      {role === "social_worker" ? <p><Link className="button" to="/referrals/new">{t("referral.newTitle")}</Link></p> : null}
      {role === "association_staff" ? (
        <>
          <Table title="referral.inboxNew" rows={referrals.filter((r) => NEW.includes(r.status as ReferralState))} />
          <Table title="referral.inboxOpen" rows={open.filter((r) => !NEW.includes(r.status as ReferralState))} />
        </>
      ) : role === "social_worker" ? (
        <>
          <Table title="referral.needsYou" rows={referrals.filter((r) => FOR_COUNTY.includes(r.status as ReferralState))} />
          <Table title="referral.inboxOpen" rows={open.filter((r) => !FOR_COUNTY.includes(r.status as ReferralState))} />
        </>
      ) : (
        <Table title="referral.inboxOpen" rows={open} />
      )}
      <Table title="referral.inboxClosed" rows={closed} />
      <p><Link to="/referrals/notices">{t("notice.title")}</Link></p>
      {role === "liaison" || role === "admin" ? <p><Link to="/referrals/figures">{t("figures.title")}</Link></p> : null}
    </>
  );
}
