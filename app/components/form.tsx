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

/** The county a form is for: a choice when the user works in several, a hidden field when in one, nothing when none. */
export function CountyField({
  counties,
  label,
  errors,
}: {
  counties: { id: string; name: string }[];
  label: MessageKey;
  errors?: FieldErrors;
}) {
  if (counties.length === 0) return null;
  if (counties.length === 1) return <input type="hidden" name="countyId" value={counties[0].id} />;
  return (
    <SelectField name="countyId" label={label} errors={errors}>
      {counties.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </SelectField>
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

/** Moves focus to the field at fault: by its id, else the first input of that name (a group of checkboxes). */
function focusField(name: string) {
  const field =
    document.getElementById(name) ??
    document.querySelector<HTMLElement>(`main [name="${CSS.escape(name)}"][aria-invalid='true']`) ??
    document.querySelector<HTMLElement>(`main [name="${CSS.escape(name)}"]:not([type='hidden'])`);
  field?.focus();
  field?.scrollIntoView({ block: "center" });
}

/**
 * The error summary (the GOV.UK pattern): when the server refused the form, a box at its top says so, lists every
 * problem with a link to its field, and takes the keyboard focus, so that a refused send on a long form is seen at once
 * and each field to fix is one tap away. The message is also given by each field.
 */
export function FormError({ errors }: { errors?: FieldErrors }) {
  const t = useT();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!errors) return;
    summary.current?.focus();
    summary.current?.scrollIntoView({ block: "start" });
  }, [errors]);
  const problems = Object.entries(errors ?? {}).filter((entry): entry is [string, FieldError] => Boolean(entry[1]));
  if (!problems.length) return null;
  return (
    <div className="alert error-summary" tabIndex={-1} ref={summary} aria-labelledby="error-summary-title" role="alert">
      <h2 id="error-summary-title">{t("errors.summaryTitle")}</h2>
      <ul>
        {problems.map(([name, error]) =>
          name === "form" ? (
            <li key={name}>{t(error.key, error.params)}</li>
          ) : (
            <li key={name}>
              <a
                href={`#${name}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(name);
                }}
              >
                {t(error.key, error.params)}
              </a>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
