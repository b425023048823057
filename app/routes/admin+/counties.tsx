// Counties and their units, managed by the platform administrator.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { Checkbox, FormError, SelectField, TextField } from "~/components/form";
import { useT } from "~/i18n/i18n";
import { RenameForm } from "~/components/rename-form";
import {
  countyExists,
  createCounty,
  createUnit,
  listCountiesWithUnits,
  renameCounty,
  renameUnit,
} from "~/models/county.server";
import { requirePermission } from "~/utils/permissions.server";
import { checkbox, parseForm, text, uuid } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { invalid } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("admin.counties");

const schema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("create-county"), name: text(120) }),
    z.object({ intent: z.literal("create-unit"), countyId: uuid, name: text(120), isKoto: checkbox }),
    z.object({ intent: z.literal("rename-county"), id: uuid, name: text(120) }),
    z.object({ intent: z.literal("rename-unit"), id: uuid, name: text(120) }),
  ],
  { errorMap: () => ({ message: "errors.invalidChoice" }) },
);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "administer");
  return { counties: await listCountiesWithUnits() };
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "administer");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const formData = form.formData;
  // Which of the page's forms answered, so that its errors show by it and not by every "name" field.
  const target = String(formData.get("id") ?? formData.get("intent") ?? "");
  const parsed = parseForm(schema, formData);
  if (!parsed.ok) return invalid(parsed.errors, 400, target);
  const input = parsed.data;
  try {
    if (input.intent === "create-county") await createCounty(input.name);
    else if (input.intent === "create-unit") {
      if (!(await countyExists(input.countyId))) return invalid({ countyId: { key: "errors.unknownId" } }, 400, target);
      await createUnit({ countyId: input.countyId, name: input.name, isKoto: input.isKoto });
    } else {
      const renamed =
        input.intent === "rename-county"
          ? await renameCounty(input.id, input.name)
          : await renameUnit(input.id, input.name);
      if (renamed.count !== 1) return invalid({ name: { key: "errors.unknownId" } }, 400, target);
    }
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return invalid({ name: { key: "errors.nameTaken" } }, 400, target);
    throw error;
  }
  return data({ saved: true as const });
}

export default function Counties() {
  const { counties } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failed = actionData && "errors" in actionData ? actionData : undefined;
  const errorsFor = (target: string) => (failed?.target === target ? failed.errors : undefined);
  const t = useT();
  return (
    <>
      <h1>{t("admin.counties")}</h1>
      {actionData && "saved" in actionData ? (
        <p role="status" className="notice">
          {t("admin.saved")}
        </p>
      ) : null}
      <FormError errors={failed?.errors} />
      {counties.map((county) => (
        <section key={county.id} className="card" aria-labelledby={`county-${county.id}`}>
          <h2 id={`county-${county.id}`}>{county.name}</h2>
          <RenameForm
            intent="rename-county"
            id={county.id}
            name={county.name}
            maxLength={120}
            errors={errorsFor(county.id)}
          />
          <ul className="list">
            {county.units.map((unit) => (
              <li key={unit.id}>
                {unit.name} {unit.isKoto ? <span className="badge">{t("org.koto")}</span> : null}
                <RenameForm
                  intent="rename-unit"
                  id={unit.id}
                  name={unit.name}
                  maxLength={120}
                  errors={errorsFor(unit.id)}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className="grid">
        <Form method="post" className="card" noValidate>
          <h2>{t("admin.addCounty")}</h2>
          <TextField name="name" label="admin.name" required maxLength={120} errors={errorsFor("create-county")} />
          <button type="submit" name="intent" value="create-county">
            {t("admin.addCounty")}
          </button>
        </Form>
        <Form method="post" className="card" noValidate>
          <h2>{t("admin.addUnit")}</h2>
          <SelectField name="countyId" label="admin.county" errors={errorsFor("create-unit")}>
            {counties.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <TextField
            name="name"
            id="unit-name"
            label="admin.name"
            required
            maxLength={120}
            errors={errorsFor("create-unit")}
          />
          <Checkbox name="isKoto" label={t("admin.isKoto")} errors={errorsFor("create-unit")} />
          <button type="submit" name="intent" value="create-unit">
            {t("admin.addUnit")}
          </button>
        </Form>
      </div>
    </>
  );
}
