// Which county units and associations a person belongs to: checkbox groups, used when inviting and editing a user.
import { useT } from "~/i18n/i18n";
import type { FieldErrors } from "~/utils/forms";
import { Checkbox, ErrorText } from "./form";

type Options = {
  counties: { id: string; name: string; units: { id: string; name: string }[] }[];
  associations: { id: string; name: string }[];
};

export function MembershipFields({
  counties,
  associations,
  unitIds = [],
  associationIds = [],
  errors,
}: Options & {
  unitIds?: string[];
  associationIds?: string[];
  errors?: FieldErrors;
}) {
  const t = useT();
  return (
    <>
      <fieldset aria-describedby={errors?.unitIds ? "unitIds-error" : undefined}>
        <legend>{t("admin.units")}</legend>
        {counties.flatMap((county) =>
          county.units.map((unit) => (
            <Checkbox
              key={unit.id}
              name="unitIds"
              value={unit.id}
              label={`${unit.name} (${county.name})`}
              defaultChecked={unitIds.includes(unit.id)}
            />
          )),
        )}
        <ErrorText id="unitIds-error" error={errors?.unitIds} />
      </fieldset>
      <fieldset aria-describedby={errors?.associationIds ? "associationIds-error" : undefined}>
        <legend>{t("admin.associations")}</legend>
        {associations.map((a) => (
          <Checkbox
            key={a.id}
            name="associationIds"
            value={a.id}
            label={a.name}
            defaultChecked={associationIds.includes(a.id)}
          />
        ))}
        <ErrorText id="associationIds-error" error={errors?.associationIds} />
      </fieldset>
    </>
  );
}
