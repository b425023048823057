// Labelled form controls that show a field's error in the user's language and tie it to the input for screen readers.
import { useEffect, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { useT, type MessageKey } from "~/i18n/i18n";
import type { FieldError, FieldErrors } from "~/utils/forms";

export function ErrorText({ id, error }: { id: string; error?: FieldError }) {
  const t = useT();
  if (!error) return null;
  return (
    <p id={id} className="error">
      {t(error.key, error.params)}
    </p>
  );
}

type FieldProps = { name: string; label: MessageKey; errors?: FieldErrors; hint?: MessageKey };

export function TextField({
  name,
  id = name,
  label,
  errors,
  hint,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const t = useT();
  const error = errors?.[name];
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {t(hint)}
        </span>
      ) : null}
      <input
        id={id}
        name={name}
        type="text"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

export function SelectField({
  name,
  id = name,
  label,
  errors,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const t = useT();
  const error = errors?.[name];
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...select}
      >
        {children}
      </select>
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

export function Checkbox({
  name,
  label,
  defaultChecked,
  value,
  errors,
}: {
  name: string;
  label: ReactNode;
  defaultChecked?: boolean;
  value?: string;
  errors?: FieldErrors;
}) {
  const id = value ? `${name}-${value}` : name;
  const error = value ? undefined : errors?.[name];
  return (
    <>
      <div className="checkbox">
        {/* Always a value: React would otherwise turn value={undefined} into "", and a ticked box would submit "". */}
        <input
          type="checkbox"
          id={id}
          name={name}
          value={value ?? "on"}
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <ErrorText id={`${id}-error`} error={error} />
    </>
  );
}

/**
 * The form-wide message, if any. When the server answered with errors, it also moves keyboard focus to the first field
 * at fault (or to this message), so that nobody has to hunt for what to fix.
 */
export function FormError({ errors }: { errors?: FieldErrors }) {
  const t = useT();
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!errors) return;
    const invalid = document.querySelector<HTMLElement>("main [aria-invalid='true']");
    (invalid ?? alert.current)?.focus();
  }, [errors]);
  const error = errors?.form;
  if (!error) return null;
  return (
    <div role="alert" className="alert" tabIndex={-1} ref={alert}>
      {t(error.key, error.params)}
    </div>
  );
}
