// The consent texts by language and version: the admin adds a reviewed translation as a new version (it replaces the
// language's current one; the older stays for the referrals that used it) and can preview it before saving.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { DataItem } from "@prisma/client";
import { z } from "zod";
import { ConsentTextArticle } from "~/components/consent-text";
import { LanguageName } from "~/components/language";
import { ErrorText, FormError, TextField } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useLocale, useT, type MessageKey } from "~/i18n/i18n";
import { addConsentText, listConsentTexts } from "~/models/consent-text.server";
import { FIELD_LABELS, type FieldLabel } from "~/utils/consent-text";
import { DATA_ITEMS, LANGUAGE_CODES } from "~/utils/choices";
import { formatDate } from "~/utils/dates";
import { choice, longText, parseForm, text, type FieldErrors } from "~/utils/forms";
import { namedLanguage, type NamedLanguage } from "~/utils/languages";
import { getLocale } from "~/utils/locale.server";
import { titled } from "~/utils/meta";
import { requirePermission } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("consentAdmin.title");

/** Paragraphs typed one per line; empty lines are dropped. */
const paragraphs = longText(4000)
  .transform((v) =>
    v
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .refine((list) => list.length > 0, "errors.required")
  .refine((list) => list.length <= 20, "errors.tooMany");

/** A date "yyyy-mm-dd" that exists and is not after today (in Finland), stored as that calendar day. */
const reviewDate = z.string({ required_error: "errors.required" }).transform((v, ctx) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!date || date.toISOString().slice(0, 10) !== v.trim()) {
    ctx.addIssue({ code: "custom", message: v.trim() ? "errors.date" : "errors.required" });
    return z.NEVER;
  }
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki" }).format(new Date());
  if (v.trim() > today) ctx.addIssue({ code: "custom", message: "consentAdmin.reviewedInFuture" });
  return date;
});

const itemField = (item: DataItem) => `item_${item}`;
const labelField = (label: FieldLabel) => `label_${label}`;

const content = z.object({
  language: choice(LANGUAGE_CODES),
  versionLabel: text(40),
  title: text(200),
  beforeList: paragraphs,
  afterList: paragraphs,
  ...Object.fromEntries(DATA_ITEMS.map((item) => [itemField(item), text(200)])),
  ...Object.fromEntries(FIELD_LABELS.map((label) => [labelField(label), text(120)])),
});
const schema = z.discriminatedUnion(
  "intent",
  [
    content.extend({ intent: z.literal("preview") }),
    content.extend({ intent: z.literal("add"), reviewerName: text(120), reviewedOn: reviewDate }),
  ],
  { errorMap: () => ({ message: "errors.invalidChoice" }) },
);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "consent-text:manage");
  const locale = await getLocale(request, user);
  const saved = new URL(request.url).searchParams.has("saved");
  // Named here, not in the browser: its Unicode data may name a language differently and break hydration.
  const choices = LANGUAGE_CODES.map((code) => namedLanguage(code, locale));
  return { languages: await listConsentTexts(locale), choices, saved };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "consent-text:manage");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(schema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  const input = parsed.data;
  const field = (name: string) => String((input as Record<string, unknown>)[name]);
  const text = {
    title: input.title,
    beforeList: input.beforeList,
    afterList: input.afterList,
    itemNames: Object.fromEntries(DATA_ITEMS.map((item) => [item, field(itemField(item))])) as Record<DataItem, string>,
    fieldLabels: Object.fromEntries(FIELD_LABELS.map((label) => [label, field(labelField(label))])) as Record<
      FieldLabel,
      string
    >,
  };
  if (input.intent === "preview") {
    const locale = await getLocale(request, user);
    return data({
      preview: { language: namedLanguage(input.language, locale), versionLabel: input.versionLabel, content: text },
    });
  }
  try {
    await addConsentText(user, {
      ...text,
      language: input.language,
      versionLabel: input.versionLabel,
      reviewerName: input.reviewerName,
      reviewedOn: input.reviewedOn,
    });
  } catch (error) {
    return problemResponse(error);
  }
  return redirect("/admin/consent-texts?saved=1");
}

