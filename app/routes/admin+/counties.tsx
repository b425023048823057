// Counties and their units, managed by the platform administrator.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { Checkbox, FormError, SelectField, TextField } from "~/components/form";
import { useT } from "~/i18n/i18n";
import { countyExists, createCounty, createUnit, listCountiesWithUnits } from "~/models/county.server";
import { requireRole } from "~/utils/auth.server";
import { checkbox, parseForm, text, uuid } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { invalid } from "~/utils/problems.server";

export const meta = titled("admin.counties");

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create-county"), name: text(120) }),
  z.object({ intent: z.literal("create-unit"), countyId: uuid, name: text(120), isKoto: checkbox }),
], { errorMap: () => ({ message: "errors.invalidChoice" }) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return { counties: await listCountiesWithUnits() };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, "admin");
  const parsed = parseForm(schema, await request.formData());
  if (!parsed.ok) return invalid(parsed.errors);
  const input = parsed.data;
  try {
    if (input.intent === "create-county") await createCounty(input.name);
    else {
      if (!(await countyExists(input.countyId))) return invalid({ countyId: { key: "errors.unknownId" } });
      await createUnit({ countyId: input.countyId, name: input.name, isKoto: input.isKoto });
    }
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return invalid({ name: { key: "errors.nameTaken" } });
    throw error;
  }
  return data({ saved: true as const });
}

export default function Counties() {
  const { counties } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const t = useT();
  return (
    <>
      <h1>{t("admin.counties")}</h1>
      {actionData && "saved" in actionData ? <p role="status" className="notice">{t("admin.saved")}</p> : null}
      <FormError errors={errors} />
      {counties.map((county) => (
        <section key={county.id} className="card" aria-labelledby={`county-${county.id}`}>
          <h2 id={`county-${county.id}`}>{county.name}</h2>
          <ul className="list">
            {county.units.map((unit) => (
              <li key={unit.id}>{unit.name} {unit.isKoto ? <span className="badge">{t("org.koto")}</span> : null}</li>
            ))}
          </ul>
        </section>
      ))}
      <div className="grid">
        <Form method="post" className="card" noValidate>
          <h2>{t("admin.addCounty")}</h2>
          <TextField name="name" label="admin.name" required maxLength={120} errors={errors} />
          <button type="submit" name="intent" value="create-county">{t("admin.addCounty")}</button>
        </Form>
        <Form method="post" className="card" noValidate>
          <h2>{t("admin.addUnit")}</h2>
          <SelectField name="countyId" label="admin.county" errors={errors}>
            {counties.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </SelectField>
          <TextField name="name" id="unit-name" label="admin.name" required maxLength={120} errors={errors} />
          <Checkbox name="isKoto" label={t("admin.isKoto")} errors={errors} />
          <button type="submit" name="intent" value="create-unit">{t("admin.addUnit")}</button>
        </Form>
      </div>
    </>
  );
}
