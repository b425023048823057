// Every language says everything, with the same placeholders, and counts things in its own plural forms.
import { readdirSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { INTL_LOCALE, LOCALES, translate, type Locale, type MessageKey } from "./i18n";
import { messages } from "./messages.server";

type Element = ReturnType<IntlMessageFormat["getAst"]>[number];
type Argument = { name: string; kind: "value" | "plural" | "select" | "number" | "date" };

const KIND: Record<number, Argument["kind"]> = {
  1: "value",
  2: "number",
  3: "date",
  4: "date",
  5: "select",
  6: "plural",
};

/** The message's arguments, nested ones included, as "name:kind". */
function argumentsOf(elements: Element[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ("value" in element && KIND[element.type] && typeof element.value === "string") {
      found.add(`${element.value}:${KIND[element.type]}`);
    }
    if ("options" in element) {
      for (const option of Object.values(element.options)) argumentsOf((option as { value: Element[] }).value, found);
    }
  }
  return found;
}

const ast = (locale: Locale, key: MessageKey) =>
  new IntlMessageFormat(messages[locale][key], INTL_LOCALE[locale]).getAst();
const keys = Object.keys(messages.fi) as MessageKey[];
const AREAS = readdirSync(new URL("./fi", import.meta.url)).filter((file) => file !== "ui.ts");

describe("the dictionaries", () => {
  it.each(AREAS)("have the same keys in every language for the area %s", async (file) => {
    const area = file.replace(/\.ts$/, "");
    const [fi, sv, en] = await Promise.all(
      LOCALES.map(async (locale) => Object.keys((await import(`./${locale}/${area}.ts`))[area]).sort()),
    );
    expect(fi.length).toBeGreaterThan(0);
    expect(sv).toEqual(fi);
    expect(en).toEqual(fi);
  });

  it("put every area's texts in the interface or the e-mails of each language, none twice", () => {
    for (const locale of LOCALES) expect(Object.keys(messages[locale]).sort()).toEqual([...keys].sort());
  });

  it.each(LOCALES)("in %s parse as ICU messages with the Finnish text's placeholders", (locale) => {
    const different: string[] = [];
    for (const key of keys) {
      const mine = [...argumentsOf(ast(locale, key))].sort();
      const finnish = [...argumentsOf(ast("fi", key))].sort();
      if (mine.join() !== finnish.join()) different.push(`${key}: ${mine.join(" ")} ≠ ${finnish.join(" ")}`);
    }
    expect(different).toEqual([]);
  });

  it.each(LOCALES)("in %s leave no text empty", (locale) => {
    expect(keys.filter((key) => messages[locale][key].trim() === "")).toEqual([]);
  });
});

/** Dummy values for a message's arguments, with `count` for each plural one. */
function valuesFor(locale: Locale, key: MessageKey, count: number) {
  const values: Record<string, string | number> = {};
  for (const argument of argumentsOf(ast(locale, key))) {
    const [name, kind] = argument.split(":");
    values[name] = kind === "plural" || kind === "number" ? count : kind === "select" ? "other" : `‹${name}›`;
  }
  return values;
}

const pluralKeys = keys.filter((key) =>
  LOCALES.some((locale) => [...argumentsOf(ast(locale, key))].some((a) => a.endsWith(":plural"))),
);

describe("plurals", () => {
  it("are used for counted things", () => expect(pluralKeys.length).toBeGreaterThan(20));

  it.each(LOCALES)("in %s read right for 0, 1 and many", (locale) => {
    const wrong: string[] = [];
    for (const key of pluralKeys) {
      const [zero, one, many, thousands] = [0, 1, 7, 1234].map((n) =>
        translate(locale, key, valuesFor(locale, key, n)),
      );
      for (const text of [zero, one, many, thousands]) if (/[{}]|NaN/.test(text)) wrong.push(`${key}: ${text}`);
      // The singular and the plural differ in more than the number (Finnish, Swedish and English all have both).
      if (one.replaceAll("1", "") === many.replaceAll("7", "")) wrong.push(`${key}: "${one}" and "${many}"`);
      // Large numbers are grouped the language's way: 1 234 in Finnish and Swedish, 1,234 in English.
      if (/\b1234\b/.test(thousands)) wrong.push(`${key}: ${thousands}`);
    }
    expect(wrong).toEqual([]);
  });

  // A number placed straight before a word ("{count} toimintaa") reads wrong for one of them: it needs a plural.
  it.each(LOCALES)("in %s leave no count outside a plural before a noun", (locale) => {
    const COUNT = /^(count|n|total|days|hours|minutes|seconds|\w+Count)$/;
    const wrong = keys.filter((key) =>
      ast(locale, key).some(
        (element, i, all) =>
          element.type === 1 &&
          COUNT.test(element.value) &&
          all[i + 1]?.type === 0 &&
          /^ \p{L}/u.test((all[i + 1] as { value: string }).value),
      ),
    );
    expect(wrong).toEqual([]);
  });
});
