// The edge every action's form passes through before anything else is done with it: the body must be a form, is read
// with a size limit enforced while it arrives, must parse, and no value may carry a control character that nobody
// types (a NUL would reach PostgreSQL as an error). A malformed request is answered with the form's message: 400, or
// 413 when it is too large.
import { data } from "@remix-run/node";
import type { FieldErrors } from "./forms";

/** Every form of the app fits many times over; only the logo upload has a limit of its own. */
export const FORM_BODY_LIMIT = 256 * 1024;

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);
// C0 controls other than tab, line feed and carriage return, and DEL. Each field may refuse more (forms.ts).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

// A body left unread (too large) must not keep its connection: server.ts closes it once the answer is sent
// (closeUnreadConnections in http.server.ts).
const refuse = (errors: FieldErrors, status: number) => data({ errors, target: undefined }, { status });

export type ReadForm = { ok: true; formData: FormData } | { ok: false; refusal: ReturnType<typeof refuse> };

export async function readForm(
  request: Request,
  { limit = FORM_BODY_LIMIT, tooLarge }: { limit?: number; tooLarge?: FieldErrors } = {},
): Promise<ReadForm> {
  const malformed = { ok: false as const, refusal: refuse({ form: { key: "errors.badRequest.body" } }, 400) };
  const tooLargeRefusal = {
    ok: false as const,
    refusal: refuse(tooLarge ?? { form: { key: "errors.requestTooLarge", params: { kb: limit / 1024 } } }, 413),
  };
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!FORM_TYPES.has(contentType.split(";")[0].trim().toLowerCase()) || !request.body) return malformed;
  if (Number(request.headers.get("Content-Length") ?? 0) > limit) return tooLargeRefusal;
  const body = await readAtMost(request.body, limit);
  if (body === "too large") return tooLargeRefusal;
  if (body === "cut off") return malformed;
  let formData: FormData;
  try {
    formData = await new Response(body, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return malformed;
  }
  const errors: FieldErrors = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && CONTROL.test(value)) errors[name] ??= { key: "errors.controlCharacters" };
  }
  return Object.keys(errors).length ? { ok: false, refusal: refuse(errors, 400) } : { ok: true, formData };
}

/** The whole body; "too large" as soon as it passes the limit, whatever its Content-Length said (or chunked). */
async function readAtMost(stream: ReadableStream<Uint8Array>, limit: number) {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      // Not cancelled: cancelling destroys the socket before the answer could be sent on it.
      if (size > limit) return "too large";
      chunks.push(value);
    }
  } catch {
    return "cut off";
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks);
}
