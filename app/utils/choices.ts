// Fixed lists that forms offer as choices and the database stores as codes. A plain module (not .server), so route
// components may render them too; people see them through app/i18n or Intl. Lists the schema keeps as enums come from
// the schema (app/utils/enums.generated.ts), in the schema's order.
import * as schema from "./enums.generated";

export const ROLES = schema.Role;
export const ASSOCIATION_KINDS = schema.AssociationKind;
export const CAPACITIES = schema.Capacity;
export const CONSENT_METHODS = schema.ConsentMethod;
export const MEETING_KINDS = schema.MeetingKind;
export const MEETING_ANSWERS = schema.MeetingAnswer;
/** How a meeting series repeats, each a rule derived from its first date (app/utils/recurrence.server.ts). */
export const MEETING_PATTERNS = ["weekly", "monthly_weekday", "monthly_date", "quarterly", "yearly"] as const;

/** ISO 639-1 codes offered for associations and activities; names come from Intl.DisplayNames. */
export const LANGUAGE_CODES = [
  "fi",
  "sv",
  "en",
  "ar",
  "so",
  "fa",
  "prs",
  "ps",
  "ku",
  "ru",
  "uk",
  "et",
  "vi",
  "th",
  "zh",
  "ti",
  "am",
  "fr",
  "es",
  "tr",
  "sq",
  "bs",
  "pl",
  "ro",
  "tl",
  "ur",
  "hi",
  "bn",
  "ne",
  "my",
  "sw",
] as const;

export const TARGET_GROUPS = ["women", "families", "youth", "elderly", "newly_arrived", "job_seekers"] as const;

/** The client data items a consent can cover, why an association declines, and how a referral ends. */
export const DATA_ITEMS = schema.DataItem;
/** The new-referral form's field of each client data item: what is filled there is what the consent covers. */
export const CLIENT_FIELD = {
  first_name: "firstName",
  phone: "phone",
  email: "email",
  languages: "languages",
  address: "address",
  needs: "needs",
} as const satisfies Record<(typeof DATA_ITEMS)[number], string>;
export const DECLINE_REASONS = schema.DeclineReason;
export const OUTCOMES = schema.ReferralOutcome;

export const CONTACT_KINDS = schema.ContactKind;
export const CONTACT_TOPICS = schema.ContactTopic;
