// Generated from prisma/schema.prisma by scripts/generate-enums.ts: do not edit. The schema's enums, in its order.

export const Role = ["social_worker", "liaison", "association_staff", "admin"] as const;
export type Role = (typeof Role)[number];
export const AssociationKind = ["registered", "unregistered_group", "congregation", "project"] as const;
export type AssociationKind = (typeof AssociationKind)[number];
export const TokenPurpose = ["password_reset", "invitation"] as const;
export type TokenPurpose = (typeof TokenPurpose)[number];
export const Capacity = ["open", "waiting_list", "full"] as const;
export type Capacity = (typeof Capacity)[number];
export const ConsentMethod = ["written", "oral", "electronic"] as const;
export type ConsentMethod = (typeof ConsentMethod)[number];
export const AccountStatus = ["invited", "active", "deactivated"] as const;
export type AccountStatus = (typeof AccountStatus)[number];
export const ReferralStatus = [
  "draft",
  "awaiting_consent",
  "sent",
  "no_answer",
  "declined",
  "accepted",
  "meeting_proposed",
  "meeting_arranged",
  "met",
  "no_show",
  "closed",
  "cancelled",
  "redirected",
] as const;
export type ReferralStatus = (typeof ReferralStatus)[number];
export const ConsentStatus = ["given", "withdrawn", "expired"] as const;
export type ConsentStatus = (typeof ConsentStatus)[number];
export const AccompanimentStatus = ["requested", "assigned", "done", "cancelled"] as const;
export type AccompanimentStatus = (typeof AccompanimentStatus)[number];
export const BarometerRoundStatus = ["draft", "open", "closed", "published"] as const;
export type BarometerRoundStatus = (typeof BarometerRoundStatus)[number];
export const MeetingSeriesStatus = ["draft", "scheduled", "ended", "cancelled"] as const;
export type MeetingSeriesStatus = (typeof MeetingSeriesStatus)[number];
export const MeetingKind = ["introduction", "group_visit", "joint_meeting", "annual_session"] as const;
export type MeetingKind = (typeof MeetingKind)[number];
export const MeetingExceptionKind = ["cancelled", "moved"] as const;
export type MeetingExceptionKind = (typeof MeetingExceptionKind)[number];
export const MeetingAnswer = ["yes", "no", "maybe"] as const;
export type MeetingAnswer = (typeof MeetingAnswer)[number];
export const BarometerOrgType = [
  "association",
  "municipal_immigrant_services",
  "social_health_services",
  "education",
  "other_authority",
  "other",
] as const;
export type BarometerOrgType = (typeof BarometerOrgType)[number];
export const BarometerAssociationSize = ["up_to_10", "over_10"] as const;
export type BarometerAssociationSize = (typeof BarometerAssociationSize)[number];
export const DataItem = ["first_name", "phone", "email", "languages", "address", "needs"] as const;
export type DataItem = (typeof DataItem)[number];
export const DeclineReason = ["no_capacity", "not_right_service", "could_not_reach", "other"] as const;
export type DeclineReason = (typeof DeclineReason)[number];
export const ReferralOutcome = [
  "got_help",
  "referred_elsewhere",
  "no_longer_needed",
  "could_not_reach",
  "other",
] as const;
export type ReferralOutcome = (typeof ReferralOutcome)[number];
export const NetworkRepresentativeStatus = [
  "proposed",
  "active",
  "handover",
  "ended",
  "declined",
  "withdrawn",
] as const;
export type NetworkRepresentativeStatus = (typeof NetworkRepresentativeStatus)[number];
export const CoactStepKey = [
  "visibility",
  "intro_meetings",
  "contact_point",
  "shared_picture",
  "timely_referral",
  "consented_referral",
  "accompaniment",
  "visits_and_joint_meetings",
  "network_representatives",
  "inclusion",
] as const;
export type CoactStepKey = (typeof CoactStepKey)[number];
export const CoactStepStatus = ["not_started", "planned", "in_progress", "established", "lapsed", "skipped"] as const;
export type CoactStepStatus = (typeof CoactStepStatus)[number];
export const OutboxStatus = ["queued", "sent", "kept"] as const;
export type OutboxStatus = (typeof OutboxStatus)[number];
export const ContactKind = ["message", "invitation", "material", "brochure"] as const;
export type ContactKind = (typeof ContactKind)[number];
export const ContactTopic = [
  "integration_services",
  "client_cooperation",
  "events_and_meetings",
  "volunteering",
  "materials_and_information",
  "other",
] as const;
export type ContactTopic = (typeof ContactTopic)[number];
export const ContactRequestStatus = ["received", "routed", "answered", "closed"] as const;
export type ContactRequestStatus = (typeof ContactRequestStatus)[number];
export const ContactMessageAuthor = ["sender", "county"] as const;
export type ContactMessageAuthor = (typeof ContactMessageAuthor)[number];
export const ConcernNoticeStatus = ["submitted", "received", "contact_taken", "closed"] as const;
export type ConcernNoticeStatus = (typeof ConcernNoticeStatus)[number];
export const PicturePageKind = ["responsibilities", "explainer", "case_example"] as const;
export type PicturePageKind = (typeof PicturePageKind)[number];
export const PictureCommentKind = ["comment", "suggestion"] as const;
export type PictureCommentKind = (typeof PictureCommentKind)[number];
export const PictureCommentStatus = ["open", "accepted", "declined"] as const;
export type PictureCommentStatus = (typeof PictureCommentStatus)[number];
