// Consent-based referrals (Co-Act steps 5–7): creating one with its consent, acting on it as the county or the
// association, withdrawing consent, redirecting, and reading it. Every change goes through the workflows in
// workflows/; every read of client personal data is written to the access log; e-mails carry no personal data.
import type { ConsentMethod, Prisma } from "@prisma/client";
import { accompanimentMachine, type AccompanimentEvent } from "#workflows/accompaniment/accompaniment.machine";
import type { Party, WorkflowActor } from "#workflows/actor";
import { consentMachine, type ConsentEvent } from "#workflows/consent/consent.machine";
import { OPEN_STATES, referralMachine, type ReferralEvent, type ReferralState } from "#workflows/referral/referral.machine";
import { NotAllowed, type SessionUser } from "~/utils/auth.server";
import { FieldProblem } from "./user.server";
import { db, type Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { queueEmail } from "~/utils/outbox.server";
import { initialSnapshot, stepRecord } from "~/utils/workflow.server";
import { asLocale } from "~/i18n/i18n";
import { DATA_ITEMS, type DataItem, type DeclineReason, type Outcome } from "~/utils/choices";

export const CONSENT_TEXT_VERSION = "2026-11-v1";

/** Which client field holds which consented data item. */
const FIELD_OF: Record<DataItem, "clientFirstName" | "clientPhone" | "clientEmail" | "clientLanguages" | "clientAddress" | "clientNeeds"> = {
  first_name: "clientFirstName", phone: "clientPhone", email: "clientEmail", languages: "clientLanguages",
  address: "clientAddress", needs: "clientNeeds",
};

/** Everything that may identify the client: the consented items, and the free texts someone may have written. */
export const ERASED = {
  clientFirstName: null, clientPhone: null, clientEmail: null, clientLanguages: [], clientAddress: null, clientNeeds: null,
  declineText: null, outcomeText: null,
} satisfies Prisma.ReferralUpdateInput;

// ---- who is acting ---------------------------------------------------------------------------------------------

type Owners = { id: string; unitId: string; associationId: string; unit: { countyId: string } };

/** The party a user acts for on this referral, or null when they have no part in it. */
export function partyOf(user: SessionUser, referral: Owners): Exclude<Party, "system"> | null {
  if (user.role === "social_worker" && user.unitIds.includes(referral.unitId)) return "county";
  if (user.role === "association_staff" && user.associationIds.includes(referral.associationId)) return "association";
  return null;
}

function actorFor(user: SessionUser, referral: Owners): WorkflowActor {
  const party = partyOf(user, referral);
  if (!party) throw new NotAllowed();
  return { id: user.id, party };
}

// ---- stepping the three workflows ------------------------------------------------------------------------------

export function stepReferral(tx: Tx, id: string, event: ReferralEvent, data: Prisma.ReferralUpdateManyMutationInput = {}, expectedVersion?: number) {
  return stepRecord(tx, "referral", referralMachine, id, event, { actorId: event.actor.id, data, expectedVersion });
}

export function stepConsent(tx: Tx, id: string, event: ConsentEvent, data: Prisma.ConsentUpdateManyMutationInput = {}) {
  return stepRecord(tx, "consent", consentMachine, id, event, { actorId: event.actor.id, data });
}

function stepAccompaniment(tx: Tx, id: string, event: AccompanimentEvent, data: Prisma.AccompanimentUpdateManyMutationInput = {}) {
  return stepRecord(tx, "accompaniment", accompanimentMachine, id, event, { actorId: event.actor.id, data });
}

// ---- e-mail: something needs attention, and a link; never personal data -------------------------------------------

export async function mailAssociation(tx: Tx, referralId: string, associationId: string, what: "new" | "reminder" | "meeting" | "withdrawn" | "cancelled") {
  const association = await tx.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { name: true, members: { where: { user: { status: "active" } }, select: { user: { select: { email: true, locale: true } } } } },
  });
  for (const { user } of association.members) {
    await queueEmail(tx, {
      to: user.email, locale: user.locale, template: "referralForAssociation",
      params: { what, associationName: association.name, url: `${env().APP_URL}/referrals/${referralId}` },
    });
  }
}

