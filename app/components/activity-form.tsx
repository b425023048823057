// The form for adding or editing an association's activity.
import { Form } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/i18n";
import type { FieldErrors } from "~/utils/forms";
import type { Capacity } from "@prisma/client";
import { CAPACITIES, LANGUAGE_CODES } from "~/utils/choices";
import { languageChoices } from "./language";
import { weekdayName } from "~/utils/dates";
import { ChoiceGroup } from "./choice-group";
import { Checkbox, FormError, SelectField, TextField } from "./form";
import { TextArea } from "./text-area";

export type ActivityValues = {
  titleFi: string;
  titleEn: string;
  titleSv: string | null;
  descriptionFi: string;
  descriptionEn: string;
  descriptionSv: string | null;
  languages: string[];
  targetGroups: string[];
  online: boolean;
  place: string | null;
  weekday: number | null;
  startsAt: string | null;
  endsAt: string | null;
  free: boolean;
  costNote: string | null;
  accessibility: string | null;
  howToJoin: string | null;
  referralWelcome: boolean;
  capacity: Capacity;
};

export const EMPTY_ACTIVITY: ActivityValues = {
  titleFi: "",
  titleEn: "",
  titleSv: null,
  descriptionFi: "",
  descriptionEn: "",
  descriptionSv: null,
  languages: [],
  targetGroups: [],
  online: false,
  place: null,
  weekday: null,
  startsAt: null,
  endsAt: null,
  free: true,
  costNote: null,
  accessibility: null,
  howToJoin: null,
  referralWelcome: true,
  capacity: "open",
};

export function ActivityForm({
  values,
  groups,
  errors,
  submitLabel,
}: {
  values: ActivityValues;
  groups: readonly string[];
  errors?: FieldErrors;
  submitLabel: "activityForm.create" | "admin.save";
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <Form method="post" className="card" noValidate>
      <FormError errors={errors} />
      <TextField
        name="titleFi"
        label="activityForm.titleFi"
        defaultValue={values.titleFi}
        required
        maxLength={160}
        errors={errors}
      />
      <TextField
        name="titleEn"
        label="activityForm.titleEn"
        defaultValue={values.titleEn}
        required
        maxLength={160}
        errors={errors}
      />
      <TextField
        name="titleSv"
        label="activityForm.titleSv"
        defaultValue={values.titleSv ?? ""}
        maxLength={160}
        errors={errors}
      />
      <TextArea
        name="descriptionFi"
        label="activityForm.descriptionFi"
        defaultValue={values.descriptionFi}
        maxLength={2000}
        errors={errors}
      />
      <TextArea
        name="descriptionEn"
        label="activityForm.descriptionEn"
        defaultValue={values.descriptionEn}
        maxLength={2000}
        errors={errors}
      />
      <TextArea
        name="descriptionSv"
        label="activityForm.descriptionSv"
        defaultValue={values.descriptionSv ?? ""}
        maxLength={2000}
        errors={errors}
      />
      <ChoiceGroup
        name="languages"
        legend="profile.languages"
        selected={values.languages}
        errors={errors}
        options={languageChoices(LANGUAGE_CODES)}
      />
      <ChoiceGroup
        name="targetGroups"
        legend="activity.forWhom"
        selected={values.targetGroups}
        errors={errors}
        options={groups.map((g) => ({ value: g, label: t(`group.${g as "women"}`) }))}
      />
      <Checkbox name="online" label={t("activityForm.online")} defaultChecked={values.online} errors={errors} />
      <TextField
        name="place"
        label="activityForm.place"
        defaultValue={values.place ?? ""}
        maxLength={200}
        errors={errors}
      />
      <SelectField name="weekday" label="activityForm.weekday" defaultValue={values.weekday ?? ""} errors={errors}>
        <option value="">{t("activity.byArrangement")}</option>
        {[1, 2, 3, 4, 5, 6, 7].map((d) => (
          <option key={d} value={d}>
            {weekdayName(d, locale)}
          </option>
        ))}
      </SelectField>
      <div className="grid">
        <TextField
          name="startsAt"
          type="time"
          label="activityForm.startsAt"
          hint="activityForm.timeHint"
          defaultValue={values.startsAt ?? ""}
          errors={errors}
        />
        <TextField
          name="endsAt"
          type="time"
          label="activityForm.endsAt"
          defaultValue={values.endsAt ?? ""}
          errors={errors}
        />
      </div>
      <Checkbox name="free" label={t("activity.free")} defaultChecked={values.free} errors={errors} />
      <TextField
        name="costNote"
        label="activityForm.costNote"
        defaultValue={values.costNote ?? ""}
        maxLength={200}
        errors={errors}
      />
      <TextField
        name="accessibility"
        label="activity.accessibility"
        defaultValue={values.accessibility ?? ""}
        maxLength={500}
        errors={errors}
      />
      <TextField
        name="howToJoin"
        label="activity.howToJoin"
        defaultValue={values.howToJoin ?? ""}
        maxLength={500}
        errors={errors}
      />
      <Checkbox
        name="referralWelcome"
        label={t("activityForm.referralWelcome")}
        defaultChecked={values.referralWelcome}
        errors={errors}
      />
      <SelectField name="capacity" label="activity.capacity" defaultValue={values.capacity} errors={errors}>
        {CAPACITIES.map((c) => (
          <option key={c} value={c}>
            {t(`capacity.${c}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" name="intent" value="save">
        {t(submitLabel)}
      </button>
    </Form>
  );
}
