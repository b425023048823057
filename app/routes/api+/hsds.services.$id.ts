// GET /api/hsds/services/:id: one activity as a fully nested HSDS 3.0 service, with schedule, languages and place.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getService, hsdsObject } from "~/models/hsds.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  return hsdsObject(request, params.id, getService);
}