/** The worker who made the referral, or, when they have left, the unit's social workers: the referral is the unit's. */
export async function mailCounty(tx: Tx, referralId: string, what: "accepted" | "declined" | "meeting" | "no_answer" | "attended" | "no_show" | "withdrawn") {
  const referral = await tx.referral.findUniqueOrThrow({ where: { id: referralId }, select: { createdById: true, unitId: true, association: { select: { name: true } } } });
  const members = await tx.user.findMany({
    where: { status: "active", role: "social_worker", units: { some: { unitId: referral.unitId } } },
    select: { id: true, email: true, locale: true },
  });
  const creator = members.filter((m) => m.id === referral.createdById);
  for (const user of creator.length ? creator : members) {
    await queueEmail(tx, {
      to: user.email, locale: asLocale(user.locale), template: "referralForCounty",
      params: { what, associationName: referral.association.name, url: `${env().APP_URL}/referrals/${referralId}` },
    });
  }
}

// ---- creating ----------------------------------------------------------------------------------------------------

export type NewReferral = {
  unitId: string;
  associationId: string;
  activityId: string | null;
  client: { firstName: string | null; phone: string | null; email: string | null; languages: string[]; address: string | null; needs: string | null };
  consent: { items: DataItem[]; purpose: string; method: ConsentMethod; interpreterUsed: boolean; interpreterLanguage: string | null; validUntil: Date };
  accompaniment: { pickup: boolean; interpreting: boolean; interpreterLanguage: string | null } | null;
};

/** Records the consent and sends the referral in one step; only consented items are stored at all. */
export async function createReferral(user: SessionUser, input: NewReferral, now = new Date()) {
  if (user.role !== "social_worker" || !user.unitIds.includes(input.unitId)) throw new NotAllowed();
  return db().$transaction((tx) => insertReferral(tx, user, input, now));
}

async function insertReferral(tx: Tx, user: SessionUser, input: NewReferral & { redirectedFromId?: string }, now: Date) {
  const covered = new Set(input.consent.items);
  const client = {
    clientFirstName: covered.has("first_name") ? input.client.firstName : null,
    clientPhone: covered.has("phone") ? input.client.phone : null,
    clientEmail: covered.has("email") ? input.client.email : null,
    clientLanguages: covered.has("languages") ? input.client.languages : [],
    clientAddress: covered.has("address") ? input.client.address : null,
    clientNeeds: covered.has("needs") ? input.client.needs : null,
  };
  const referral = await tx.referral.create({
    data: {
      unitId: input.unitId, createdById: user.id, associationId: input.associationId, activityId: input.activityId,
      redirectedFromId: input.redirectedFromId, status: "draft", snapshot: initialSnapshot(referralMachine), ...client,
    },
    select: { id: true },
  });
  const actor: WorkflowActor = { id: user.id, party: "county" };
  await stepReferral(tx, referral.id, { type: "SUBMIT", actor });
  await tx.consent.create({
    data: {
      referralId: referral.id, associationId: input.associationId, items: [...covered], purpose: input.consent.purpose,
      method: input.consent.method, interpreterUsed: input.consent.interpreterUsed,
      interpreterLanguage: input.consent.interpreterUsed ? input.consent.interpreterLanguage : null,
      textVersion: CONSENT_TEXT_VERSION, recordedById: user.id, recordedAt: now, validUntil: input.consent.validUntil,
      status: "given", snapshot: initialSnapshot(consentMachine),
    },
  });
  await stepReferral(tx, referral.id, { type: "CONSENT_RECORDED", actor }, { sentAt: now });
  if (input.accompaniment && ((input.accompaniment.pickup && covered.has("address")) || (input.accompaniment.interpreting && covered.has("languages")))) {
    await tx.accompaniment.create({
      data: {
        referralId: referral.id,
        // A pickup needs the address, which only consent can bring to the association.
        pickup: input.accompaniment.pickup && covered.has("address"),
        // The interpreting language tells the client's language: only with consent to share languages.
        interpreting: input.accompaniment.interpreting && covered.has("languages"),
        interpreterLanguage: input.accompaniment.interpreting ? input.accompaniment.interpreterLanguage : null,
        status: "requested", snapshot: initialSnapshot(accompanimentMachine),
      },
    });
  }
  await mailAssociation(tx, referral.id, input.associationId, "new");
  return referral.id;
}

