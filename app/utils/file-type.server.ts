// What an uploaded file is, recognised by its first bytes: the browser's claimed type and the file's name are not
// believed. The logo upload and the contact point's attachments each allow a few of these (docs/decisions/014).
export type FileType = "application/pdf" | "image/png" | "image/jpeg" | "image/webp";

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);
const ascii = (data: Uint8Array, from: number, to: number) => String.fromCharCode(...data.slice(from, to));

const SIGNATURES: Record<FileType, (data: Uint8Array) => boolean> = {
  // "%PDF-"
  "application/pdf": (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]),
  "image/png": (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  "image/jpeg": (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  "image/webp": (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP",
};

/** The allowed type the file's content shows it to be, or null for anything else (an executable renamed .pdf, say). */
export function detectFileType<T extends FileType>(data: Uint8Array, allowed: readonly T[]): T | null {
  return allowed.find((type) => SIGNATURES[type](data)) ?? null;
}
