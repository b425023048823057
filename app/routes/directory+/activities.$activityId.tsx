// One activity, with everything a participant or a social worker needs to know to join it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/i18n";
import { getUser } from "~/utils/auth.server";
import { isStale } from "~/models/association.server";
import { getPublicActivity } from "~/models/directory.server";
import { formatDate, scheduleText } from "~/utils/dates";
import { LanguageNames, Localized } from "~/components/language";
import { textsOf } from "~/utils/languages";
import { noteDirectoryUse } from "~/models/coact-facts.server";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";

export const meta = titled("directory.activityTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const activity = await getPublicActivity(requireId(params.activityId));
  if (!activity) notFound();
  const user = await getUser(request);
  await noteDirectoryUse(user);
  return { activity, stale: isStale(activity.association.lastReviewedAt), canRefer: user?.role === "social_worker" };
}

export default function PublicActivity() {
  const { activity: a, stale, canRefer } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const schedule = scheduleText(a, locale);
  return (
    <>
      <p>
        <Link to="/directory">{t("directory.back")}</Link>
      </p>
      <h1>
        <Localized texts={textsOf(a, "title")} />
      </h1>
      <p className="muted">
        <Link to={`/directory/associations/${a.association.id}`}>{a.association.name}</Link>
      </p>
      {stale ? (
        <p className="alert">{t("directory.staleLong", { date: formatDate(a.association.lastReviewedAt, locale) })}</p>
      ) : null}
      <p>
        <Localized texts={textsOf(a, "description")} />
      </p>
      <dl className="card">
        <dt>{t("activity.when")}</dt>
        <dd>{schedule ? `${schedule} (${t("activity.helsinkiTime")})` : t("activity.byArrangement")}</dd>
        <dt>{t("activity.where")}</dt>
        <dd>{a.online ? t("directory.online") : (a.place ?? "–")}</dd>
        <dt>{t("profile.languages")}</dt>
        <dd>
          <LanguageNames codes={a.languages} />
        </dd>
        <dt>{t("activity.forWhom")}</dt>
        <dd>{a.targetGroups.map((g) => t(`group.${g as "women"}`)).join(", ") || t("activity.everyone")}</dd>
        <dt>{t("activity.cost")}</dt>
        <dd>{a.free ? t("activity.free") : (a.costNote ?? t("activity.fee"))}</dd>
        {a.accessibility ? (
          <>
            <dt>{t("activity.accessibility")}</dt>
            <dd>{a.accessibility}</dd>
          </>
        ) : null}
        {a.howToJoin ? (
          <>
            <dt>{t("activity.howToJoin")}</dt>
            <dd>{a.howToJoin}</dd>
          </>
        ) : null}
        <dt>{t("activity.referrals")}</dt>
        <dd>{a.referralWelcome ? t("activity.referralWelcome") : t("activity.referralNotWelcome")}</dd>
        <dt>{t("activity.capacity")}</dt>
        <dd>{t(`capacity.${a.capacity}`)}</dd>
        {a.association.contactEmail ? (
          <>
            <dt>{t("profile.contactEmail")}</dt>
            <dd>
              <a href={`mailto:${a.association.contactEmail}`}>{a.association.contactEmail}</a>
            </dd>
          </>
        ) : null}
        {a.association.contactPhone ? (
          <>
            <dt>{t("profile.contactPhone")}</dt>
            <dd>
              <a href={`tel:${a.association.contactPhone}`}>{a.association.contactPhone}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {canRefer && a.referralWelcome ? (
        <p>
          <Link className="button" to={`/referrals/new?activityId=${a.id}`}>
            {t("activity.refer")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
