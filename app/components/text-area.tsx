import type { TextareaHTMLAttributes } from "react";
import { useT, type MessageKey } from "~/i18n/i18n";
import type { FieldErrors } from "~/utils/forms";
import { ErrorText } from "./form";

export function TextArea({
  name,
  label,
  errors,
  ...rest
}: { name: string; label: MessageKey; errors?: FieldErrors } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const t = useT();
  const error = errors?.[name];
  return (
    <div className="field">
      <label htmlFor={name}>{t(label)}</label>
      <textarea
        id={name}
        name={name}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        {...rest}
      />
      <ErrorText id={`${name}-error`} error={error} />
    </div>
  );
}
