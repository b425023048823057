// Questions for the county's next annual facilitated session at /picture/questions: anyone of the county sends one
// ahead, anonymously if they wish; the facilitator (the liaison) sees them all, with the asker's name when given.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Checkbox, CountyField, FormError } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useLocale, useT } from "~/i18n/i18n";
import { listQuestions, pictureCounties, submitQuestion } from "~/models/shared-picture.server";
import { formatDate } from "~/utils/dates";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { hasPermission, requirePermission } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { questionSchema } from "./picture.server";

export const meta = titled("picture.questions.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "picture:read");
  const facilitator = hasPermission(user, "picture:edit");
  const [counties, questions] = await Promise.all([pictureCounties(user), facilitator ? listQuestions(user) : null]);
  return { counties, questions };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "picture:read");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(questionSchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  try {
    await submitQuestion(user, parsed.data);
  } catch (error) {
    return problemResponse(error);
  }
  return redirect("/picture/questions?sent=1");
}

export default function SessionQuestions() {
  const { counties, questions } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const [searchParams] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("picture.questions.title")}</h1>
      <p>{t("picture.questions.intro")}</p>
      {searchParams.get("sent") && !errors ? (
        <p className="notice" role="status">
          {t("picture.questions.sent")}
        </p>
      ) : null}
      {counties.length ? (
        <Form method="post" noValidate className="card">
          <FormError errors={errors} />
          <CountyField counties={counties} label="picture.county" errors={errors} />
          <TextArea name="body" label="picture.questions.question" maxLength={2000} rows={4} errors={errors} />
          <Checkbox name="anonymous" label={t("picture.questions.anonymous")} errors={errors} />
          <button type="submit">{t("picture.send")}</button>
        </Form>
      ) : null}
      {questions ? (
        <section aria-labelledby="asked">
          <h2 id="asked">{t("picture.questions.asked", { count: questions.length })}</h2>
          <ol className="thread">
            {questions.map((q) => (
              <li key={q.id}>
                <p className="muted">
                  {q.author?.name ?? t("picture.questions.anonymousAuthor")} · {formatDate(q.createdAt, locale)}
                </p>
                {q.body}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
