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
  | "consent-text:manage" // add reviewed consent-text versions (translations)
  | "barometer:manage"
  | "path:lead" // move the steps of the Co-Act path (their county's, every county's for an admin)
  | "path:thresholds" // change the thresholds of the path's evidence rules
  | "meeting:organise"
  | "contact:handle" // the contact point's inbox: the liaison's county, a social worker's units
  | "contact:route"
  | "contact:figures"
  | "concern:submit"
  | "picture:read" // the shared picture of one's county: read, comment, suggest, send session questions
  | "picture:edit" // edit pages, accept suggestions, read the session questions
  | "concern:read" // the notices of one's associations, units or county (personal data: mayReadConcernPersonalData)
  | "network:manage"; // networks, their relevance to units, the representation matrix of their county

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    "administer",
    "consent-text:read",
    "consent-text:manage",
    "referral:figures",
    "referral:access-log",
    "notice:read",
    "barometer:manage",
    "path:lead",
    "path:thresholds",
    "meeting:organise",
    "contact:figures",
    "network:manage",
  ],
  liaison: [
    "referral:figures",
    "referral:access-log",
    "notice:read",
    "notice:write",
    "consent-text:read",
    "barometer:manage",
    "path:lead",
    "meeting:organise",
    "contact:handle",
    "contact:route",
    "contact:figures",
    "concern:read",
    "picture:read",
    "picture:edit",
    "network:manage",
  ],
  social_worker: [
    "referral:create",
    "notice:read",
    "notice:write",
    "consent-text:read",
    "meeting:organise",
    "contact:handle",
    "concern:read",
    "picture:read",
  ],
  association_staff: ["notice:read", "concern:submit", "concern:read", "picture:read"],
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

// ---- the Co-Act path -----------------------------------------------------------------------------------------------

/** Everyone in the county reads its path: its units' staff, its associations' staff, its liaison; admins every path. */
export function pathScope(user: SessionUser): Prisma.CountyWhereInput {
  return user.role === "admin" ? {} : { id: { in: user.countyIds } };
}

export function mayReadPath(user: SessionUser, countyId: string): boolean {
  return user.role === "admin" || user.countyIds.includes(countyId);
}

/** The party that moves a county's steps: its liaison (the county), or an admin; nobody else. */
export function pathParty(user: SessionUser, countyId: string): Extract<Party, "county" | "admin"> | null {
  if (!hasPermission(user, "path:lead")) return null;
  if (user.role === "admin") return "admin";
  return user.countyIds.includes(countyId) ? "county" : null;
}

// ---- meetings ------------------------------------------------------------------------------------------------------

/** The units a user may organise meeting series for: their own units, every unit of the liaison's counties, any (admin). */
export function organiserUnitScope(user: SessionUser): Prisma.UnitWhereInput {
  if (!hasPermission(user, "meeting:organise")) throw new NotAllowed();
  if (user.role === "admin") return {};
  if (user.role === "liaison") return { countyId: { in: user.countyIds } };
  return { id: { in: user.unitIds } };
}

/** The series a user may edit: the organiser unit's staff, its county's liaison, admins. */
export function seriesEditScope(user: SessionUser): Prisma.MeetingSeriesWhereInput {
  if (!hasPermission(user, "meeting:organise")) return { id: { in: [] } };
  return { unit: organiserUnitScope(user) };
}

/** The party a user acts for on a series they may edit. */
export function meetingParty(user: SessionUser): Extract<Party, "county" | "admin"> {
  return user.role === "admin" ? "admin" : "county";
}

/**
 * The series a user sees: those they may edit (drafts too), and the visible ones (`visibleStates`, from the machine's
 * tag) they, their units or their associations are invited to or host. Nothing else, not even its existence.
 */
export function seriesScope(user: SessionUser, visibleStates: readonly string[]): Prisma.MeetingSeriesWhereInput {
  if (user.role === "admin") return {};
  const invited: Prisma.MeetingSeriesWhereInput = {
    status: { in: visibleStates as never },
    OR: [
      { invitations: { some: { userId: user.id } } },
      ...(user.unitIds.length ? [{ invitations: { some: { unitId: { in: user.unitIds } } } }] : []),
      ...(user.associationIds.length
        ? [
            { invitations: { some: { associationId: { in: user.associationIds } } } },
            { hostAssociationId: { in: user.associationIds } },
          ]
        : []),
    ],
  };
  return hasPermission(user, "meeting:organise") ? { OR: [seriesEditScope(user), invited] } : invited;
}

// ---- the contact point -----------------------------------------------------------------------------------------------

