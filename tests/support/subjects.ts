// A mail's subject as a pattern: its fixed words in the reader's language, with whatever the placeholders became (a
// referral's reference, activity, deadline or times).
import { translate, type Locale, type MessageKey } from "~/i18n/i18n";

export function subjectPattern(locale: Locale, key: MessageKey): RegExp {
  const parts = translate(locale, key)
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+")}$`);
}
