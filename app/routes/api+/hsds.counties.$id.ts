// GET /api/hsds/counties/:id: one county as an HSDS 3.0 organization whose contact is its contact point for
// organisations.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCounty, hsdsObject } from "~/models/hsds.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return hsdsObject(request, params.id, getCounty);
}
