// GET /api/hsds/counties: the wellbeing services counties as a page of HSDS 3.0 organizations, each with its contact
// point for organisations (/contact) as its website.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { hsdsResponse, listCounties, parsePaging } from "~/models/hsds.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return hsdsResponse(request, await listCounties(parsePaging(new URL(request.url).searchParams)));
}
