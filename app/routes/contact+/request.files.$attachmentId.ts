// A file of a contact request, downloaded by its sender through their link: only as the type it was checked to be.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSenderAttachment } from "~/models/contact-request.server";
import { attachmentResponse } from "~/utils/attachments.server";
import { notFound, requireId } from "~/utils/params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const file = await getSenderAttachment(token, requireId(params.attachmentId));
  if (!file) notFound();
  return attachmentResponse(file);
}
