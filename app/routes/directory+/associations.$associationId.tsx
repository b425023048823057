// An association's public profile: who they are, how to reach them, what they do.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/i18n";
import { isStale } from "~/models/association.server";
import { getPublicAssociation } from "~/models/directory.server";
import { formatDate, scheduleText } from "~/utils/dates";
import { LanguageNames, Localized } from "~/components/language";
import { localized, textsOf } from "~/utils/languages";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";

export const meta = titled("directory.associationTitle");

export async function loader({ params }: LoaderFunctionArgs) {
  const association = await getPublicAssociation(requireId(params.associationId));
  if (!association) notFound();
  return { association, stale: isStale(association.lastReviewedAt) };
}

export default function PublicAssociation() {
  const { association: a, stale } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p>
        <Link to="/directory">{t("directory.back")}</Link>
      </p>
      <div className="profile-head">
        {a.logo ? (
          <img
            src={`/directory/associations/${a.id}/logo?v=${new Date(a.logo.updatedAt).getTime()}`}
            alt=""
            width={96}
            height={96}
          />
        ) : null}
        <h1>{a.name}</h1>
      </div>
      <p className="muted">
        {t(`associationKind.${a.kind}`)}
        {a.volunteerRun ? ` · ${t("admin.volunteerRun")}` : ""}
        {a.multicultural ? ` · ${t("admin.multicultural")}` : ""}
        {" · "}
        {a.municipalities.join(", ")}
      </p>
      {stale ? (
        <p className="alert">{t("directory.staleLong", { date: formatDate(a.lastReviewedAt, locale) })}</p>
      ) : null}
      <p>
        <Localized texts={textsOf(a, "summary")} />
      </p>
      {localized(locale, textsOf(a, "description")).text ? (
        <p>
          <Localized texts={textsOf(a, "description")} />
        </p>
      ) : null}
      <section className="card" aria-labelledby="contact">
        <h2 id="contact">{t("directory.contact")}</h2>
        <dl>
          {a.contactEmail ? (
            <>
              <dt>{t("profile.contactEmail")}</dt>
              <dd>
                <a href={`mailto:${a.contactEmail}`}>{a.contactEmail}</a>
              </dd>
            </>
          ) : null}
          {a.contactPhone ? (
            <>
              <dt>{t("profile.contactPhone")}</dt>
              <dd>
                <a href={`tel:${a.contactPhone}`}>{a.contactPhone}</a>
              </dd>
            </>
          ) : null}
          {a.website ? (
            <>
              <dt>{t("profile.website")}</dt>
              <dd>
                <a href={a.website} rel="noopener noreferrer">
                  {a.website}
                </a>
              </dd>
            </>
          ) : null}
          <dt>{t("profile.languages")}</dt>
          <dd>
            <LanguageNames codes={a.languages} />
          </dd>
          <dt>{t("directory.accompaniment")}</dt>
          <dd>
            {[a.offersPickup ? t("directory.pickup") : null, a.offersInterpreting ? t("directory.interpreting") : null]
              .filter(Boolean)
              .join(", ") || t("directory.none")}
          </dd>
          <dt>{t("admin.lastReviewed")}</dt>
          <dd>{formatDate(a.lastReviewedAt, locale)}</dd>
        </dl>
      </section>
      <section aria-labelledby="activities">
        <h2 id="activities">{t("org.activities")}</h2>
        <ul className="list">
          {a.activities.map((activity) => (
            <li key={activity.id}>
              <Link to={`/directory/activities/${activity.id}`}>
                <Localized texts={textsOf(activity, "title")} />
              </Link>
              <span className="muted">
                {" "}
                · {activity.online ? t("directory.online") : activity.place}
                {scheduleText(activity, locale) ? ` · ${scheduleText(activity, locale)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
