// Every e-mail Co-Act sends, in Finnish and English (texts in app/i18n). Parameters are typed per template so that a
// template cannot be handed client personal data by accident: only names of staff, organisations and links.
import { translator, type Locale, type Translate } from "~/i18n/i18n";
import { layout, type RenderedEmail } from "./layout";

type Templates = {
  invitation: { inviterName: string; url: string; expiresInDays: number };
  barometerInvitation: { countyName: string; closesOn: string; url: string };
  passwordReset: { url: string; expiresInHours: number };
  profileReview: { associationName: string; lastReviewed: string; url: string };
  referralForAssociation: {
    what: "new" | "reminder" | "meeting" | "withdrawn" | "cancelled";
    associationName: string;
    url: string;
  };
  referralForCounty: {
    what: "accepted" | "declined" | "meeting" | "no_answer" | "attended" | "no_show" | "withdrawn";
    associationName: string;
    url: string;
  };
};

export type TemplateName = keyof Templates;
export type TemplateParams<T extends TemplateName> = Templates[T];

type Content = { subject: string; paragraphs: string[]; action: { label: string; url: string } };

const contents: { [T in TemplateName]: (t: Translate, params: Templates[T]) => Content } = {
  invitation: (t, { inviterName, url, expiresInDays }) => ({
    subject: t("email.invitation.subject"),
    paragraphs: [t("email.invitation.body", { inviterName }), t("email.invitation.expiry", { days: expiresInDays })],
    action: { label: t("email.invitation.action"), url },
  }),
  barometerInvitation: (t, { countyName, closesOn, url }) => ({
    subject: t("barometer.email.subject", { countyName }),
    paragraphs: [
      t("barometer.email.body", { countyName }),
      t("barometer.email.personal", { closesOn }),
      t("barometer.email.anonymous"),
    ],
    action: { label: t("barometer.email.action"), url },
  }),
  passwordReset: (t, { url, expiresInHours }) => ({
    subject: t("email.passwordReset.subject"),
    paragraphs: [t("email.passwordReset.body"), t("email.passwordReset.expiry", { hours: expiresInHours })],
    action: { label: t("email.passwordReset.action"), url },
  }),
  profileReview: (t, { associationName, lastReviewed, url }) => ({
    subject: t("email.profileReview.subject", { associationName }),
    paragraphs: [t("email.profileReview.body", { associationName, lastReviewed }), t("email.profileReview.oneClick")],
    action: { label: t("email.profileReview.action"), url },
  }),
  referralForAssociation: (t, { what, associationName, url }) => ({
    subject: t(`email.referralForAssociation.${what}.subject`, { associationName }),
    paragraphs: [
      t(`email.referralForAssociation.${what}.body`, { associationName }),
      t("email.referral.noPersonalData"),
    ],
    action: { label: t("email.referral.action"), url },
  }),
  referralForCounty: (t, { what, associationName, url }) => ({
    subject: t(`email.referralForCounty.${what}.subject`, { associationName }),
    paragraphs: [t(`email.referralForCounty.${what}.body`, { associationName }), t("email.referral.noPersonalData")],
    action: { label: t("email.referral.action"), url },
  }),
};

export function renderEmail<T extends TemplateName>(template: T, locale: Locale, params: Templates[T]): RenderedEmail {
  const t = translator(locale);
  return layout({ lang: locale, ...contents[template](t, params), footer: t("email.footer") });
}
