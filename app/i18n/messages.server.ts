// The server knows every language's texts, e-mails included; the browser loads only the page's language (i18n.ts).
import { LOCALES, registerMessages, type Locale, type Messages } from "./i18n";
import { mail as enMail } from "./en/mail";
import { ui as enUi } from "./en/ui";
import { mail as fiMail } from "./fi/mail";
import { ui as fiUi } from "./fi/ui";
import { mail as svMail } from "./sv/mail";
import { ui as svUi } from "./sv/ui";

export const fi: Messages = { ...fiUi, ...fiMail };
export const sv: Messages = { ...svUi, ...svMail };
export const en: Messages = { ...enUi, ...enMail };
export const messages: Record<Locale, Messages> = { fi, sv, en };

for (const locale of LOCALES) registerMessages(locale, messages[locale]);
