// A text as a pattern: its fixed words in the reader's language, with whatever the placeholders became (a referral's
// reference, activity, deadline or times); a counted text in either of its forms, for any number.
import { IntlMessageFormat } from "intl-messageformat";
import { INTL_LOCALE, translate, type Locale, type MessageKey } from "~/i18n/i18n";
import { messages } from "~/i18n/messages.server";

const PLACEHOLDER = "\u0001";
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function subjectPattern(locale: Locale, key: MessageKey): RegExp {
  const ast = new IntlMessageFormat(messages[locale][key], INTL_LOCALE[locale]).getAst();
  const names = ast.flatMap((element) =>
    "value" in element && typeof element.value === "string" && element.type !== 0 ? [element] : [],
  );
  const forms = [1, 7].map((count) => {
    const values = Object.fromEntries(names.map((e) => [e.value, e.type === 6 ? count : PLACEHOLDER]));
    return escape(translate(locale, key, values))
      .replaceAll(PLACEHOLDER, ".+")
      .replace(new RegExp(`\\b${count}\\b`, "g"), "[\\d\\u00a0,]+");
  });
  return new RegExp(`^(?:${[...new Set(forms)].join("|")})$`);
}
