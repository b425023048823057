// GET /api/hsds/services: the public directory's activities as a page of HSDS 3.0 services (one-to-one fields).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { hsdsResponse, listServices, parsePaging } from "~/models/hsds.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return hsdsResponse(request, await listServices(parsePaging(new URL(request.url).searchParams)));
}
