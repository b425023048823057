// Every e-mail Co-Act sends, in Finnish and English (texts in app/i18n). Parameters are typed per template so that a
// template cannot be handed client personal data by accident: only names of staff, organisations and links.
import { translator, type Locale, type Translate } from "~/i18n/i18n";
import { formatDate, formatDateTime } from "~/utils/dates";
import { localized } from "~/utils/languages";
import { meetingIcs, type MeetingCalendar } from "./calendar";
import { layout, type RenderedEmail } from "./layout";

/**
 * What a referral mail says, none of it client data: a short reference that tells two referrals apart, who sent it to
 * which activity, the answer deadline or the meeting's time, and, for a meeting, its calendar entry.
 */
type ReferralMail = {
  reference: string;
  associationName: string;
  unitName: string;
  activity: { titleFi: string; titleEn: string } | null;
  deadline?: Date | null;
  meetingAt?: Date | null;
  proposedTimes?: Date[];
  calendar?: MeetingCalendar | null;
  url: string;
};

/** A contact-point mail: the request's reference, never the sender's message (which the county reads on its page). */
type ContactMail = { reference: string; countyName: string; url: string };

type Templates = {
  contactReceipt: ContactMail & { kind: "message" | "invitation" | "material" | "brochure"; dueOn: string };
  /** The county's answer goes to the sender in full: it is kept with the request and written for them. */
  contactAnswer: ContactMail & { unitName: string; answer: string };
  contactForCounty: ContactMail & { what: "new" | "routed" | "reply" | "reminder"; dueOn: string };
  /** Says only that a notice arrived: the notice is personal data, read on its page. */
  concernNoticeArrived: { reference: string; url: string };
  invitation: { inviterName: string; url: string; expiresInDays: number };
  barometerInvitation: { countyName: string; closesOn: string; url: string };
  passwordReset: { url: string; expiresInHours: number };
  profileReview: { associationName: string; lastReviewed: string; url: string };
  referralForAssociation: ReferralMail & { what: "new" | "reminder" | "meeting" | "withdrawn" | "cancelled" };
  referralForCounty: ReferralMail & {
    what: "accepted" | "times_proposed" | "declined" | "meeting" | "no_answer" | "attended" | "no_show" | "withdrawn";
  };
};

export type TemplateName = keyof Templates;
export type TemplateParams<T extends TemplateName> = Templates[T];

type Content = {
  subject: string;
  paragraphs: string[];
  action: { label: string; url: string };
  calendar?: string;
};

/** A referral mail in the reader's language; times say their time zone. */
function referralContent(
  t: Translate,
  locale: Locale,
  key:
    | `referralForAssociation.${Templates["referralForAssociation"]["what"]}`
    | `referralForCounty.${Templates["referralForCounty"]["what"]}`,
  mail: ReferralMail,
): Content {
  const when = (date: Date) => `${formatDateTime(date, locale)} (${t("activity.helsinkiTime")})`;
  const activity = mail.activity
    ? `${localized(locale, mail.activity.titleFi, mail.activity.titleEn)} (${mail.associationName})`
    : mail.associationName;
  const params = {
    reference: mail.reference,
    associationName: mail.associationName,
    unit: mail.unitName,
    activity,
    deadline: mail.deadline ? formatDate(mail.deadline, locale) : "",
    meetingAt: mail.meetingAt ? when(mail.meetingAt) : "",
    times: (mail.proposedTimes ?? []).map(when).join(", "),
  };
  return {
    subject: t(`email.${key}.subject`, params),
    paragraphs: [t(`email.${key}.body`, params), t("email.referral.noPersonalData")],
    action: { label: t("email.referral.action"), url: mail.url },
    calendar: mail.calendar
      ? meetingIcs(mail.calendar, {
          summary: t("email.calendar.summary", params),
          description: t("email.calendar.description", params),
          url: mail.url,
        })
      : undefined,
  };
}

const contents: { [T in TemplateName]: (t: Translate, params: Templates[T], locale: Locale) => Content } = {
  contactReceipt: (t, { reference, countyName, kind, dueOn, url }) => ({
    subject: t("contact.email.receipt.subject", { reference }),
    paragraphs: [
      t("contact.email.receipt.body", { countyName, kind: t(`contact.kind.${kind}`), reference }),
      t("contact.email.receipt.target", { dueOn }),
      t("contact.email.linkIsPersonal"),
    ],
    action: { label: t("contact.email.action"), url },
  }),
  contactAnswer: (t, { reference, countyName, unitName, answer, url }) => ({
    subject: t("contact.email.answer.subject", { reference }),
    paragraphs: [t("contact.email.answer.body", { countyName, unitName, reference }), answer, t("contact.email.reply")],
    action: { label: t("contact.email.action"), url },
  }),
  contactForCounty: (t, { reference, countyName, what, dueOn, url }) => ({
    subject: t(`contact.email.county.${what}.subject`, { reference }),
    paragraphs: [t(`contact.email.county.${what}.body`, { reference, countyName, dueOn })],
    action: { label: t("contact.email.county.action"), url },
  }),
  concernNoticeArrived: (t, { reference, url }) => ({
    subject: t("concern.email.subject", { reference }),
    paragraphs: [t("concern.email.body", { reference }), t("concern.email.noPersonalData")],
    action: { label: t("concern.email.action"), url },
  }),
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
  referralForAssociation: (t, { what, ...mail }, locale) =>
    referralContent(t, locale, `referralForAssociation.${what}`, mail),
  referralForCounty: (t, { what, ...mail }, locale) => referralContent(t, locale, `referralForCounty.${what}`, mail),
};

export function renderEmail<T extends TemplateName>(template: T, locale: Locale, params: Templates[T]): RenderedEmail {
  const t = translator(locale);
  const { calendar, ...content } = contents[template](t, params, locale);
  return { ...layout({ lang: locale, ...content, footer: t("email.footer") }), calendar };
}
