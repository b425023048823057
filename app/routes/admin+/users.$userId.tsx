// One person's account: name, role and memberships; deactivation and reactivation through the account workflow.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { FormError, SelectField, TextField } from "~/components/form";
import { MembershipFields } from "~/components/membership-fields";
import { useT } from "~/i18n/i18n";
import { changeAccountStatus, getUserForAdmin, updateUser } from "~/models/user.server";
import { accountParty, NotAllowed, requirePermission } from "~/utils/permissions.server";
import { choice, parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { ROLES } from "~/utils/choices";
import { membershipOptions, userFields } from "./users.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("admin.editUser");

const schema = z.discriminatedUnion(
  "intent",
  [z.object({ intent: z.literal("save"), ...userFields }), z.object({ intent: choice(["DEACTIVATE", "REACTIVATE"]) })],
  { errorMap: () => ({ message: "errors.invalidChoice" }) },
);

async function loadUser(userId: string | undefined) {
  const user = await getUserForAdmin(requireId(userId));
  if (!user) notFound();
  return user;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "administer");
  return { user: await loadUser(params.userId), ...(await membershipOptions()) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "administer");
  const user = await loadUser(params.userId);
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(schema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  const input = parsed.data;
  try {
    if (input.intent === "save") await updateUser(user.id, input);
    else {
      if (user.id === admin.id) return invalid({ form: { key: "errors.cannotDeactivateSelf" } });
      const party = accountParty(admin);
      if (!party) throw new NotAllowed();
      await changeAccountStatus(user.id, input.intent, { id: admin.id, party });
    }
  } catch (error) {
    return problemResponse(error);
  }
  return redirect(`/admin/users/${user.id}?saved=1`);
}

export default function EditUser() {
  const { user, counties, associations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const errors = actionData?.errors;
  const [searchParams] = useSearchParams();
  return (
    <>
      <h1>{user.name}</h1>
      {searchParams.get("saved") && !errors ? (
        <p role="status" className="notice">
          {t("admin.saved")}
        </p>
      ) : null}
      <p className="muted">
        {user.email} · {t(`status.${user.status}`)}
      </p>
      <FormError errors={errors} />
      <Form method="post" className="card" noValidate>
        <TextField name="name" label="admin.name" defaultValue={user.name} required maxLength={120} errors={errors} />
        <SelectField name="role" label="admin.role" defaultValue={user.role} errors={errors}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </SelectField>
        <MembershipFields
          counties={counties}
          associations={associations}
          errors={errors}
          unitIds={user.units.map((m) => m.unitId)}
          associationIds={user.associations.map((m) => m.associationId)}
        />
        <button type="submit" name="intent" value="save">
          {t("admin.save")}
        </button>
      </Form>
      <Form method="post" className="card">
        {user.status === "deactivated" ? (
          <button type="submit" name="intent" value="REACTIVATE" className="secondary">
            {t("admin.reactivate")}
          </button>
        ) : (
          <button type="submit" name="intent" value="DEACTIVATE" className="danger">
            {t("admin.deactivate")}
          </button>
        )}
      </Form>
    </>
  );
}
