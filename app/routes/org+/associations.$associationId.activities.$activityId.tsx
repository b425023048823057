// Editing or removing one of an association's activities; the change shows in the directory at once.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActivityForm } from "~/components/activity-form";
import { useT } from "~/i18n/i18n";
import { deleteActivity, getActivityForEdit, updateActivity } from "~/models/association.server";
import { TARGET_GROUPS } from "~/utils/choices";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { invalid } from "~/utils/problems.server";
import { activitySchema, requireManagedAssociation } from "./associations.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("activityForm.editTitle");

async function load(request: Request, params: { associationId?: string; activityId?: string }) {
  const { association } = await requireManagedAssociation(request, params.associationId);
  const activity = await getActivityForEdit(association.id, requireId(params.activityId));
  if (!activity) notFound();
  return { association, activity };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  return load(request, params);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { association, activity } = await load(request, params);
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const formData = form.formData;
  if (formData.get("intent") === "delete") {
    await deleteActivity(association.id, activity.id);
    return redirect(`/org/associations/${association.id}`);
  }
  const parsed = parseForm(activitySchema, formData);
  if (!parsed.ok) return invalid(parsed.errors);
  await updateActivity(association.id, activity.id, parsed.data);
  return redirect(`/directory/activities/${activity.id}`);
}

export default function EditActivity() {
  const { association, activity } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("activityForm.editTitle")}</h1>
      <p className="muted">
        <Link to={`/org/associations/${association.id}`}>{association.name}</Link>
      </p>
      <ActivityForm values={activity} groups={TARGET_GROUPS} errors={actionData?.errors} submitLabel="admin.save" />
      <Form method="post" className="card">
        <button type="submit" name="intent" value="delete" className="danger">
          {t("activityForm.delete")}
        </button>
      </Form>
    </>
  );
}
