// /path/thresholds — the administrator sets the thresholds of the path's evidence rules for every county; an empty
// field restores the default. The defaults and the allowed ranges live in app/utils/coact-evidence.ts.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormError } from "~/components/form";
import { useT } from "~/i18n/i18n";
import { saveThresholds, thresholdOverrides } from "~/models/coact-facts.server";
import { THRESHOLD_KEYS, THRESHOLDS } from "~/utils/coact-evidence";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { requirePermission } from "~/utils/permissions.server";
import { invalid } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { thresholdsSchema } from "./path.server";

export const meta = titled("path.thresholds.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "path:thresholds");
  return { overrides: await thresholdOverrides() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "path:thresholds");
  const body = await readForm(request);
  if (!body.ok) return body.refusal;
  const parsed = parseForm(thresholdsSchema, body.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  await saveThresholds(user.id, parsed.data);
  return redirect("/path/thresholds?saved=1");
}

export default function ThresholdsPage() {
  const { overrides } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const [search] = useSearchParams();
  const t = useT();
  return (
    <>
      <p>
        <Link to="/path">{t("path.overview.title")}</Link>
      </p>
      <h1>{t("path.thresholds.title")}</h1>
      <p>{t("path.thresholds.intro")}</p>
      {search.get("saved") ? (
        <div className="notice" role="status">
          {t("path.thresholds.saved")}
        </div>
      ) : null}
      <Form method="post" noValidate className="card">
        <FormError errors={errors} />
        {THRESHOLD_KEYS.map((key) => {
          const { min, max, default: fallback } = THRESHOLDS[key];
          const error = errors?.[key];
          return (
            <div className="field" key={key}>
              <label htmlFor={key}>{t(`path.threshold.${key}`)}</label>
              <span id={`${key}-hint`} className="hint">
                {t("path.thresholds.range", { default: fallback, min, max })}
              </span>
              <input
                id={key}
                name={key}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                defaultValue={overrides[key] ?? ""}
                placeholder={String(fallback)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${key}-hint ${key}-error` : `${key}-hint`}
              />
              {error ? (
                <p id={`${key}-error`} className="error">
                  {t(error.key, error.params)}
                </p>
              ) : null}
            </div>
          );
        })}
        <button type="submit">{t("path.thresholds.save")}</button>
      </Form>
    </>
  );
}
