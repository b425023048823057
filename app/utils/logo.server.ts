// Reads an uploaded logo: at most 200 kB, and only PNG, JPEG or WebP, recognised by their first bytes rather than
// by what the browser claims (./file-type.server.ts).
import type { MessageKey, MessageParams } from "~/i18n/i18n";
import { detectFileType } from "./file-type.server";

export const MAX_LOGO_BYTES = 200 * 1024;

const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;

type LogoResult =
  | { ok: true; mimeType: string; data: Uint8Array<ArrayBuffer> }
  | { ok: false; error: MessageKey; params?: MessageParams };

/** The whole upload request: the logo and the form's few other fields. */
export const LOGO_REQUEST_LIMIT = MAX_LOGO_BYTES + 32 * 1024;

export const logoTooLarge = {
  ok: false as const,
  error: "errors.logoTooLarge" as const,
  params: { kb: MAX_LOGO_BYTES / 1024 },
};

export async function readLogo(file: FormDataEntryValue | null): Promise<LogoResult> {
  if (!file || typeof file === "string" || file.size === 0) return { ok: false, error: "errors.required" };
  if (file.size > MAX_LOGO_BYTES) return logoTooLarge;
  const data = new Uint8Array(await file.arrayBuffer());
  const mimeType = detectFileType(data, LOGO_TYPES);
  if (!mimeType) return { ok: false, error: "errors.logoType" };
  return { ok: true, mimeType, data };
}