/** The language of the new version, each named in itself (marked with its language) and in the interface language. */
function LanguageChoice({ choices, errors }: { choices: NamedLanguage[]; errors?: FieldErrors }) {
  const t = useT();
  const error = errors?.language;
  return (
    <fieldset id="language" tabIndex={-1} aria-describedby={error ? "language-error" : undefined}>
      <legend>{t("consentAdmin.language")}</legend>
      <div className="choices">
        {choices.map((language) => (
          <div className="checkbox" key={language.code}>
            <input type="radio" id={`language-${language.code}`} name="language" value={language.code} />
            <label htmlFor={`language-${language.code}`}>
              <LanguageName code={language.code} />
            </label>
          </div>
        ))}
      </div>
      <ErrorText id="language-error" error={error} />
    </fieldset>
  );
}

export default function ConsentTexts() {
  const { languages, choices, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const preview = actionData && "preview" in actionData ? actionData.preview : undefined;
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("consentAdmin.title")}</h1>
      <p className="muted">{t("consentAdmin.intro")}</p>
      {saved ? (
        <p role="status" className="notice">
          {t("consentAdmin.saved")}
        </p>
      ) : null}
      {languages.map(({ language, versions }) => (
        <section key={language.code} className="card" aria-labelledby={`versions-${language.code}`}>
          <h2 id={`versions-${language.code}`}>
            <LanguageName code={language.code} />
          </h2>
          <ul className="list">
            {versions.map((v) => (
              <li key={v.id}>
                <strong>{v.versionLabel}</strong>{" "}
                <span className="badge">{t(v.isCurrent ? "consentAdmin.current" : "consentAdmin.older")}</span>
                <br />
                {v.reviewerName && v.reviewedOn
                  ? t("consentAdmin.reviewed", { name: v.reviewerName, date: formatDate(v.reviewedOn, locale) })
                  : t("consentAdmin.notReviewed")}
                {" · "}
                {v.createdBy
                  ? t("consentAdmin.added", { name: v.createdBy.name, date: formatDate(v.createdAt, locale) })
                  : t("consentAdmin.baseText")}
                {v.reviewerName ? (
                  <>
                    {" · "}
                    <Link to={`/referrals/consent-text?text=${v.id}`}>
                      {t("consentAdmin.open", { version: v.versionLabel })}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}

      {/* Keyed by the number of versions, so that the form starts empty again once a version is saved. */}
      <Form
        key={languages.reduce((n, l) => n + l.versions.length, 0)}
        method="post"
        className="card"
        noValidate
        aria-labelledby="add-version"
      >
        <h2 id="add-version">{t("consentAdmin.add")}</h2>
        <p className="hint">{t("consentAdmin.addIntro")}</p>
        <FormError errors={errors} />
        <LanguageChoice choices={choices} errors={errors} />
        <TextField name="versionLabel" label="consentAdmin.versionLabel" maxLength={40} errors={errors} />
        <TextField name="title" label="consentAdmin.textTitle" maxLength={200} errors={errors} />
        <TextArea name="beforeList" label="consentAdmin.beforeList" maxLength={4000} rows={5} errors={errors} />
        <fieldset>
          <legend>{t("consentAdmin.itemNames")}</legend>
          {DATA_ITEMS.map((item) => (
            <TextField
              key={item}
              name={itemField(item)}
              label={`referral.item.${item}`}
              maxLength={200}
              errors={errors}
            />
          ))}
        </fieldset>
        <TextArea name="afterList" label="consentAdmin.afterList" maxLength={4000} rows={5} errors={errors} />
        <fieldset>
          <legend>{t("consentAdmin.fieldLabels")}</legend>
          {FIELD_LABELS.map((label) => (
            <TextField
              key={label}
              name={labelField(label)}
              label={`consentAdmin.field.${label}` as MessageKey}
              maxLength={120}
              errors={errors}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("consentAdmin.review")}</legend>
          <TextField name="reviewerName" label="consentAdmin.reviewer" maxLength={120} errors={errors} />
          <TextField name="reviewedOn" type="date" label="consentAdmin.reviewedOn" errors={errors} />
        </fieldset>
        <p className="actions">
          <button type="submit" name="intent" value="preview" className="secondary">
            {t("consentAdmin.preview")}
          </button>{" "}
          <button type="submit" name="intent" value="add">
            {t("consentAdmin.save")}
          </button>
        </p>
      </Form>

      {preview ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("consentAdmin.previewHeading")}</h2>
          <ConsentTextArticle
            language={preview.language}
            versionLabel={preview.versionLabel}
            content={preview.content}
            level={3}
          />
        </section>
      ) : null}
    </>
  );
}
