// A folded "rename" form for one record in an admin list (county, unit, association).
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/i18n";
import type { FieldErrors } from "~/utils/forms";
import { TextField } from "./form";

export function RenameForm({
  intent,
  id,
  name,
  maxLength,
  errors,
}: {
  intent: string;
  id: string;
  name: string;
  maxLength: number;
  errors?: FieldErrors;
}) {
  const t = useT();
  return (
    <details className="rename" open={errors ? true : undefined}>
      <summary>
        {t("admin.rename")}
        <span className="visually-hidden">: {name}</span>
      </summary>
      <Form method="post" noValidate>
        <input type="hidden" name="id" value={id} />
        <TextField
          name="name"
          id={`rename-${id}`}
          label="admin.newName"
          defaultValue={name}
          required
          maxLength={maxLength}
          errors={errors}
        />
        <button type="submit" name="intent" value={intent} className="secondary">
          {t("admin.save")}
        </button>
      </Form>
    </details>
  );
}
