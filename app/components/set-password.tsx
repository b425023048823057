// The form behind an e-mailed link that sets a password: used by the invitation and the password reset.
import { Form, Link } from "@remix-run/react";
import { useT, type MessageKey } from "~/i18n/i18n";
import type { FieldErrors } from "~/utils/forms";
import { FormError, TextField } from "./form";

export function SetPasswordForm({
  title,
  intro,
  submit,
  token,
  usable,
  errors,
}: {
  title: MessageKey;
  intro: MessageKey;
  submit: MessageKey;
  token: string;
  usable: boolean;
  errors?: FieldErrors;
}) {
  const t = useT();
  return (
    <div className="card narrow">
      <h1>{t(title)}</h1>
      {usable ? (
        <Form method="post" noValidate>
          <p>{t(intro)}</p>
          <FormError errors={errors} />
          <input type="hidden" name="token" value={token} />
          <TextField
            name="password"
            type="password"
            label="password.new"
            hint="password.hint"
            autoComplete="new-password"
            required
            errors={errors}
          />
          <TextField
            name="confirm"
            type="password"
            label="password.confirm"
            autoComplete="new-password"
            required
            errors={errors}
          />
          <button type="submit">{t(submit)}</button>
        </Form>
      ) : (
        <>
          <p role="alert" className="alert">
            {t("errors.tokenInvalid")}
          </p>
          <p>
            <Link to="/forgot-password">{t("login.forgot")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
