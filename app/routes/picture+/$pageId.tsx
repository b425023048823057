// One page of the shared picture at /picture/:id: its text, its version and when it was last reviewed, and its comments
// and suggested changes. Everyone of the county comments or suggests; the liaison edits (a new version), accepts or
// declines suggestions, and marks the page reviewed.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormError, TextField } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useLocale, useT } from "~/i18n/i18n";
import {
  addComment,
  decideSuggestion,
  editPage,
  getPage,
  markReviewed,
  pageCounty,
} from "~/models/shared-picture.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { forbidden, mayEditPicture, requirePermission } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { commentSchema, decisionSchema, editSchema } from "./picture.server";

export const meta = titled("picture.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "picture:read");
  const page = await getPage(user, requireId(params.pageId));
  if (!page) notFound();
  return { page };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "picture:read");
  const id = requireId(params.pageId);
  const page = await pageCounty(user, id);
  if (!page) notFound();
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const intent = form.formData.get("intent");
  if (intent !== "comment" && !mayEditPicture(user, page.countyId)) forbidden();
  try {
    if (intent === "comment") {
      const parsed = parseForm(commentSchema, form.formData);
      if (!parsed.ok) return invalid(parsed.errors, 400, "comment");
      await addComment(user, id, { body: parsed.data.comment, suggestedBody: parsed.data.suggestedBody });
    } else if (intent === "edit") {
      const parsed = parseForm(editSchema, form.formData);
      if (!parsed.ok) return invalid(parsed.errors, 400, "edit");
      await editPage(user, id, parsed.data);
    } else if (intent === "reviewed") {
      await markReviewed(user, id);
    } else if (intent === "accept" || intent === "decline") {
      const parsed = parseForm(decisionSchema, form.formData);
      if (!parsed.ok) return invalid(parsed.errors);
      await decideSuggestion(user, id, parsed.data.commentId, intent === "accept");
    } else {
      return invalid({ form: { key: "errors.invalidChoice" } });
    }
  } catch (error) {
    return problemResponse(error);
  }
  return redirect(`/picture/${id}`);
}

export default function PicturePage() {
  const { page } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const errorsFor = (target: string) => (actionData?.target === target ? actionData.errors : undefined);
  return (
    <>
      <h1>{page.title}</h1>
      <p className="muted">
        {t(`picture.kind.${page.kind}`)} · {t("picture.version", { number: page.version })} ·{" "}
        {t("picture.lastReviewed", { date: formatDate(page.lastReviewedAt, locale) })}
      </p>
      <FormError errors={actionData && !actionData.target ? actionData.errors : undefined} />
      <div className="pre-wrap">{page.body}</div>
      {page.mayEdit ? (
        <Form method="post">
          <button type="submit" name="intent" value="reviewed" className="secondary">
            {t("picture.markReviewed")}
          </button>
        </Form>
      ) : null}
      <section aria-labelledby="comments">
        <h2 id="comments">{t("picture.comments")}</h2>
        {page.comments.length === 0 ? <p>{t("picture.noComments")}</p> : null}
        <ol className="thread">
          {page.comments.map((c) => (
            <li key={c.id}>
              <p className="muted">
                {c.author.name} · {formatDateTime(c.createdAt, locale)} · {t(`picture.commentKind.${c.kind}`)}
                {c.kind === "suggestion" ? ` · ${t(`picture.commentStatus.${c.status}`)}` : ""}
              </p>
              {c.body}
              {c.suggestedBody ? (
                <details>
                  <summary>{t("picture.suggestedText")}</summary>
                  <div className="pre-wrap">{c.suggestedBody}</div>
                </details>
              ) : null}
              {page.mayEdit && c.kind === "suggestion" && c.status === "open" ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="commentId" value={c.id} />
                  <button type="submit" name="intent" value="accept">
                    {t("picture.accept")}
                  </button>{" "}
                  <button type="submit" name="intent" value="decline" className="secondary">
                    {t("picture.decline")}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="comment">
        <h2 id="comment">{t("picture.addComment")}</h2>
        <Form method="post" noValidate>
          <FormError errors={errorsFor("comment")} />
          <input type="hidden" name="intent" value="comment" />
          <TextArea
            name="comment"
            label="picture.commentBody"
            maxLength={3000}
            rows={3}
            errors={errorsFor("comment")}
          />
          <TextArea
            name="suggestedBody"
            label="picture.suggestion"
            maxLength={20000}
            rows={6}
            errors={errorsFor("comment")}
          />
          <button type="submit">{t("picture.send")}</button>
        </Form>
      </section>
      {page.mayEdit ? (
        <section className="card" aria-labelledby="edit">
          <h2 id="edit">{t("picture.edit")}</h2>
          <Form method="post" noValidate>
            <FormError errors={errorsFor("edit")} />
            <input type="hidden" name="intent" value="edit" />
            <TextField
              name="title"
              label="picture.pageTitle"
              maxLength={160}
              defaultValue={page.title}
              errors={errorsFor("edit")}
            />
            <TextArea
              name="body"
              label="picture.body"
              maxLength={20000}
              rows={12}
              defaultValue={page.body}
              errors={errorsFor("edit")}
            />
            <button type="submit">{t("picture.save")}</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
