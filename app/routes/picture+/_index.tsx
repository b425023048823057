// The shared picture at /picture: the county's pages (division of responsibilities, explainers, case examples), each
// with when it was last reviewed; the liaison starts new pages here.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CountyField, FormError, SelectField, TextField } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useLocale, useT } from "~/i18n/i18n";
import { createPage, listPages, pictureCounties } from "~/models/shared-picture.server";
import { formatDate } from "~/utils/dates";
import { PicturePageKind } from "~/utils/enums.generated";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { hasPermission, requirePermission } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { pageSchema } from "./picture.server";

export const meta = titled("picture.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "picture:read");
  const mayEdit = hasPermission(user, "picture:edit");
  const [pages, counties] = await Promise.all([listPages(user), mayEdit ? pictureCounties(user) : []]);
  return { pages, counties, mayEdit };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "picture:edit");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(pageSchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  try {
    const page = await createPage(user, parsed.data);
    return redirect(`/picture/${page.id}`);
  } catch (error) {
    return problemResponse(error);
  }
}

export default function SharedPicture() {
  const { pages, counties, mayEdit } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("picture.title")}</h1>
      <p>{t("picture.intro")}</p>
      <p>
        <Link to="/picture/questions">{t("picture.questions.link")}</Link>
      </p>
      {PicturePageKind.map((kind) => {
        const ofKind = pages.filter((p) => p.kind === kind);
        return ofKind.length ? (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{t(`picture.kind.${kind}`)}</h2>
            <ul className="list">
              {ofKind.map((p) => (
                <li key={p.id}>
                  <Link to={`/picture/${p.id}`}>{p.title}</Link>{" "}
                  <span className="muted">
                    {t("picture.lastReviewed", { date: formatDate(p.lastReviewedAt, locale) })}
                    {p._count.comments ? ` · ${t("picture.openComments", { count: p._count.comments })}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null;
      })}
      {pages.length === 0 ? <p>{t("picture.none")}</p> : null}
      {mayEdit && counties.length ? (
        <section className="card" aria-labelledby="new-page">
          <h2 id="new-page">{t("picture.newPage")}</h2>
          <Form method="post" noValidate>
            <FormError errors={errors} />
            <CountyField counties={counties} label="picture.county" errors={errors} />
            <SelectField name="kind" label="picture.kindLabel" errors={errors}>
              {PicturePageKind.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`picture.kind.${kind}`)}
                </option>
              ))}
            </SelectField>
            <TextField name="title" label="picture.pageTitle" maxLength={160} autoComplete="off" errors={errors} />
            <TextArea name="body" label="picture.body" maxLength={20000} rows={10} errors={errors} />
            <button type="submit">{t("picture.create")}</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
