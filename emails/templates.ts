// Every e-mail Co-Act sends, in Finnish, Swedish and English (texts in app/i18n). Parameters are typed per template so that a
// template cannot be handed client personal data by accident: only names of staff, organisations and links.
import { translator, type Locale, type Translate } from "~/i18n/i18n";
import "~/i18n/messages.server";
import { explain, stepNumber, type Explanation, type StepKey } from "~/utils/coact-evidence";
import { formatDate, formatDateTime, formatMeetingTime, formatTime } from "~/utils/dates";
import type { MeetingKind } from "~/utils/enums.generated";
import { languageName, localizedText, textsOf } from "~/utils/languages";
import { calendarFile, meetingIcs, type CalendarEvent, type MeetingCalendar } from "./calendar";
import { layout, type RenderedEmail } from "./layout";

/**
 * What a referral mail says, none of it client data: a short reference that tells two referrals apart, who sent it to
 * which activity, the answer deadline or the meeting's time, and, for a meeting, its calendar entry.
 */
type ReferralMail = {
  reference: string;
  associationName: string;
  unitName: string;
  /** titleSv is missing in mails queued before Swedish titles existed. */
  activity: { titleFi: string; titleSv?: string | null; titleEn: string } | null;
  deadline?: Date | null;
  meetingAt?: Date | null;
  proposedTimes?: Date[];
  calendar?: MeetingCalendar | null;
  url: string;
};

/** A step of a county's Co-Act path: its new owner is told, and so are the owner and the liaison when it lapses. */
type PathStepMail = {
  countyName: string;
  step: StepKey;
  url: string;
} & (
  | { what: "owner"; actorName: string; targetDate: Date | null }
  | { what: "lapsed"; explanation: Explanation; checkedAt: Date }
);
/**
 * What a meeting mail says: the series (title, kind, organiser unit), its next times, place, link and languages, the
 * reader's own RSVP link, and its calendar entry (texts filled in here in the reader's language). No client data.
 */
type MeetingMail = {
  what: "invitation" | "update" | "cancelled" | "occurrence_cancelled" | "reminder";
  title: string;
  kind: MeetingKind;
  organiser: string;
  starts: Date[];
  cancelledStart: Date | null;
  durationMinutes: number;
  place: string | null;
  onlineUrl: string | null;
  languages: string[];
  url: string;
  rsvpUrl: string | null;
  calendar: {
    method: "REQUEST" | "CANCEL";
    events: Omit<CalendarEvent, "summary" | "description" | "url">[];
    organizer: { name: string; email: string };
  } | null;
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
  pathStep: PathStepMail;
  meeting: MeetingMail;
  /** A representative left (staff names, unit and network only): the liaison and the unit are to find someone new. */
  networkHandover: {
    what: "deactivated" | "left_unit";
    personName: string;
    unitName: string;
    networkName: string;
    url: string;
  };
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
    ? `${localizedText(locale, textsOf(mail.activity, "title"))} (${mail.associationName})`
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

/** A meeting mail in the reader's language; every time says it is Finnish time. */
function meetingContent(t: Translate, locale: Locale, mail: MeetingMail): Content {
  const zone = t("activity.helsinkiTime");
  const when = (start: Date) =>
    `${formatMeetingTime(start, locale)}–${formatTime(new Date(start.getTime() + mail.durationMinutes * 60_000), locale)} (${zone})`;
  const params = {
    title: mail.title,
    kind: t(`meeting.kind.${mail.kind}`),
    organiser: mail.organiser,
    times: mail.starts.map(when).join(", "),
    cancelled: mail.cancelledStart ? when(mail.cancelledStart) : "",
    languages: mail.languages.map((code) => languageName(code, locale)).join(", "),
    where: [mail.place, mail.onlineUrl].filter(Boolean).join(" / ") || t("meeting.email.placeLater"),
  };
  const paragraphs = [t(`meeting.email.${mail.what}.body`, params)];
  if (mail.what !== "cancelled" && mail.what !== "occurrence_cancelled")
    paragraphs.push(t("meeting.email.details", params));
  paragraphs.push(t("meeting.email.page", { url: mail.url }));
  return {
    subject: t(`meeting.email.${mail.what}.subject`, params),
    paragraphs,
    // The invitee's one click: their own answer link (no sign-in); otherwise the series page.
    action: mail.rsvpUrl
      ? { label: t("meeting.email.answer"), url: mail.rsvpUrl }
      : { label: t("meeting.email.action"), url: mail.url },
    calendar: mail.calendar
      ? calendarFile(
          mail.calendar.method,
          mail.calendar.events.map((event) => ({
            ...event,
            summary: mail.title,
            description: t("meeting.calendar.description", { organiser: mail.organiser, url: mail.url }),
            url: mail.url,
          })),
          mail.calendar.organizer,
        )
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
  pathStep: (t, mail, locale) => {
    const params = {
      number: stepNumber(mail.step),
      step: t(`path.step.${mail.step}`),
      county: mail.countyName,
    };
    const action = { label: t("path.email.action"), url: mail.url };
    if (mail.what === "owner")
      return {
        subject: t("path.email.owner.subject", params),
        paragraphs: [
          t("path.email.owner.body", {
            ...params,
            actor: mail.actorName,
            date: mail.targetDate ? formatDate(mail.targetDate, locale) : "–",
          }),
          t("path.email.owner.todo"),
        ],
        action,
      };
    return {
      subject: t("path.email.lapsed.subject", params),
      paragraphs: [
        t("path.email.lapsed.body", {
          ...params,
          checkedAt: `${formatDateTime(mail.checkedAt, locale)} (${t("activity.helsinkiTime")})`,
        }),
        explain(t, locale, mail.explanation),
        t("path.email.lapsed.todo"),
      ],
      action,
    };
  },
  referralForAssociation: (t, { what, ...mail }, locale) =>
    referralContent(t, locale, `referralForAssociation.${what}`, mail),
  referralForCounty: (t, { what, ...mail }, locale) => referralContent(t, locale, `referralForCounty.${what}`, mail),
  meeting: (t, mail, locale) => meetingContent(t, locale, mail),
  networkHandover: (t, { what, url, ...names }) => ({
    subject: t("network.email.handover.subject", { network: names.networkName, unit: names.unitName }),
    paragraphs: [
      t(`network.email.handover.${what}`, {
        person: names.personName,
        network: names.networkName,
        unit: names.unitName,
      }),
      t("network.email.handover.todo", { unit: names.unitName }),
    ],
    action: { label: t("network.email.handover.action"), url },
  }),
};

export function renderEmail<T extends TemplateName>(template: T, locale: Locale, params: Templates[T]): RenderedEmail {
  const t = translator(locale);
  const { calendar, ...content } = contents[template](t, params, locale);
  return { ...layout({ lang: locale, ...content, footer: t("email.footer") }), calendar };
}
