// Each role lands here and sees what needs its attention first.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/i18n";
import { Localized } from "~/components/language";
import { textsOf } from "~/utils/languages";
import { HOME_COUNT_CAP, homeFor } from "~/models/attention.server";
import { requireUser } from "~/utils/auth.server";
import { formatDate } from "~/utils/dates";
import { titled } from "~/utils/meta";

export const meta = titled("home.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { name: user.name, home: await homeFor(user), countCap: HOME_COUNT_CAP };
}

/** A count read up to the cap + 1 (HOME_COUNT_CAP in attention.server.ts): "99+" above the cap. */
function useCount() {
  const { countCap } = useLoaderData<typeof loader>();
  return (count: number) => (count > countCap ? `${countCap}+` : String(count));
}

type Home = Awaited<ReturnType<typeof homeFor>>;

function SocialWorkerHome({ home }: { home: Extract<Home, { role: "social_worker" }> }) {
  const t = useT();
  const count = useCount();
  return (
    <>
      <section className="card" aria-labelledby="referrals">
        <h2 id="referrals">{t("nav.referrals")}</h2>
        <p>{t("home.referralsWaiting", { count: count(home.referralsWaiting) })}</p>
        {/* A search straight from home: the directory opens with the results. */}
        <Form method="get" action="/directory" role="search" aria-label={t("directory.searchLabel")}>
          <div className="field">
            <label htmlFor="home-q">{t("directory.query")}</label>
            <input id="home-q" name="q" type="search" maxLength={200} />
          </div>
          <button type="submit" className="secondary">
            {t("directory.search")}
          </button>
        </Form>
        <p className="actions">
          <Link className="button" to="/directory">
            {t("home.findActivity")}
          </Link>
          <Link to="/referrals">{t("home.openReferrals")}</Link>
        </p>
      </section>
      {home.contactWaiting || home.concernsPending ? (
        <section className="card notice" aria-labelledby="unit-inbox">
          <h2 id="unit-inbox">{t("home.forYourUnit")}</h2>
          {home.contactWaiting ? (
            <p>
              <Link to="/contact/inbox">{t("home.contactWaiting", { count: count(home.contactWaiting) })}</Link>
            </p>
          ) : null}
          {home.concernsPending ? (
            <p>
              <Link to="/concerns">{t("home.concernsPending", { count: count(home.concernsPending) })}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
      <section className="card" aria-labelledby="units">
        <h2 id="units">{t("home.yourUnits")}</h2>
        <ul className="list">
          {home.units.map((u) => (
            <li key={u.id}>
              <Link to={`/org/units/${u.id}`}>{u.name}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="new-activities">
        <h2 id="new-activities">{t("home.newActivities")}</h2>
        {home.activities.length === 0 ? (
          <p>{t("home.nothingNew")}</p>
        ) : (
          <ul className="list">
            {home.activities.map((a) => (
              <li key={a.id}>
                <Localized texts={textsOf(a, "title")} /> <span className="muted">– {a.association.name}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function LiaisonHome({ home }: { home: Extract<Home, { role: "liaison" }> }) {
  const t = useT();
  const count = useCount();
  const locale = useLocale();
  return (
    <>
      <section className={home.contactOverdue ? "card notice" : "card"} aria-labelledby="contact-point">
        <h2 id="contact-point">{t("contact.nav.inbox")}</h2>
        <p>
          <Link to="/contact/inbox">{t("home.contactWaiting", { count: count(home.contactWaiting) })}</Link>
        </p>
        {home.contactOverdue ? <p>{t("home.contactOverdue", { count: count(home.contactOverdue) })}</p> : null}
      </section>
      <section className="card" aria-labelledby="stale">
        <h2 id="stale">{t("home.staleProfiles", { count: home.stale.length })}</h2>
        {home.stale.length === 0 ? (
          <p>{t("home.allProfilesCurrent")}</p>
        ) : (
          <ul className="list">
            {home.stale.map((a) => (
              <li key={a.id}>
                <Link to={`/org/associations/${a.id}`}>{a.name}</Link>{" "}
                <span className="badge warn">
                  {t("home.lastReviewed", { date: formatDate(a.lastReviewedAt, locale) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <p>
          <Link to="/path">{t("path.title")}</Link>
        </p>
        <p>{t("home.associationCount", { count: home.associations })}</p>
        <p>{t("home.pendingInvitations", { count: home.pendingInvitations })}</p>
      </section>
    </>
  );
}

function AssociationHome({ home }: { home: Extract<Home, { role: "association_staff" }> }) {
  const t = useT();
  const count = useCount();
  const locale = useLocale();
  return (
    <section aria-labelledby="your-associations">
      <div className={home.newReferrals ? "card notice" : "card"}>
        <p>{t("home.newReferrals", { count: count(home.newReferrals) })}</p>
        <p>
          <Link to="/referrals">{t("home.openReferrals")}</Link>
        </p>
      </div>
      <h2 id="your-associations">{t("home.yourAssociations")}</h2>
      {home.associations.map((a) => (
        <div key={a.id} className="card">
          <h3>
            <Link to={`/org/associations/${a.id}`}>{a.name}</Link>
          </h3>
          <p>{t("home.activityCount", { count: a.activities })}</p>
          <p>
            {a.stale ? <span className="badge warn">{t("home.profileStale")}</span> : null}{" "}
            {t("home.lastReviewed", { date: formatDate(a.lastReviewedAt, locale) })}
          </p>
          <Form method="post" action={`/org/associations/${a.id}`}>
            <button type="submit" name="intent" value="confirm-review" className={a.stale ? undefined : "secondary"}>
              {t("org.confirmReviewed")}
            </button>
          </Form>
        </div>
      ))}
    </section>
  );
}

function AdminHome({ home }: { home: Extract<Home, { role: "admin" }> }) {
  const t = useT();
  return (
    <>
      {home.failingMails > 0 || home.oldQueuedMails > 0 ? (
        <div className="alert" role="status">
          {t("home.mailProblems", { failing: home.failingMails, old: home.oldQueuedMails })}
        </div>
      ) : null}
      <section className="card">
        <p>{t("home.pendingInvitations", { count: home.pendingInvitations })}</p>
        <p>{t("home.adminCounts", home.counts)}</p>
        <p>
          <Link to="/admin">{t("nav.admin")}</Link>
        </p>
      </section>
    </>
  );
}

export default function HomePage() {
  const { name, home } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("home.greeting", { name })}</h1>
      <p className="muted">{t(`role.${home.role}`)}</p>
      {home.role === "social_worker" ? <SocialWorkerHome home={home} /> : null}
      {home.role === "liaison" ? <LiaisonHome home={home} /> : null}
      {home.role === "association_staff" ? <AssociationHome home={home} /> : null}
      {home.role === "admin" ? <AdminHome home={home} /> : null}
      <p className="actions">
        <Link to="/referrals/notices">{t("notice.title")}</Link>
        {home.role === "liaison" || home.role === "admin" ? (
          <Link to="/referrals/figures">{t("figures.title")}</Link>
        ) : null}
        {home.role === "liaison" || home.role === "admin" ? <Link to="/barometer">{t("barometer.title")}</Link> : null}
      </p>
    </>
  );
}
