// Advance notices (step 5) at /referrals/notices: social workers and the liaison tell the county's associations what kinds of clients are coming, without personal data; association staff of the county read them.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ChoiceGroup } from "~/components/choice-group";
import { CountyField, FormError, TextField } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useLocale, useT } from "~/i18n/i18n";
import { createAdvanceNotice, listAdvanceNotices, personalDataErrors } from "~/models/advance-notice.server";
import { mayWriteNotice, requirePermission } from "~/utils/permissions.server";
import { LANGUAGE_CODES } from "~/utils/choices";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { choiceList, longText, parseForm, text, uuid, type FieldErrors } from "~/utils/forms";
import { LanguageNames, languageChoices } from "~/components/language";
import { titled } from "~/utils/meta";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("notice.title");

const MAX_GROUPS = 99;
const MAX_PEOPLE = 999;

/** A whole number typed in a text field; refusals are renamed to the notice's own message below. */
const count = (max: number) =>
  z
    .string({ required_error: "errors.required", invalid_type_error: "errors.required" })
    .trim()
    .min(1, "errors.required")
    .regex(/^\d{1,4}$/, "errors.invalid")
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, "errors.invalid");

const noticeSchema = z.object({
  countyId: uuid,
  groups: count(MAX_GROUPS),
  people: count(MAX_PEOPLE),
  languages: choiceList(LANGUAGE_CODES),
  arriving: text(80),
  needs: longText(300).refine((v) => v.length > 0, "errors.required"),
});

/** The checks zod's messages cannot say well: counts in range, people at least as many as groups, no personal data. */
function noticeErrors(errors: FieldErrors, input?: z.output<typeof noticeSchema>): FieldErrors {
  const result: FieldErrors = { ...errors };
  if (result.groups?.key === "errors.invalid")
    result.groups = { key: "notice.countRange", params: { max: MAX_GROUPS } };
  if (result.people?.key === "errors.invalid")
    result.people = { key: "notice.countRange", params: { max: MAX_PEOPLE } };
  if (input) {
    if (input.people < input.groups) result.people = { key: "notice.peopleFewerThanGroups" };
    Object.assign(result, personalDataErrors(input));
  }
  return result;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "notice:read");
  const writable = user.countyIds.filter((id) => mayWriteNotice(user, id));
  const [notices, counties] = await Promise.all([
    listAdvanceNotices(user),
    db().county.findMany({
      where: { id: { in: writable } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { notices, counties, manyCounties: user.role === "admin" || user.countyIds.length > 1 };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "notice:write");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(noticeSchema, form.formData);
  if (!parsed.ok) return invalid(noticeErrors(parsed.errors));
  const errors = noticeErrors({}, parsed.data);
  if (Object.keys(errors).length) return invalid(errors);
  try {
    await createAdvanceNotice(user, parsed.data);
  } catch (error) {
    return problemResponse(error);
  }
  return redirect("/referrals/notices?saved=1");
}

export default function Notices() {
  const { notices, counties, manyCounties } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const [searchParams] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const languageOptions = languageChoices(LANGUAGE_CODES);
  return (
    <>
      <h1>{t("notice.title")}</h1>
      <p>{t("notice.intro")}</p>
      {searchParams.get("saved") && !errors ? (
        <p className="notice" role="status">
          {t("notice.saved")}
        </p>
      ) : null}

      {counties.length ? (
        <section className="card" aria-labelledby="new-notice">
          <h2 id="new-notice">{t("notice.newTitle")}</h2>
          <p>
            <strong>{t("notice.noPersonalData")}</strong>
          </p>
          <Form method="post" action="/referrals/notices" noValidate>
            <FormError errors={errors} />
            <CountyField counties={counties} label="notice.county" errors={errors} />
            <TextField
              name="groups"
              label="notice.groups"
              hint="notice.groupsHint"
              inputMode="numeric"
              pattern="[0-9]*"
              autoComplete="off"
              errors={errors}
            />
            <TextField
              name="people"
              label="notice.people"
              inputMode="numeric"
              pattern="[0-9]*"
              autoComplete="off"
              errors={errors}
            />
            <ChoiceGroup
              name="languages"
              legend="notice.languages"
              options={languageOptions}
              selected={[]}
              errors={errors}
            />
            <TextField
              name="arriving"
              label="notice.arriving"
              hint="notice.arrivingHint"
              maxLength={80}
              autoComplete="off"
              errors={errors}
            />
            <TextArea name="needs" label="notice.needs" maxLength={300} rows={3} errors={errors} />
            <button type="submit">{t("notice.send")}</button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="notices">
        <h2 id="notices">{t("notice.listTitle")}</h2>
        {notices.length === 0 ? <p>{t("notice.none")}</p> : null}
        {notices.map((n) => (
          <article key={n.id} className="card" aria-labelledby={`notice-${n.id}`}>
            <h3 id={`notice-${n.id}`}>{t("notice.summary", { groups: n.groups, people: n.people })}</h3>
            <dl>
              <dt>{t("notice.arriving")}</dt>
              <dd>{n.arriving}</dd>
              <dt>{t("notice.languages")}</dt>
              <dd>{n.languages.length ? <LanguageNames codes={n.languages} /> : t("notice.languagesNotKnown")}</dd>
              <dt>{t("notice.needs")}</dt>
              <dd>{n.needs}</dd>
              <dt>{t("notice.written")}</dt>
              <dd>{formatDate(n.createdAt, locale)}</dd>
              {manyCounties ? (
                <>
                  <dt>{t("notice.county")}</dt>
                  <dd>{n.countyName}</dd>
                </>
              ) : null}
            </dl>
          </article>
        ))}
      </section>
    </>
  );
}
