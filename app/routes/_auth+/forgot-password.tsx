import type { ActionFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { z } from "zod";
import { FormError, TextField } from "~/components/form";
import { useT } from "~/i18n/i18n";
import { requestPasswordReset } from "~/models/user.server";
import { email, parseForm } from "~/utils/forms";
import { getLocale } from "~/utils/locale.server";
import { titled } from "~/utils/meta";
import { invalid } from "~/utils/problems.server";
import { hitRateLimit } from "~/utils/rate-limit.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("forgot.title");

const schema = z.object({ email });

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(schema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  const limit = await hitRateLimit(`reset:${parsed.data.email}`, { limit: 5, windowMs: 60 * 60_000 });
  if (limit.allowed) await requestPasswordReset(parsed.data.email, await getLocale(request));
  // The same answer whether or not the address has an account.
  return { sent: true as const };
}

export default function ForgotPassword() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  return (
    <div className="card narrow">
      <h1>{t("forgot.title")}</h1>
      {actionData && "sent" in actionData ? (
        <p role="status" className="notice">
          {t("forgot.sent")}
        </p>
      ) : (
        <Form method="post" noValidate>
          <p>{t("forgot.intro")}</p>
          <FormError errors={errors} />
          <TextField name="email" type="email" label="login.email" autoComplete="email" required errors={errors} />
          <button type="submit">{t("forgot.submit")}</button>
        </Form>
      )}
      <p>
        <Link to="/login">{t("forgot.backToLogin")}</Link>
      </p>
    </div>
  );
}
