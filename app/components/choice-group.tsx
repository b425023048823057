// A group of checkboxes for picking several values (languages, target groups), with one legend and one error.
import type { ReactNode } from "react";
import { useT, type MessageKey } from "~/i18n/i18n";
import type { FieldErrors } from "~/utils/forms";
import { ErrorText } from "./form";

export function ChoiceGroup({
  name,
  legend,
  options,
  selected,
  errors,
}: {
  name: string;
  legend: MessageKey;
  options: { value: string; label: ReactNode }[];
  selected: string[];
  errors?: FieldErrors;
}) {
  const t = useT();
  return (
    <fieldset className="choice-group" aria-describedby={errors?.[name] ? `${name}-error` : undefined}>
      <legend>{t(legend)}</legend>
      <div className="choices">
        {options.map((option) => (
          <div className="checkbox" key={option.value}>
            <input
              type="checkbox"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              defaultChecked={selected.includes(option.value)}
            />
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      <ErrorText id={`${name}-error`} error={errors?.[name]} />
    </fieldset>
  );
}
