// Serves an association's logo image.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getLogo } from "~/models/directory.server";
import { notFound, requireId } from "~/utils/params.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const logo = await getLogo(requireId(params.associationId));
  if (!logo) notFound();
  return new Response(logo.data, {
    headers: {
      "Content-Type": logo.mimeType,
      "Cache-Control": "public, max-age=86400",
      "Content-Security-Policy": "default-src 'none'",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
