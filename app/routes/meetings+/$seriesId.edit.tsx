// Changing a meeting series at /meetings/:seriesId/edit, for its organisers only: the whole series, or "from this
// meeting on" — then the series ends before that meeting and a successor carries the new values (a split), so the
// meetings already held keep what they were. Every change reaches the invitees' calendars (a higher SEQUENCE).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormError, SelectField } from "~/components/form";
import { SeriesFields, type SeriesFormValues } from "~/components/meeting-series-form";
import { useLocale, useT } from "~/i18n/i18n";
import { EDITABLE, getSeries, organiserChoices, splitSeries, updateSeries } from "~/models/meeting.server";
import { requireUser } from "~/utils/auth.server";
import { formatMeetingTime } from "~/utils/dates";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { forbidden } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { nextOccurrences, patternOf } from "~/utils/recurrence.server";
import { readForm } from "~/utils/request-body.server";
import { occurrence, seriesSchema } from "./meetings.server";

export const meta = titled("meeting.edit");

async function editable(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const found = await getSeries(user, requireId(id));
  if (!found) notFound();
  if (!found.editable || !EDITABLE.includes(found.series.status)) forbidden();
  return { user, series: found.series };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, series } = await editable(request, params.seriesId);
  const { pattern, count, until } = patternOf(series.rrule);
  const values: SeriesFormValues = {
    unitId: series.unitId,
    kind: series.kind,
    title: series.title,
    description: series.description,
    pattern,
    firstDate: series.firstDate.toISOString().slice(0, 10),
    startTime: series.startTime,
    durationMinutes: String(series.durationMinutes),
    endKind: count ? "count" : until ? "until" : "never",
    count: count ? String(count) : "",
    until: until ?? "",
    place: series.place ?? "",
    onlineUrl: series.onlineUrl ?? "",
    languages: series.languages,
    hostAssociationId: series.hostAssociationId ?? "",
    capacity: series.capacity ? String(series.capacity) : "",
  };
  const upcoming =
    series.status === "scheduled"
      ? nextOccurrences(series, series.exceptions, new Date(), 12)
          .filter((o) => o.originalStart > series.firstDate)
          .map((o) => ({ key: o.originalStart.toISOString(), start: o.start }))
      : [];
  return { id: series.id, version: series.version, values, upcoming, ...(await organiserChoices(user)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, series } = await editable(request, params.seriesId);
  const body = await readForm(request);
  if (!body.ok) return body.refusal;
  const parsed = parseForm(seriesSchema, body.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  const version = Number(body.formData.get("version"));
  if (!Number.isInteger(version)) return invalid({ form: { key: "errors.invalid" } });
  const from = body.formData.get("from");
  try {
    if (from) {
      const at = occurrence.safeParse(from);
      if (!at.success) return invalid({ from: { key: "meeting.errors.noSuchOccurrence" } });
      const successor = await splitSeries(user, series.id, { ...parsed.data, from: at.data }, version);
      return redirect(`/meetings/${successor}`);
    }
    await updateSeries(user, series.id, parsed.data, version);
    return redirect(`/meetings/${series.id}`);
  } catch (error) {
    return problemResponse(error);
  }
}

export default function EditSeries() {
  const { id, version, values, upcoming, units, associations } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p>
        <Link to={`/meetings/${id}`}>{t("meeting.backToSeries")}</Link>
      </p>
      <h1>{t("meeting.edit")}</h1>
      <Form method="post" noValidate className="card">
        <FormError errors={errors} />
        <input type="hidden" name="version" value={version} />
        {upcoming.length ? (
          <SelectField name="from" label="meeting.changeFrom" defaultValue="" errors={errors}>
            <option value="">{t("meeting.changeWhole")}</option>
            {upcoming.map((o) => (
              <option key={o.key} value={o.key}>
                {t("meeting.changeFromThis", { time: formatMeetingTime(o.start, locale) })}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SeriesFields values={values} units={units} associations={associations} errors={errors} />
        <button type="submit">{t("meeting.save")}</button>
      </Form>
    </>
  );
}
