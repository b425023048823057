// A new meeting series at /meetings/new, for those who may organise one (a unit's social workers, the county's
// liaison, admins): it starts as a draft; invitations are chosen and the series scheduled on its own page.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormError } from "~/components/form";
import { EMPTY_SERIES, SeriesFields } from "~/components/meeting-series-form";
import { useT } from "~/i18n/i18n";
import { createSeries, organiserChoices } from "~/models/meeting.server";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { requirePermission } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { seriesSchema } from "./meetings.server";

export const meta = titled("meeting.new");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "meeting:organise");
  return organiserChoices(user);
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "meeting:organise");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(seriesSchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  try {
    const series = await createSeries(user, parsed.data);
    return redirect(`/meetings/${series.id}`);
  } catch (error) {
    return problemResponse(error);
  }
}

export default function NewSeries() {
  const { units, associations } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const t = useT();
  return (
    <>
      <h1>{t("meeting.new")}</h1>
      <p>{t("meeting.newIntro")}</p>
      <Form method="post" noValidate className="card">
        <FormError errors={errors} />
        <SeriesFields
          values={{ ...EMPTY_SERIES, unitId: units[0]?.id ?? "" }}
          units={units}
          associations={associations}
          errors={errors}
        />
        <button type="submit">{t("meeting.create")}</button>
      </Form>
    </>
  );
}