// ---- acting on a referral ------------------------------------------------------------------------------------------

export type ReferralAction =
  | { type: "ACCEPT" }
  | { type: "DECLINE"; reason: DeclineReason; text: string | null }
  | { type: "PROPOSE_TIMES"; times: Date[] }
  | { type: "CONFIRM_TIME"; at: Date }
  | { type: "ARRANGE_MEETING"; at: Date }
  | { type: "MARK_ATTENDED" }
  | { type: "MARK_NO_SHOW" }
  | { type: "CLOSE"; outcome: Outcome; text: string | null }
  | { type: "CANCEL" };

async function loadOwners(tx: Tx, id: string) {
  return tx.referral.findUnique({
    where: { id },
    select: { id: true, unitId: true, associationId: true, status: true, proposedTimes: true, unit: { select: { countyId: true } } },
  });
}

/** One step of the referral by a user, checked against the version the user saw. */
export async function actOnReferral(user: SessionUser, id: string, expectedVersion: number, action: ReferralAction, now = new Date()) {
  await db().$transaction(async (tx) => {
    const referral = await loadOwners(tx, id);
    if (!referral) throw new NotAllowed();
    const actor = actorFor(user, referral);
    const event = { type: action.type, actor } as ReferralEvent;
    switch (action.type) {
      case "ACCEPT":
        await stepReferral(tx, id, event, { answeredAt: now }, expectedVersion);
        await mailCounty(tx, id, "accepted");
        break;
      case "DECLINE":
        await stepReferral(tx, id, event, { answeredAt: now, closedAt: now, declineReason: action.reason, declineText: action.text }, expectedVersion);
        await mailCounty(tx, id, "declined");
        break;
      case "PROPOSE_TIMES":
        await stepReferral(tx, id, event, { proposedTimes: action.times }, expectedVersion);
        await mailCounty(tx, id, "meeting");
        break;
      case "CONFIRM_TIME":
        if (!referral.proposedTimes.some((t) => t.getTime() === action.at.getTime())) throw new NotAllowed();
        await stepReferral(tx, id, event, { meetingAt: action.at }, expectedVersion);
        if (actor.party === "county") await mailAssociation(tx, id, referral.associationId, "meeting");
        else await mailCounty(tx, id, "meeting");
        break;
      case "ARRANGE_MEETING":
        await stepReferral(tx, id, event, { meetingAt: action.at, proposedTimes: [] }, expectedVersion);
        if (actor.party === "association") await mailCounty(tx, id, "meeting");
        break;
      case "MARK_ATTENDED":
      case "MARK_NO_SHOW":
        await stepReferral(tx, id, event, {}, expectedVersion);
        await mailCounty(tx, id, action.type === "MARK_ATTENDED" ? "attended" : "no_show");
        break;
      case "CLOSE":
        await stepReferral(tx, id, event, { outcome: action.outcome, outcomeText: action.text, closedAt: now }, expectedVersion);
        break;
      case "CANCEL": {
        await stepReferral(tx, id, event, { closedAt: now }, expectedVersion);
        await cancelAccompaniment(tx, id, actor);
        await mailAssociation(tx, id, referral.associationId, "cancelled");
        break;
      }
    }
  });
}

async function cancelAccompaniment(tx: Tx, referralId: string, actor: WorkflowActor) {
  const accompaniment = await tx.accompaniment.findUnique({ where: { referralId }, select: { id: true, status: true } });
  if (accompaniment && (accompaniment.status === "requested" || accompaniment.status === "assigned")) {
    await stepAccompaniment(tx, accompaniment.id, { type: "CANCEL", actor });
  }
}

