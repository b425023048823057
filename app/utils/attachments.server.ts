// Files sent to the contact point: PDF, PNG or JPEG only, recognised by their first bytes (the browser's claimed type and
// the file's name are not believed, ./file-type.server.ts), each at most MAX_ATTACHMENT_BYTES, at most MAX_ATTACHMENTS per request. The logo
// upload (logo.server.ts) uses the same check; docs/decisions/014 says why no library does it.
import type { MessageKey, MessageParams } from "~/i18n/i18n";
import { detectFileType } from "./file-type.server";

export const MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;
export const MAX_ATTACHMENTS = 3;
/** The whole form with its files: the files and the text fields' room. */
export const CONTACT_REQUEST_LIMIT = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 64 * 1024;

const ATTACHMENT_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export type Attachment = { fileName: string; mimeType: AttachmentType; data: Uint8Array<ArrayBuffer> };
type Refusal = { ok: false; error: MessageKey; params?: MessageParams };

/** A file's name as it may be shown and offered for download: no path, no control characters, not too long. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[/\\]/).at(-1) ?? "").replace(/[\u0000-\u001f\u007f-\u009f"<>]/g, "").trim();
  return (base || "file").slice(-120);
}

/** The files of the form's `attachments` field (empty file inputs are skipped). */
export async function readAttachments(
  values: FormDataEntryValue[],
): Promise<{ ok: true; files: Attachment[] } | Refusal> {
  const files = values.filter((v): v is File => typeof v !== "string" && v.size > 0);
  if (values.some((v) => typeof v === "string" && v !== "")) return { ok: false, error: "contact.error.attachment" };
  if (files.length > MAX_ATTACHMENTS)
    return { ok: false, error: "contact.error.tooManyFiles", params: { max: MAX_ATTACHMENTS } };
  const read: Attachment[] = [];
  for (const file of files) {
    if (file.size > MAX_ATTACHMENT_BYTES)
      return { ok: false, error: "contact.error.fileTooLarge", params: { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 } };
    const data = new Uint8Array(await file.arrayBuffer());
    const mimeType = detectFileType(data, ATTACHMENT_TYPES);
    if (!mimeType) return { ok: false, error: "contact.error.fileType" };
    read.push({ fileName: safeFileName(file.name), mimeType, data });
  }
  return { ok: true, files: read };
}

/** The answer that serves a stored attachment: only as its checked type, always as a download, never sniffed. */
export function attachmentResponse(file: { fileName: string; mimeType: string; data: Uint8Array<ArrayBuffer> }) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return new Response(file.data, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
