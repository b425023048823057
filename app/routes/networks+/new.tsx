// A new association network at /networks/new, for the county's liaison and admins. Someone who keeps the networks of
// several counties first chooses the county (?county=<id>), since the convener and the members are of that county.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CountyField, FormError, SelectField } from "~/components/form";
import { EMPTY_NETWORK, NetworkFields } from "~/components/network-form";
import { useT } from "~/i18n/i18n";
import { networkChoices, networkCounties, saveNetwork } from "~/models/network.server";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { forbidden, mayManageNetworks, requirePermission } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { countySchema, networkSchema } from "./networks.server";

export const meta = titled("network.new.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "network:manage");
  const counties = await networkCounties(user);
  if (!counties.length) forbidden();
  const asked = new URL(request.url).searchParams.get("county");
  const county = counties.length === 1 ? counties[0] : (counties.find((c) => c.id === asked) ?? null);
  const choices = county ? await networkChoices(county.id) : { units: [], associations: [] };
  return { counties, county, ...choices };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "network:manage");
  const body = await readForm(request);
  if (!body.ok) return body.refusal;
  // The county first: someone who does not keep its networks is refused before the rest of the form is read.
  const county = parseForm(countySchema, body.formData);
  if (!county.ok) return invalid(county.errors);
  if (!mayManageNetworks(user, county.data.countyId)) forbidden();
  const parsed = parseForm(networkSchema, body.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  try {
    const id = await saveNetwork(user, { countyId: county.data.countyId }, parsed.data);
    return redirect(`/networks/${id}?saved=1`);
  } catch (error) {
    return problemResponse(error);
  }
}

export default function NewNetwork() {
  const { counties, county, units, associations } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const t = useT();
  return (
    <>
      <p>
        <Link to="/networks">{t("network.list.title")}</Link>
      </p>
      <h1>{t("network.new.title")}</h1>
      {county ? (
        <Form method="post" noValidate className="card">
          <FormError errors={errors} />
          {counties.length > 1 ? (
            <p>
              {t("network.form.countyIs", { county: county.name })}{" "}
              <Link to="/networks/new">{t("network.form.changeCounty")}</Link>
            </p>
          ) : null}
          <CountyField counties={[county]} label="network.form.county" errors={errors} />
          <NetworkFields values={EMPTY_NETWORK} units={units} associations={associations} errors={errors} />
          <button type="submit">{t("network.form.create")}</button>
        </Form>
      ) : (
        <Form method="get" className="card">
          <p>{t("network.form.chooseCounty")}</p>
          <SelectField name="county" label="network.form.county">
            {counties.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <button type="submit">{t("network.form.continue")}</button>
        </Form>
      )}
    </>
  );
}
