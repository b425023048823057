// A network's own fields, shared by /networks/new and /networks/:networkId/edit: name, theme, description, the
// convener (one of the county's units or associations, or none) and the member associations of the county.
import { useT } from "~/i18n/i18n";
import type { FieldErrors } from "~/utils/forms";
import { Checkbox, ErrorText, SelectField, TextField } from "./form";
import { TextArea } from "./text-area";

export type NetworkFormValues = {
  name: string;
  theme: string;
  description: string;
  /** "unit:<id>", "association:<id>" or "". */
  convener: string;
  associationIds: string[];
};

export const EMPTY_NETWORK: NetworkFormValues = {
  name: "",
  theme: "",
  description: "",
  convener: "",
  associationIds: [],
};

type Named = { id: string; name: string };

export function NetworkFields({
  values,
  units,
  associations,
  errors,
}: {
  values: NetworkFormValues;
  units: Named[];
  associations: Named[];
  errors?: FieldErrors;
}) {
  const t = useT();
  return (
    <>
      <TextField
        name="name"
        label="network.form.name"
        defaultValue={values.name}
        maxLength={120}
        autoComplete="off"
        required
        errors={errors}
      />
      <TextField
        name="theme"
        label="network.theme"
        defaultValue={values.theme}
        maxLength={120}
        autoComplete="off"
        required
        errors={errors}
      />
      <TextArea
        name="description"
        label="network.form.description"
        defaultValue={values.description}
        maxLength={2000}
        errors={errors}
      />
      <SelectField name="convener" label="network.convener" defaultValue={values.convener} errors={errors}>
        <option value="">{t("network.form.noConvener")}</option>
        {units.length ? (
          <optgroup label={t("network.form.units")}>
            {units.map((u) => (
              <option key={u.id} value={`unit:${u.id}`}>
                {u.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        {associations.length ? (
          <optgroup label={t("network.form.associations")}>
            {associations.map((a) => (
              <option key={a.id} value={`association:${a.id}`}>
                {a.name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </SelectField>
      <fieldset aria-describedby={errors?.associationIds ? "associationIds-error" : undefined}>
        <legend>{t("network.members")}</legend>
        {associations.length ? (
          associations.map((a) => (
            <Checkbox
              key={a.id}
              name="associationIds"
              value={a.id}
              label={a.name}
              defaultChecked={values.associationIds.includes(a.id)}
            />
          ))
        ) : (
          <p className="hint">{t("network.form.noAssociations")}</p>
        )}
        <ErrorText id="associationIds-error" error={errors?.associationIds} />
      </fieldset>
    </>
  );
}
