// Fixed lists that forms offer as choices and the database stores as codes. A plain module (not .server), so route
// components may render them too; people see them through app/i18n or Intl.
import type { AssociationKind } from "@prisma/client";

export const ROLES = ["social_worker", "liaison", "association_staff", "admin"] as const;

export const ASSOCIATION_KINDS: [AssociationKind, ...AssociationKind[]] = ["registered", "unregistered_group", "congregation", "project"];

/** ISO 639-1 codes offered for associations and activities; names come from Intl.DisplayNames. */
export const LANGUAGE_CODES = [
  "fi", "sv", "en", "ar", "so", "fa", "prs", "ps", "ku", "ru", "uk", "et", "vi", "th", "zh", "ti", "am", "fr", "es", "tr",
  "sq", "bs", "pl", "ro", "tl", "ur", "hi", "bn", "ne", "my", "sw",
] as const;

export const TARGET_GROUPS = ["women", "families", "youth", "elderly", "newly_arrived", "job_seekers"] as const;

/** The client data items a consent can cover, and where a referral ends. */
export const DATA_ITEMS = ["first_name", "phone", "email", "languages", "address", "needs"] as const;
export type DataItem = (typeof DATA_ITEMS)[number];
export const DECLINE_REASONS = ["no_capacity", "not_right_service", "could_not_reach", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const OUTCOMES = ["got_help", "referred_elsewhere", "no_longer_needed", "could_not_reach", "other"] as const;
export type Outcome = (typeof OUTCOMES)[number];