/** Withdrawal of consent, by either side, erases the shared personal data at once and ends the referral if open. */
export async function withdrawConsent(user: SessionUser, id: string, now = new Date()) {
  await db().$transaction(async (tx) => {
    const referral = await loadOwners(tx, id);
    if (!referral) throw new NotAllowed();
    const actor = actorFor(user, referral);
    const consent = await tx.consent.findUniqueOrThrow({ where: { referralId: id }, select: { id: true } });
    await stepConsent(tx, consent.id, { type: "WITHDRAW", actor }, { withdrawnAt: now, withdrawnById: user.id });
    if (OPEN_STATES.includes(referral.status as ReferralState)) {
      await stepReferral(tx, id, { type: "CONSENT_WITHDRAWN", actor }, { closedAt: now });
      await cancelAccompaniment(tx, id, actor);
    }
    await tx.referral.update({ where: { id }, data: { ...ERASED, personalDataErasedAt: now } });
    await mailAssociation(tx, id, referral.associationId, "withdrawn");
    if (actor.party === "association") await mailCounty(tx, id, "withdrawn");
  });
}

/** Sends a declined or unanswered referral to another association without retyping it; the client's consent to the new
 * recipient is recorded anew (the social worker confirms it), and the old referral keeps no personal data. */
export async function redirectReferral(
  user: SessionUser, id: string, expectedVersion: number,
  target: { associationId: string; activityId: string | null; method: ConsentMethod; interpreterUsed: boolean; interpreterLanguage: string | null },
  now = new Date(),
) {
  const old = await db().referral.findUnique({
    where: { id },
    select: {
      id: true, unitId: true, associationId: true, unit: { select: { countyId: true } }, clientFirstName: true, clientPhone: true,
      clientEmail: true, clientLanguages: true, clientAddress: true, clientNeeds: true,
      consent: { select: { id: true, status: true, items: true, purpose: true, validUntil: true } }, accompaniment: { select: { pickup: true, interpreting: true, interpreterLanguage: true } },
    },
  });
  // Only a consent still in force can be carried over: after withdrawal there is nothing left to send.
  if (!old || old.consent?.status !== "given") throw new NotAllowed();
  if (target.associationId === old.associationId) throw new NotAllowed();
  const recipient = await db().association.count({ where: { id: target.associationId, countyId: old.unit.countyId } });
  if (!recipient) throw new FieldProblem("associationId", "errors.unknownId");
  if (target.activityId && !(await db().activity.count({ where: { id: target.activityId, associationId: target.associationId } })))
    throw new FieldProblem("activityId", "errors.unknownId");
  const consent = old.consent;
  const actor = actorFor(user, old);
  return db().$transaction(async (tx) => {
    await stepReferral(tx, id, { type: "REDIRECT", actor }, { closedAt: now, ...ERASED, personalDataErasedAt: now }, expectedVersion);
    await stepConsent(tx, consent.id, { type: "WITHDRAW", actor }, { withdrawnAt: now, withdrawnById: user.id });
    return insertReferral(tx, user, {
      unitId: old.unitId, associationId: target.associationId, activityId: target.activityId, redirectedFromId: id,
      client: { firstName: old.clientFirstName, phone: old.clientPhone, email: old.clientEmail, languages: old.clientLanguages, address: old.clientAddress, needs: old.clientNeeds },
      consent: { items: consent.items as DataItem[], purpose: consent.purpose, method: target.method, interpreterUsed: target.interpreterUsed, interpreterLanguage: target.interpreterLanguage, validUntil: consent.validUntil },
      accompaniment: old.accompaniment,
    }, now);
  });
}

// ---- accompaniment (association side) -----------------------------------------------------------------------------

export async function assignVolunteer(user: SessionUser, id: string, volunteer: { name: string; phone: string | null }) {
  await db().$transaction(async (tx) => {
    const referral = await loadOwners(tx, id);
    if (!referral || partyOf(user, referral) !== "association") throw new NotAllowed();
    const accompaniment = await tx.accompaniment.findUniqueOrThrow({ where: { referralId: id }, select: { id: true } });
    await stepAccompaniment(tx, accompaniment.id, { type: "ASSIGN", actor: { id: user.id, party: "association" } }, { volunteerName: volunteer.name, volunteerPhone: volunteer.phone });
  });
}

