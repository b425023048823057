// Editing an association network at /networks/:networkId/edit, for its county's liaison and admins: name, theme,
// description, convener and member associations (the county stays). A network of another county is not found; someone
// of its county who does not keep its networks is refused.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormError } from "~/components/form";
import { NetworkFields, type NetworkFormValues } from "~/components/network-form";
import { useT } from "~/i18n/i18n";
import { networkChoices, networkForEdit, saveNetwork } from "~/models/network.server";
import { requireUser } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { forbidden } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { networkSchema } from "./networks.server";

export const meta = titled("network.edit.title");

async function editable(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const network = await networkForEdit(user, requireId(id));
  if (!network) notFound();
  if (!network.mayManage) forbidden();
  return { user, network };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = await editable(request, params.networkId);
  const values: NetworkFormValues = {
    name: network.name,
    theme: network.theme,
    description: network.description,
    convener: network.convenerUnitId
      ? `unit:${network.convenerUnitId}`
      : network.convenerAssociationId
        ? `association:${network.convenerAssociationId}`
        : "",
    associationIds: network.members.map((m) => m.associationId),
  };
  return { id: network.id, name: network.name, values, ...(await networkChoices(network.countyId)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, network } = await editable(request, params.networkId);
  const body = await readForm(request);
  if (!body.ok) return body.refusal;
  const parsed = parseForm(networkSchema, body.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  try {
    await saveNetwork(user, { networkId: network.id }, parsed.data);
    return redirect(`/networks/${network.id}?saved=1`);
  } catch (error) {
    return problemResponse(error);
  }
}

export default function EditNetwork() {
  const { id, name, values, units, associations } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const t = useT();
  return (
    <>
      <p>
        <Link to={`/networks/${id}`}>{name}</Link>
      </p>
      <h1>{t("network.edit.title")}</h1>
      <Form method="post" noValidate className="card">
        <FormError errors={errors} />
        <NetworkFields values={values} units={units} associations={associations} errors={errors} />
        <button type="submit">{t("network.form.save")}</button>
      </Form>
    </>
  );
}
