// Adding a new activity to an association.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ActivityForm, EMPTY_ACTIVITY } from "~/components/activity-form";
import { useT } from "~/i18n/i18n";
import { createActivity } from "~/models/association.server";
import { TARGET_GROUPS } from "~/utils/choices";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { invalid } from "~/utils/problems.server";
import { activitySchema, requireManagedAssociation } from "./associations.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("activityForm.newTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { association } = await requireManagedAssociation(request, params.associationId);
  return { association };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { association } = await requireManagedAssociation(request, params.associationId);
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(activitySchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  const { id } = await createActivity(association.id, parsed.data);
  return redirect(`/directory/activities/${id}`);
}

export default function NewActivity() {
  const { association } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("activityForm.newTitle")}</h1>
      <p className="muted">{association.name}</p>
      <ActivityForm
        values={EMPTY_ACTIVITY}
        groups={TARGET_GROUPS}
        errors={actionData?.errors}
        submitLabel="activityForm.create"
      />
    </>
  );
}
