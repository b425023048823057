// GET /api/hsds/organizations/:id: one association as a fully nested HSDS 3.0 organization, with its services.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOrganization, hsdsObject } from "~/models/hsds.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  return hsdsObject(request, params.id, getOrganization);
}
