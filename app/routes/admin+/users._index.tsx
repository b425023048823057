// Everyone with an account, and inviting a new person by e-mail.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FormError, SelectField, TextField } from "~/components/form";
import { MembershipFields } from "~/components/membership-fields";
import { LOCALES, useT } from "~/i18n/i18n";
import { inviteUser, listUsers } from "~/models/user.server";
import { requirePermission } from "~/utils/permissions.server";
import { choice, email, parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { invalid, problemResponse } from "~/utils/problems.server";
import { ROLES } from "~/utils/choices";
import { membershipOptions, userFields } from "./users.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("admin.users");

const inviteSchema = z.object({ ...userFields, email, locale: choice([...LOCALES]) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "administer");
  const [users, options] = await Promise.all([listUsers(), membershipOptions()]);
  return { users, ...options };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "administer");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(inviteSchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  try {
    await inviteUser(parsed.data, admin);
  } catch (error) {
    return problemResponse(error);
  }
  return data({ invited: parsed.data.email });
}

export default function Users() {
  const { users, counties, associations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const t = useT();
  return (
    <>
      <h1>{t("admin.users")}</h1>
      {actionData && "invited" in actionData ? (
        <p role="status" className="notice">
          {t("admin.invited", { email: actionData.invited })}
        </p>
      ) : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("admin.role")}</th>
              <th scope="col">{t("admin.memberships")}</th>
              <th scope="col">{t("admin.status")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link to={`/admin/users/${u.id}`}>{u.name}</Link>
                  <br />
                  <span className="muted">{u.email}</span>
                </td>
                <td>{t(`role.${u.role}`)}</td>
                <td>
                  {[...u.units.map((m) => m.unit.name), ...u.associations.map((m) => m.association.name)].join(", ")}
                </td>
                <td>{t(`status.${u.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Form method="post" className="card" noValidate>
        <h2>{t("admin.invite")}</h2>
        <FormError errors={errors} />
        <TextField name="email" type="email" label="login.email" required errors={errors} />
        <TextField name="name" label="admin.name" required maxLength={120} errors={errors} />
        <SelectField name="role" label="admin.role" errors={errors}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="locale" label="admin.locale" errors={errors}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </SelectField>
        <MembershipFields counties={counties} associations={associations} errors={errors} />
        <button type="submit">{t("admin.sendInvitation")}</button>
      </Form>
    </>
  );
}
