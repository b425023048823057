// All associations, and adding a new one (its staff then keep the profile current themselves).
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { Checkbox, FormError, SelectField, TextField } from "~/components/form";
import { useLocale, useT } from "~/i18n/i18n";
import { RenameForm } from "~/components/rename-form";
import { createAssociation, listAssociations, renameAssociation } from "~/models/association.server";
import { countyExists, listCountiesWithUnits } from "~/models/county.server";
import { requirePermission } from "~/utils/permissions.server";
import { ASSOCIATION_KINDS } from "~/utils/choices";
import { formatDate } from "~/utils/dates";
import { checkbox, choice, parseForm, text, uuid } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { invalid } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("admin.associations");

const schema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("create"),
      name: text(160),
      countyId: uuid,
      kind: choice(ASSOCIATION_KINDS),
      volunteerRun: checkbox,
      multicultural: checkbox,
    }),
    z.object({ intent: z.literal("rename"), id: uuid, name: text(160) }),
  ],
  { errorMap: () => ({ message: "errors.invalidChoice" }) },
);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "administer");
  const [associations, counties] = await Promise.all([listAssociations(), listCountiesWithUnits()]);
  return { associations, counties: counties.map(({ id, name }) => ({ id, name })) };
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "administer");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const formData = form.formData;
  const target = String(formData.get("id") ?? "create");
  const parsed = parseForm(schema, formData);
  if (!parsed.ok) return invalid(parsed.errors, 400, target);
  const input = parsed.data;
  try {
    if (input.intent === "rename") {
      if ((await renameAssociation(input.id, input.name)).count !== 1)
        return invalid({ name: { key: "errors.unknownId" } }, 400, target);
    } else {
      if (!(await countyExists(input.countyId))) return invalid({ countyId: { key: "errors.unknownId" } }, 400, target);
      const { intent: _, ...association } = input;
      await createAssociation(association);
    }
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return invalid({ name: { key: "errors.nameTaken" } }, 400, target);
    throw error;
  }
  return data({ saved: true as const });
}

export default function Associations() {
  const { associations, counties } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failed = actionData && "errors" in actionData ? actionData : undefined;
  const errorsFor = (target: string) => (failed?.target === target ? failed.errors : undefined);
  const errors = errorsFor("create");
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("admin.associations")}</h1>
      {actionData && "saved" in actionData ? (
        <p role="status" className="notice">
          {t("admin.saved")}
        </p>
      ) : null}
      <div className="table-wrap">
        <table>
          <caption className="muted">{t("admin.associationCount", { count: associations.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("admin.kind")}</th>
              <th scope="col">{t("admin.county")}</th>
              <th scope="col">{t("admin.lastReviewed")}</th>
            </tr>
          </thead>
          <tbody>
            {associations.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/org/associations/${a.id}`}>{a.name}</Link>
                  <RenameForm intent="rename" id={a.id} name={a.name} maxLength={160} errors={errorsFor(a.id)} />
                </td>
                <td>
                  {t(`associationKind.${a.kind}`)}
                  {a.volunteerRun ? ` · ${t("admin.volunteerRun")}` : ""}
                  {a.multicultural ? ` · ${t("admin.multicultural")}` : ""}
                </td>
                <td>{a.county.name}</td>
                <td>{formatDate(a.lastReviewedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Form method="post" className="card" noValidate>
        <h2>{t("admin.addAssociation")}</h2>
        <FormError errors={errors} />
        <TextField name="name" label="admin.name" required maxLength={160} errors={errors} />
        <SelectField name="countyId" label="admin.county" errors={errors}>
          {counties.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="kind" label="admin.kind" errors={errors}>
          {ASSOCIATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`associationKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <Checkbox name="volunteerRun" label={t("admin.volunteerRun")} defaultChecked errors={errors} />
        <Checkbox name="multicultural" label={t("admin.multicultural")} errors={errors} />
        <button type="submit" name="intent" value="create">
          {t("admin.addAssociation")}
        </button>
      </Form>
    </>
  );
}
