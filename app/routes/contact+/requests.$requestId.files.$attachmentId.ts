// A file of a contact request, downloaded by the county (the liaison, the routed unit): only as the type it was checked
// to be, always as a download.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getAttachment } from "~/models/contact-request.server";
import { attachmentResponse } from "~/utils/attachments.server";
import { notFound, requireId } from "~/utils/params.server";
import { requirePermission } from "~/utils/permissions.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contact:handle");
  const file = await getAttachment(user, requireId(params.requestId), requireId(params.attachmentId));
  if (!file) notFound();
  return attachmentResponse(file);
}
