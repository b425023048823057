// Reads an uploaded logo: at most 200 kB, and only PNG, JPEG or WebP, recognised by their first bytes rather than
// by what the browser claims.
import type { MessageKey, MessageParams } from "~/i18n/i18n";

export const MAX_LOGO_BYTES = 200 * 1024;

const SIGNATURES: { mimeType: string; matches: (b: Uint8Array) => boolean }[] = [
  { mimeType: "image/png", matches: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { mimeType: "image/jpeg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mimeType: "image/webp",
    matches: (b) =>
      String.fromCharCode(...b.slice(0, 4)) === "RIFF" && String.fromCharCode(...b.slice(8, 12)) === "WEBP",
  },
];

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
  const kind = SIGNATURES.find((s) => s.matches(data));
  if (!kind) return { ok: false, error: "errors.logoType" };
  return { ok: true, mimeType: kind.mimeType, data };
}