export async function finishAccompaniment(user: SessionUser, id: string, type: "DONE" | "CANCEL") {
  await db().$transaction(async (tx) => {
    const referral = await loadOwners(tx, id);
    if (!referral) throw new NotAllowed();
    const actor = actorFor(user, referral);
    if (type === "DONE" && actor.party !== "association") throw new NotAllowed();
    const accompaniment = await tx.accompaniment.findUniqueOrThrow({ where: { referralId: id }, select: { id: true } });
    await stepAccompaniment(tx, accompaniment.id, { type, actor });
  });
}

// ---- reading -----------------------------------------------------------------------------------------------------

export type ClientView = Partial<Record<DataItem, string | string[]>>;

/**
 * A referral as the user may see it. The social workers of the referring unit see the client data they recorded; the
 * association's staff see only the items the consent covers, while it is valid. Anyone else gets null (the caller
 * answers 403). Any personal data shown is written to the access log first.
 */
export async function viewReferral(user: SessionUser, id: string, now = new Date()) {
  const referral = await db().referral.findUnique({
    where: { id },
    include: {
      unit: { select: { name: true, countyId: true } },
      association: { select: { name: true } },
      consent: true,
      accompaniment: true,
    },
  });
  if (!referral) return null;
  const party = partyOf(user, referral);
  if (!party) return null;
  const consentValid = referral.consent?.status === "given" && referral.consent.validUntil > now;
  const visibleItems: DataItem[] =
    party === "county" ? [...DATA_ITEMS] : consentValid ? (referral.consent!.items as DataItem[]) : [];
  const client: ClientView = {};
  for (const item of visibleItems) {
    const value = referral[FIELD_OF[item]];
    if (value !== null && !(Array.isArray(value) && value.length === 0)) client[item] = value;
  }
  const shown = Object.keys(client);
  if (shown.length) {
    await db().accessLog.create({
      data: {
        referralId: id, userId: user.id, fields: shown, reason: "view",
        organisation: party === "county" ? `unit:${referral.unitId}` : `association:${referral.associationId}`,
      },
    });
  }
  const activity = referral.activityId
    ? await db().activity.findUnique({ where: { id: referral.activityId }, select: { id: true, titleFi: true, titleEn: true, capacity: true } })
    : null;
  const { clientFirstName: _1, clientPhone: _2, clientEmail: _3, clientLanguages: _4, clientAddress: _5, clientNeeds: _6, snapshot: _7, ...rest } = referral;
  const accompaniment = referral.accompaniment && {
    id: referral.accompaniment.id, status: referral.accompaniment.status, pickup: referral.accompaniment.pickup,
    interpreting: referral.accompaniment.interpreting, interpreterLanguage: referral.accompaniment.interpreterLanguage,
    // The volunteer's own contact stays at the association.
    volunteerName: party === "association" ? referral.accompaniment.volunteerName : null,
    volunteerPhone: party === "association" ? referral.accompaniment.volunteerPhone : null,
  };
  const consent = referral.consent && {
    items: referral.consent.items, purpose: referral.consent.purpose, method: referral.consent.method,
    interpreterUsed: referral.consent.interpreterUsed, interpreterLanguage: referral.consent.interpreterLanguage,
    textVersion: referral.consent.textVersion, recordedAt: referral.consent.recordedAt, validUntil: referral.consent.validUntil,
    status: referral.consent.status, withdrawnAt: referral.consent.withdrawnAt,
  };
  return { ...rest, party, client, consent, accompaniment, activity };
}

/** The lists of a user's referrals, without any personal data. */
export function listReferrals(user: SessionUser) {
  const where: Prisma.ReferralWhereInput =
    user.role === "social_worker" ? { unitId: { in: user.unitIds } }
    : user.role === "association_staff" ? { associationId: { in: user.associationIds }, status: { not: "draft" } }
    : { unit: { countyId: { in: user.countyIds } } };
  return db().referral.findMany({
    where: user.role === "admin" ? {} : where,
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: {
      id: true, status: true, sentAt: true, meetingAt: true, updatedAt: true, createdAt: true,
      association: { select: { name: true } }, unit: { select: { name: true } }, activityId: true,
      accompaniment: { select: { status: true } },
    },
  });
}

export function accessLogFor(referralId: string) {
  return db().accessLog.findMany({ where: { referralId }, orderBy: { createdAt: "asc" } });
}
