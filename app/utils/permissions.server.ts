// Who may do what: the one place that answers "may this user do this, to this record". Routes and models ask here
// before they load or change anything, and load records with the scope from here in their `where`, so a record the user
// may not see is not found. The workflows then decide which events the user's party may send in the record's state.
import type { Prisma, Role } from "@prisma/client";
import type { Party } from "#workflows/actor";
import { requireUser, type SessionUser } from "./auth.server";

/** What a role may do at all; records add their own rule below (whose unit, whose association, which county). */
export type Permission =
  | "administer" // counties, units, associations, user accounts
  | "referral:create"
  | "referral:figures"
  | "referral:access-log"
  | "notice:read"
  | "notice:write"
  | "consent-text:read"
  | "barometer:manage";

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ["administer", "referral:figures", "referral:access-log", "notice:read", "barometer:manage"],
  liaison: [
    "referral:figures",
    "referral:access-log",
    "notice:read",
    "notice:write",
    "consent-text:read",
    "barometer:manage",
  ],
  social_worker: ["referral:create", "notice:read", "notice:write", "consent-text:read"],
  association_staff: ["notice:read"],
};

export function hasPermission(user: SessionUser, permission: Permission): boolean {
  return ROLE_PERMISSIONS[user.role].includes(permission);
}

/** A model's or route's refusal: this user has no part in this record. Answered with 403. */
export class NotAllowed extends Error {}

export function forbidden(): never {
  throw new Response("Forbidden", { status: 403 });
}

/** The signed-in user (or sign-in), who must have the permission (or 403). */
export async function requirePermission(request: Request, permission: Permission): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!hasPermission(user, permission)) forbidden();
  return user;
}

// ---- organisations ---------------------------------------------------------------------------------------------

/** The association's own staff, the liaison of its county, and admins may manage an association. */
export function mayManageAssociation(user: SessionUser, association: { id: string; countyId: string }): boolean {
  if (user.role === "admin") return true;
  if (user.role === "liaison") return user.countyIds.includes(association.countyId);
  if (user.role === "association_staff") return user.associationIds.includes(association.id);
  return false;
}

/** A unit's page: its own social workers, its county's liaison, admins. */
export function mayViewUnit(user: SessionUser, unit: { id: string; countyId: string }): boolean {
  if (user.role === "admin") return true;
  if (user.role === "liaison") return user.countyIds.includes(unit.countyId);
  return user.role === "social_worker" && user.unitIds.includes(unit.id);
}

// ---- referrals ---------------------------------------------------------------------------------------------------

/** A social worker refers clients for their own units only. */
export function mayReferFor(user: SessionUser, unitId: string): boolean {
  return hasPermission(user, "referral:create") && user.unitIds.includes(unitId);
}

/** The party a user acts for on a referral, or null when they have no part in it. */
export function referralParty(
  user: SessionUser,
  referral: { unitId: string; associationId: string },
): Extract<Party, "county" | "association"> | null {
  if (user.role === "social_worker" && user.unitIds.includes(referral.unitId)) return "county";
  if (user.role === "association_staff" && user.associationIds.includes(referral.associationId)) return "association";
  return null;
}

/** The referrals a user may list: their units' or their associations' (sent ones), their county's for the liaison. */
export function referralScope(user: SessionUser, sharedStates: readonly string[]): Prisma.ReferralWhereInput {
  switch (user.role) {
    case "social_worker":
      return { unitId: { in: user.unitIds } };
    case "association_staff":
      return { associationId: { in: user.associationIds }, status: { in: sharedStates as never } };
    case "liaison":
      return { unit: { countyId: { in: user.countyIds } } };
    case "admin":
      return {};
  }
}

/**
 * The same scope as `referralScope`, for the lists' SQL (which pages each unit's or association's referrals along its
 * own index): the referrals of these units (a social worker's; a liaison's counties' units, `counties`), of these
 * associations in the shared states (association staff), or all (admins).
 */
export type ReferralListScope =
  | { of: "unit"; ids: string[] }
  | { of: "county"; ids: string[] }
  | { of: "association"; ids: string[]; states: readonly string[] }
  | { of: "all" };

export function referralListScope(user: SessionUser, sharedStates: readonly string[]): ReferralListScope {
  switch (user.role) {
    case "social_worker":
      return { of: "unit", ids: user.unitIds };
    case "association_staff":
      return { of: "association", ids: user.associationIds, states: sharedStates };
    case "liaison":
      return { of: "county", ids: user.countyIds };
    case "admin":
      return { of: "all" };
  }
}

/** The counties whose referral figures the user may see; null for all (admins). Figures are aggregated in SQL. */
export function figuresCounties(user: SessionUser): string[] | null {
  if (!hasPermission(user, "referral:figures")) throw new NotAllowed();
  return user.role === "admin" ? null : user.countyIds;
}

/** Who has seen a referral's client data: the liaison of its county, and admins. */
export function accessLogScope(user: SessionUser): Prisma.ReferralWhereInput {
  if (!hasPermission(user, "referral:access-log")) throw new NotAllowed();
  return user.role === "admin" ? {} : { unit: { countyId: { in: user.countyIds } } };
}

// ---- advance notices -----------------------------------------------------------------------------------------------

/** Social workers and the liaison write notices, for a county they work in. */
export function mayWriteNotice(user: SessionUser, countyId: string): boolean {
  return hasPermission(user, "notice:write") && user.countyIds.includes(countyId);
}

// ---- accounts ------------------------------------------------------------------------------------------------------

/** The party a user acts as on an account: administrators manage every account. */
export function accountParty(user: SessionUser): Extract<Party, "admin"> | null {
  return hasPermission(user, "administer") ? "admin" : null;
}

// ---- partnership barometer -----------------------------------------------------------------------------------------

/** The barometer rounds a user may run and read: the liaison's counties, every county for an admin. */
export function barometerScope(user: SessionUser): Prisma.BarometerRoundWhereInput {
  if (!hasPermission(user, "barometer:manage")) throw new NotAllowed();
  return user.role === "admin" ? {} : { countyId: { in: user.countyIds } };
}

/** The party a user acts for on a barometer round they may manage. */
export function barometerParty(user: SessionUser): Extract<Party, "county" | "admin"> {
  return user.role === "admin" ? "admin" : "county";
}
