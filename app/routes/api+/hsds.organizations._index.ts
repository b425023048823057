// GET /api/hsds/organizations: the public directory's associations as a page of HSDS 3.0 organizations.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { hsdsResponse, listOrganizations, parsePaging } from "~/models/hsds.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return hsdsResponse(request, await listOrganizations(parsePaging(new URL(request.url).searchParams)));
}
