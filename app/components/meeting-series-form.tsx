// The meeting series form, for a new series and for changing one: what kind, when (a first date, a start time in
// Helsinki time and a repetition derived from the first date, e.g. "monthly on the second Tuesday"), how long, where
// (a place and/or an online link), in which languages, who organises and which association hosts a visit.
import { ChoiceGroup } from "~/components/choice-group";
import { SelectField, TextField } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useT } from "~/i18n/i18n";
import { LANGUAGE_CODES, MEETING_KINDS, MEETING_PATTERNS } from "~/utils/choices";
import type { FieldErrors } from "~/utils/forms";
import { languageChoices } from "./language";

const DURATIONS = ["30", "45", "60", "90", "120", "180", "240"];

export type SeriesFormValues = {
  unitId: string;
  kind: string;
  title: string;
  description: string;
  pattern: string;
  firstDate: string;
  startTime: string;
  durationMinutes: string;
  endKind: "never" | "count" | "until";
  count: string;
  until: string;
  place: string;
  onlineUrl: string;
  languages: string[];
  hostAssociationId: string;
  capacity: string;
};

export const EMPTY_SERIES: SeriesFormValues = {
  unitId: "",
  kind: "introduction",
  title: "",
  description: "",
  pattern: "monthly_weekday",
  firstDate: "",
  startTime: "17:00",
  durationMinutes: "30",
  endKind: "never",
  count: "",
  until: "",
  place: "",
  onlineUrl: "",
  languages: ["fi"],
  hostAssociationId: "",
  capacity: "",
};

export function SeriesFields({
  values,
  units,
  associations,
  errors,
}: {
  values: SeriesFormValues;
  units: { id: string; name: string }[];
  associations: { id: string; name: string }[];
  errors?: FieldErrors;
}) {
  const t = useT();
  return (
    <>
      <SelectField name="unitId" label="meeting.organiserUnit" defaultValue={values.unitId} errors={errors}>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </SelectField>
      <SelectField name="kind" label="meeting.kindLabel" defaultValue={values.kind} errors={errors}>
        {MEETING_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`meeting.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField name="title" label="meeting.titleLabel" maxLength={120} defaultValue={values.title} errors={errors} />
      <TextArea name="description" label="meeting.description" defaultValue={values.description} errors={errors} />
      <TextField
        name="firstDate"
        label="meeting.firstDate"
        type="date"
        defaultValue={values.firstDate}
        errors={errors}
      />
      <TextField
        name="startTime"
        label="meeting.startTime"
        hint="meeting.startTimeHint"
        type="time"
        defaultValue={values.startTime}
        errors={errors}
      />
      <SelectField
        name="durationMinutes"
        label="meeting.duration"
        defaultValue={values.durationMinutes}
        errors={errors}
      >
        {DURATIONS.map((d) => (
          <option key={d} value={d}>
            {t("meeting.minutes", { minutes: d })}
          </option>
        ))}
      </SelectField>
      <SelectField name="pattern" label="meeting.pattern" defaultValue={values.pattern} errors={errors}>
        {MEETING_PATTERNS.map((p) => (
          <option key={p} value={p}>
            {t(`meeting.pattern.${p}`)}
          </option>
        ))}
      </SelectField>
      <SelectField name="endKind" label="meeting.endKind" defaultValue={values.endKind} errors={errors}>
        <option value="never">{t("meeting.end.never")}</option>
        <option value="count">{t("meeting.end.count")}</option>
        <option value="until">{t("meeting.end.until")}</option>
      </SelectField>
      <TextField name="count" label="meeting.count" inputMode="numeric" defaultValue={values.count} errors={errors} />
      <TextField name="until" label="meeting.until" type="date" defaultValue={values.until} errors={errors} />
      <TextField name="place" label="meeting.place" maxLength={200} defaultValue={values.place} errors={errors} />
      <TextField
        name="onlineUrl"
        label="meeting.onlineUrl"
        type="url"
        maxLength={500}
        defaultValue={values.onlineUrl}
        errors={errors}
      />
      <ChoiceGroup
        name="languages"
        legend="meeting.languages"
        options={languageChoices(LANGUAGE_CODES)}
        selected={values.languages}
        errors={errors}
      />
      <SelectField
        name="hostAssociationId"
        label="meeting.hostAssociation"
        defaultValue={values.hostAssociationId}
        errors={errors}
      >
        <option value="">{t("meeting.noHost")}</option>
        {associations.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <TextField
        name="capacity"
        label="meeting.capacity"
        inputMode="numeric"
        defaultValue={values.capacity}
        errors={errors}
      />
    </>
  );
}
