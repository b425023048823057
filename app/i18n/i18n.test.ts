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

  // A language may count where another does not ("{days} päivän aikana", "in the last {days, plural, …}").
  it.each(LOCALES)("in %s parse as ICU messages with the Finnish text's placeholders", (locale) => {
    const names = (l: Locale) => [...new Set([...argumentsOf(ast(l, key))].map((a) => a.split(":")[0]))].sort();
    let key: MessageKey;
    const different: string[] = [];
    for (key of keys) {
      const mine = names(locale);
      const finnish = names("fi");
      if (mine.join() !== finnish.join()) different.push(`${key}: ${mine.join(" ")} ≠ ${finnish.join(" ")}`);
    }
    expect(different).toEqual([]);
  });

  // A Swedish text the same as the English one is an untranslated one, unless the words are the same in both.
  const SAME_IN_SWEDISH = new Set([
    "Co-Act",
    "Administration",
    "Organisation",
    "Status",
    "Material",
    "Person",
    "Representation",
    "Text",
    "barometer",
    "{minutes} min",
    "version {number}",
    "version {version}",
  ]);
  it("in Swedish are translated, not copied from English", () => {
    expect(
      keys.filter((key) => messages.sv[key] === messages.en[key] && !SAME_IN_SWEDISH.has(messages.sv[key])),
    ).toEqual([]);
  });

  it.each(LOCALES)("in %s leave no text empty", (locale) => {
    expect(keys.filter((key) => messages[locale][key].trim() === "")).toEqual([]);
  });
});

/** Dummy values for a message's arguments, `count` for each that is counted in some language. */
function valuesFor(key: MessageKey, count: number) {
  const values: Record<string, string | number> = {};
  for (const locale of LOCALES) {
    for (const argument of argumentsOf(ast(locale, key))) {
      const [name, kind] = argument.split(":");
      if (kind === "plural" || kind === "number") values[name] = count;
      else values[name] ??= kind === "select" ? "other" : `‹${name}›`;
    }
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
      for (const n of [0, 1, 7, 1234]) {
        const text = translate(locale, key, valuesFor(key, n));
        if (/[{}]|NaN/.test(text)) wrong.push(`${key}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // A number placed straight before a word ("{count} toimintaa") reads wrong for one of them: it needs a plural.
  // Units do not change ("{minutes} min"), nor does a Finnish genitive after a numeral ("{days} päivän aikana").
  const INVARIANT: Record<Locale, RegExp> = {
    fi: /^ (päivän|min|kt|Mt)\b/,
    sv: /^ (min|kB|MB)\b/,
    en: /^ (min|kB|MB)\b/,
  };
  it.each(LOCALES)("in %s leave no count outside a plural before a noun", (locale) => {
    const COUNT = /^(count|n|total|days|hours|minutes|seconds|\w+Count)$/;
    const wrong = keys.filter((key) =>
      ast(locale, key).some(
        (element, i, all) =>
          element.type === 1 &&
          COUNT.test(element.value) &&
          all[i + 1]?.type === 0 &&
          /^ \p{L}/u.test((all[i + 1] as { value: string }).value) &&
          !INVARIANT[locale].test((all[i + 1] as { value: string }).value),
      ),
    );
    expect(wrong).toEqual([]);
  });

  // NBSP groups thousands in Finnish and Swedish.
  const EXAMPLES: [MessageKey, Record<string, number>, Record<Locale, string>][] = [
    [
      "picture.openComments",
      { count: 0 },
      { fi: "0 avointa kommenttia", sv: "0 öppna kommentarer", en: "0 open comments" },
    ],
    ["picture.openComments", { count: 1 }, { fi: "1 avoin kommentti", sv: "1 öppen kommentar", en: "1 open comment" }],
    [
      "picture.openComments",
      { count: 3 },
      { fi: "3 avointa kommenttia", sv: "3 öppna kommentarer", en: "3 open comments" },
    ],
    ["referral.waitingDays", { days: 1 }, { fi: "odottanut 1 päivän", sv: "har väntat 1 dag", en: "waited 1 day" }],
    [
      "referral.waitingDays",
      { days: 12 },
      { fi: "odottanut 12 päivää", sv: "har väntat 12 dagar", en: "waited 12 days" },
    ],
    [
      "home.adminCounts",
      { counties: 1, associations: 0, users: 1500 },
      {
        fi: "1 hyvinvointialue, 0 järjestöä, 1\u00a0500 käyttäjää.",
        sv: "1 välfärdsområde, 0 föreningar, 1\u00a0500 användare.",
        en: "1 county, 0 associations, 1,500 users.",
      },
    ],
  ];
  it.each(EXAMPLES)("read as people write them: %s %o", (key, values, expected) => {
    for (const locale of LOCALES) expect(translate(locale, key, values)).toBe(expected[locale]);
  });
});
