// CSV downloads that spreadsheets open right: UTF-8 with a BOM, the separator and decimal mark of the user's language,
// RFC 4180 quoting, and no cell that a spreadsheet would run as a formula.
import type { Locale } from "~/i18n/i18n";

/** Spreadsheets in Finnish and Swedish expect ";" between cells and a decimal comma; in English "," and a point. */
export const CSV_FORMAT: Record<Locale, { separator: string; decimal: string }> = {
  fi: { separator: ";", decimal: "," },
  sv: { separator: ";", decimal: "," },
  en: { separator: ",", decimal: "." },
};

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula gets a leading apostrophe. */
function cell(value: string | number | null, separator: string): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header and rows, CRLF line ends. */
export function csvText(lines: (string | number | null)[][], locale: Locale): string {
  const { separator } = CSV_FORMAT[locale];
  return `\uFEFF${lines.map((line) => line.map((value) => cell(value, separator)).join(separator)).join("\r\n")}\r\n`;
}

/** The download's response: not cached, not sniffed. */
export function csvResponse(text: string, fileName: string): Response {
  return new Response(text, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
