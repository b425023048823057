// A mail's subject as a pattern: its fixed words in the reader's language, with whatever the placeholders became (a
// referral's reference, activity, deadline or times).
import type { Locale, MessageKey } from "~/i18n/i18n";
import { messages } from "~/i18n/messages.server";

export function subjectPattern(locale: Locale, key: MessageKey): RegExp {
  const parts = messages[locale][key].split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+")}$`);
}
