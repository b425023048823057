// An association's own page for its staff: the team, the activities, and the one-click "profile is current".
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { useLocale, useT } from "~/i18n/i18n";
import { confirmAssociationReviewed, getAssociationWithTeam, isStale } from "~/models/association.server";
import { formatDate } from "~/utils/dates";
import { choice } from "~/utils/forms";
import { Localized, LanguageNames, useLocalizedPlain } from "~/components/language";
import { textsOf } from "~/utils/languages";
import { titled } from "~/utils/meta";
import { requireManagedAssociation } from "./associations.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("org.associationTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { association: managed } = await requireManagedAssociation(request, params.associationId);
  const association = (await getAssociationWithTeam(managed.id))!;
  return { association, stale: isStale(association.lastReviewedAt) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { association } = await requireManagedAssociation(request, params.associationId);
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const intent = z.object({ intent: choice(["confirm-review"]) }).safeParse(Object.fromEntries(form.formData));
  if (!intent.success) throw new Response("Bad request", { status: 400 });
  await confirmAssociationReviewed(association.id);
  return redirect(`/org/associations/${association.id}?reviewed=1`);
}

export default function AssociationTeam() {
  const { association, stale } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const plain = useLocalizedPlain();
  return (
    <>
      <h1>{association.name}</h1>
      <section className="card" aria-labelledby="review">
        <h2 id="review">{t("org.profileReview")}</h2>
        <p>
          {stale ? <span className="badge warn">{t("home.profileStale")}</span> : null}{" "}
          {t("home.lastReviewed", { date: formatDate(association.lastReviewedAt, locale) })}
        </p>
        <Form method="post">
          <button type="submit" name="intent" value="confirm-review">
            {t("org.confirmReviewed")}
          </button>
        </Form>
      </section>
      <section className="card" aria-labelledby="team">
        <h2 id="team">{t("org.team")}</h2>
        <ul className="list">
          {association.members.map(({ user }) => (
            <li key={user.id}>
              {user.name} <span className="muted">{user.email}</span>{" "}
              <span className="badge">{t(`status.${user.status}`)}</span>
            </li>
          ))}
        </ul>
      </section>
      <p className="actions">
        <Link className="button" to={`/org/associations/${association.id}/profile`}>
          {t("profile.edit")}
        </Link>
        <Link to={`/directory/associations/${association.id}`}>{t("org.publicProfile")}</Link>
      </p>
      <section className="card" aria-labelledby="activities">
        <h2 id="activities">{t("org.activities")}</h2>
        <ul className="list">
          {association.activities.map((a) => (
            <li key={a.id}>
              <Localized texts={textsOf(a, "title")} />{" "}
              <span className="muted">
                (<LanguageNames codes={a.languages} />)
              </span>{" "}
              <Link
                to={`/org/associations/${association.id}/activities/${a.id}`}
                aria-label={`${t("activityForm.editLink")}: ${plain(textsOf(a, "title"))}`}
              >
                {t("activityForm.editLink")}
              </Link>
            </li>
          ))}
        </ul>
        <p>
          <Link to={`/org/associations/${association.id}/activities/new`}>{t("activityForm.add")}</Link>
        </p>
      </section>
    </>
  );
}