/**
 * The contact requests a user may read and handle: all of the liaison's counties, those routed to a social worker's
 * units. Senders have no account: they reach their own request through its link (contact-request.server.ts).
 */
export function contactScope(user: SessionUser): Prisma.ContactRequestWhereInput {
  if (!hasPermission(user, "contact:handle")) throw new NotAllowed();
  if (user.role === "liaison") return { countyId: { in: user.countyIds } };
  return { unitId: { in: user.unitIds } };
}

/** The party a user acts for on a contact request: the county, when it is in their scope. */
export function contactParty(
  user: SessionUser,
  request: { countyId: string; unitId: string | null },
): Extract<Party, "county"> | null {
  if (user.role === "liaison" && user.countyIds.includes(request.countyId)) return "county";
  if (user.role === "social_worker" && request.unitId && user.unitIds.includes(request.unitId)) return "county";
  return null;
}

/** Only the county's liaison routes requests to units (the machine says the county may; this says who in it). */
export function mayRouteContact(user: SessionUser, request: { countyId: string }): boolean {
  return hasPermission(user, "contact:route") && user.countyIds.includes(request.countyId);
}

/** The counties whose contact-point figures the user may see; null for all (admins). */
export function contactFiguresCounties(user: SessionUser): string[] | null {
  if (!hasPermission(user, "contact:figures")) throw new NotAllowed();
  return user.role === "admin" ? null : user.countyIds;
}

// ---- concern notices -------------------------------------------------------------------------------------------------

/**
 * The concern notices a user may list. The association staff who sent them see their associations' notices without the
 * personal data; the receiving unit's social workers see their unit's, with it. The liaison sees the county's, without.
 */
export function concernScope(user: SessionUser): Prisma.ConcernNoticeWhereInput {
  if (!hasPermission(user, "concern:read")) throw new NotAllowed();
  switch (user.role) {
    case "association_staff":
      return { associationId: { in: user.associationIds } };
    case "social_worker":
      return { unitId: { in: user.unitIds } };
    case "liaison":
      return { countyId: { in: user.countyIds } };
    case "admin":
      throw new NotAllowed();
  }
}

/** Only members of the receiving unit read a notice's personal data and handle it (as the county). */
export function mayReadConcernPersonalData(user: SessionUser, notice: { unitId: string }): boolean {
  return user.role === "social_worker" && user.unitIds.includes(notice.unitId);
}

/** Association staff send notices for their own associations. */
export function maySubmitConcern(user: SessionUser, associationId: string): boolean {
  return hasPermission(user, "concern:submit") && user.associationIds.includes(associationId);
}

// ---- the shared picture --------------------------------------------------------------------------------------------

/** The shared picture of the user's counties (through their units or associations). */
export function pictureScope(user: SessionUser): { countyId: { in: string[] } } {
  if (!hasPermission(user, "picture:read")) throw new NotAllowed();
  return { countyId: { in: user.countyIds } };
}

/** The county's liaison keeps its pages. */
export function mayEditPicture(user: SessionUser, countyId: string): boolean {
  return hasPermission(user, "picture:edit") && user.countyIds.includes(countyId);
}

// ---- association networks ------------------------------------------------------------------------------------------

/** The networks a user sees: their counties' (units' and associations' staff, the liaison), every network for admins. */
export function networkScope(user: SessionUser): Prisma.NetworkWhereInput {
  return user.role === "admin" ? {} : { countyId: { in: user.countyIds } };
}

/** The county's networks and which units they are relevant to are kept by its liaison, or an admin. */
export function mayManageNetworks(user: SessionUser, countyId: string): boolean {
  if (!hasPermission(user, "network:manage")) return false;
  return user.role === "admin" || user.countyIds.includes(countyId);
}

/** A representative for a unit is proposed by the unit itself (its social workers), its county's liaison, or an admin. */
export function mayProposeRepresentative(user: SessionUser, unit: { id: string; countyId: string }): boolean {
  if (mayManageNetworks(user, unit.countyId)) return true;
  return user.role === "social_worker" && user.unitIds.includes(unit.id);
}

/**
 * The parties a user acts as on a representative assignment, most specific first: the person themself (only they
 * accept or decline), the unit (its social workers, its county's liaison), an admin. Empty: no part in it.
 */
export function representativeParties(
  user: SessionUser,
  assignment: { personId: string; unit: { id: string; countyId: string } },
): Extract<Party, "self" | "county" | "admin">[] {
  const parties: Extract<Party, "self" | "county" | "admin">[] = [];
  if (user.id === assignment.personId) parties.push("self");
  if (user.role === "admin") parties.push("admin");
  else if (mayProposeRepresentative(user, assignment.unit)) parties.push("county");
  return parties;
}
