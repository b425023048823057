// The browser gets one language's texts: each language's interface texts are in a chunk of their own, no other file
// of the client build holds any text of any language, no page preloads a language chunk, and e-mail texts are
// nowhere in the client build.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale, type MessageKey } from "~/i18n/i18n";
import { messages } from "~/i18n/messages.server";
import { ui } from "~/i18n/fi/ui";

const ASSETS = "build/client/assets";
const uiKeys = new Set(Object.keys(ui));

/** The interface texts of every language, one after the other. */
const allUi = LOCALES.flatMap((locale) =>
  Object.entries(messages[locale]).flatMap(([key, text]) => (uiKeys.has(key) ? [text] : [])),
).join("\n");

/**
 * Pieces of a language's texts that no other language has (the longest literal run of each text, 16 characters or
 * more); for e-mails, also none that an interface text holds.
 */
function distinctive(locale: Locale, which: "ui" | "mail"): string[] {
  const others = LOCALES.filter((other) => other !== locale).map((other) => Object.values(messages[other]).join("\n"));
  if (which === "mail") others.push(allUi);
  const pieces: string[] = [];
  for (const [key, text] of Object.entries(messages[locale]) as [MessageKey, string][]) {
    if (uiKeys.has(key) !== (which === "ui")) continue;
    const longest = text
      .split(/[{}#"'\\\n]/)
      .map((part) => part.trim())
      .sort((a, b) => b.length - a.length)[0];
    if (longest && longest.length >= 16 && !others.some((other) => other.includes(longest))) pieces.push(longest);
  }
  return pieces;
}

describe("the client build", () => {
  expect(existsSync(ASSETS), `${ASSETS} is missing: run \`npx remix vite:build\` (npm test's pretest does)`).toBe(true);
  const files = readdirSync(ASSETS)
    .filter((file) => file.endsWith(".js"))
    .map((file) => ({ file, source: readFileSync(`${ASSETS}/${file}`, "utf8") }));
  const holding = (pieces: string[]) =>
    files
      .map(({ file, source }) => ({ file, count: pieces.filter((piece) => source.includes(piece)).length }))
      .filter(({ count }) => count > 0);

  const chunks = new Map<Locale, string>();
  it.each(LOCALES)("keeps the %s interface texts in one chunk of their own", (locale) => {
    const pieces = distinctive(locale, "ui");
    expect(pieces.length, "texts only this language has").toBeGreaterThan(200);
    const found = holding(pieces);
    expect(found.map(({ file }) => file)).toHaveLength(1);
    expect(found[0].count).toBe(pieces.length);
    chunks.set(locale, found[0].file);
  });

  it("has one chunk per language, and no page preloads one", () => {
    expect(new Set(chunks.values()).size).toBe(LOCALES.length);
    const manifest = files.find(({ file }) => file.startsWith("manifest-"));
    expect(manifest, "the Remix manifest").toBeDefined();
    for (const chunk of chunks.values()) expect(manifest!.source).not.toContain(chunk);
  });

  it("sends no e-mail text to the browser", () => {
    for (const locale of LOCALES) {
      const pieces = distinctive(locale, "mail");
      expect(pieces.length).toBeGreaterThan(30);
      expect(holding(pieces)).toEqual([]);
    }
  });
});
