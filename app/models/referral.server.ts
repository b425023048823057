// Consent-based referrals (Co-Act steps 5–7): creating one with its consent, acting on it as the county or the
// association, withdrawing consent, redirecting, and reading it. Every change goes through the workflows in
// workflows/ (app/utils/workflow.server.ts); who may act is decided in app/utils/permissions.server.ts; every read of
// client personal data is written to the access log; e-mails carry no personal data.
import {
  Prisma,
  type AccompanimentStatus,
  type ConsentMethod,
  type DataItem,
  type ReferralStatus,
} from "@prisma/client";
import { accompanimentMachine, type AccompanimentEvent } from "#workflows/accompaniment/accompaniment.machine";
import type { WorkflowActor } from "#workflows/actor";
import { consentMachine, type ConsentEvent } from "#workflows/consent/consent.machine";
import { referralMachine, type ReferralEvent } from "#workflows/referral/referral.machine";
import { offeredEvents, statesWithTag } from "#workflows/states";
import type { SessionUser } from "~/utils/auth.server";
import { CLIENT_FIELD, DATA_ITEMS } from "~/utils/choices";
import { db, type Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { queueEmails } from "~/utils/outbox.server";
import { addWorkingDays } from "~/utils/working-days";
import type { MeetingCalendar } from "#emails/calendar";
import type { TemplateParams } from "#emails/templates";
import { mayReferFor, NotAllowed, referralListScope, referralParty } from "~/utils/permissions.server";
import {
  ConcurrentChange,
  initialRow,
  restoreSnapshot,
  step,
  TransitionRefused,
  type SavedRow,
} from "~/utils/workflow.server";
import { chosenConsentText } from "./consent-text.server";
import { FieldProblem } from "./user.server";

/** States in which the association has the referral (its inbox, its staff's access). */
const SHARED = statesWithTag<ReferralStatus>(referralMachine, "shared");

/** Which client field holds which consented data item. */
const FIELD_OF = {
  first_name: "clientFirstName",
  phone: "clientPhone",
  email: "clientEmail",
  languages: "clientLanguages",
  address: "clientAddress",
  needs: "clientNeeds",
} as const satisfies Record<DataItem, keyof Prisma.ReferralUncheckedCreateInput>;

/** Everything that may identify the client: the consented items, and the free texts someone may have written. */
export const ERASED = {
  clientFirstName: null,
  clientPhone: null,
  clientEmail: null,
  clientLanguages: [],
  clientAddress: null,
  clientNeeds: null,
  declineText: null,
  outcomeText: null,
} satisfies Prisma.ReferralUncheckedUpdateManyInput;

/**
 * Erases everything entered about the client in these referrals, their consents (the free-text purpose, which social
 * workers do write client details into, the interpreting language, and the language of the consent text shown) and their accompaniments (the client's
 * interpreting language, and the volunteer's name and phone, which tie a named person to the client's visit). What
 * stays are codes, flags and dates, for the figures.
 */
export async function eraseClientData(tx: Tx, referralIds: string[], now: Date) {
  const where = { referralId: { in: referralIds } };
  await tx.referral.updateMany({ where: { id: { in: referralIds } }, data: { ...ERASED, personalDataErasedAt: now } });
  await tx.consent.updateMany({
    where,
    data: { purpose: "", interpreterLanguage: null, textId: null, textLanguage: null },
  });
  await tx.accompaniment.updateMany({
    where,
    data: { interpreterLanguage: null, volunteerName: null, volunteerPhone: null },
  });
}

// ---- e-mail: what happened and what to do, and a link; never personal data -----------------------------------------

/** Working days the association has to answer before the referral goes back to the social worker. */
export const RETURN_AFTER_WORKING_DAYS = 10;

/** The last day to answer a referral sent at `sentAt` (the daily clock sends it back the next working day). */
export function answerDeadline(sentAt: Date): Date {
  return addWorkingDays(sentAt, RETURN_AFTER_WORKING_DAYS - 1);
}

type MailAbout = TemplateParams<"referralForAssociation">["what"] | TemplateParams<"referralForCounty">["what"];

/**
 * What every mail about a referral says, the same for both sides: its reference, who sent it to which activity, the
 * answer deadline, the meeting's time and, when the meeting is agreed or called off before it is held, its calendar
 * entry (the same UID each time; the referral's version, which every step raises, as its SEQUENCE).
 */
async function referralMail(tx: Tx, referralId: string, what: MailAbout, now = new Date()) {
  const r = await tx.referral.findUniqueOrThrow({
    where: { id: referralId },
    select: {
      version: true,
      sentAt: true,
      meetingAt: true,
      proposedTimes: true,
      association: { select: { name: true } },
      unit: { select: { name: true } },
      activity: { select: { titleFi: true, titleSv: true, titleEn: true } },
    },
  });
  const host = new URL(env().APP_URL).hostname;
  // A meeting called off before it is held leaves the calendars; one that took place stays in them.
  const calledOff = (what === "withdrawn" || what === "cancelled") && r.meetingAt !== null && r.meetingAt > now;
  const method: MeetingCalendar["method"] | null = what === "meeting" ? "REQUEST" : calledOff ? "CANCEL" : null;
  return {
    reference: referralId.slice(0, 8),
    associationName: r.association.name,
    unitName: r.unit.name,
    activity: r.activity,
    deadline: r.sentAt && answerDeadline(r.sentAt),
    meetingAt: r.meetingAt,
    proposedTimes: r.proposedTimes,
    calendar:
      method && r.meetingAt
        ? {
            method,
            uid: `referral-${referralId}-first-meeting@${host}`,
            sequence: r.version,
            start: r.meetingAt,
            organizer: { name: "Co-Act", email: /<([^>]+)>/.exec(env().MAIL_FROM)?.[1] ?? env().MAIL_FROM },
          }
        : null,
    url: `${env().APP_URL}/referrals/${referralId}`,
  };
}

export async function mailAssociation(
  tx: Tx,
  referralId: string,
  associationId: string,
  what: TemplateParams<"referralForAssociation">["what"],
) {
  const members = await tx.associationMembership.findMany({
    where: { associationId, user: { status: "active" } },
    select: { user: { select: { email: true, locale: true } } },
  });
  const mail = await referralMail(tx, referralId, what);
  await queueEmails(
    tx,
    members.map(({ user }) => ({
      to: user.email,
      locale: user.locale,
      template: "referralForAssociation" as const,
      params: { what, ...mail },
    })),
  );
}

/** The worker who made the referral, or, when they have left, the unit's social workers: the referral is the unit's. */
export async function mailCounty(tx: Tx, referralId: string, what: TemplateParams<"referralForCounty">["what"]) {
  const referral = await tx.referral.findUniqueOrThrow({
    where: { id: referralId },
    select: {
      createdById: true,
      unit: {
        select: {
          members: {
            where: { user: { status: "active", role: "social_worker" } },
            select: { user: { select: { id: true, email: true, locale: true } } },
          },
        },
      },
    },
  });
  const members = referral.unit.members.map((m) => m.user);
  const creator = members.filter((m) => m.id === referral.createdById);
  const mail = await referralMail(tx, referralId, what);
  await queueEmails(
    tx,
    (creator.length ? creator : members).map((user) => ({
      to: user.email,
      locale: user.locale,
      template: "referralForCounty" as const,
      params: { what, ...mail },
    })),
  );
}

/** A first meeting agreed or moved: both sides get it, with its calendar entry. */
export async function mailMeeting(tx: Tx, referralId: string, associationId: string) {
  await mailAssociation(tx, referralId, associationId, "meeting");
  await mailCounty(tx, referralId, "meeting");
}

// ---- creating ----------------------------------------------------------------------------------------------------

export type NewReferral = {
  unitId: string;
  associationId: string;
  activityId: string | null;
  client: {
    firstName: string | null;
    phone: string | null;
    email: string | null;
    languages: string[];
    address: string | null;
    needs: string | null;
  };
  consent: {
    items: DataItem[];
    purpose: string;
    method: ConsentMethod;
    interpreterUsed: boolean;
    interpreterLanguage: string | null;
    validUntil: Date;
    /** The consent text shown to the client: the current reviewed version of its language. */
    textId: string;
  };
  accompaniment: { pickup: boolean; interpreting: boolean; interpreterLanguage: string | null } | null;
};

/** Records the consent and sends the referral in one step; only consented items are stored at all. */
export async function createReferral(user: SessionUser, input: NewReferral, now = new Date()) {
  if (!mayReferFor(user, input.unitId)) throw new NotAllowed();
  return db().$transaction(async (tx) => {
    const text = await chosenConsentText(tx, input.consent.textId);
    return insertReferral(tx, user, { ...input, consent: { ...input.consent, text } }, now);
  });
}

/** The consent text a consent records as shown to the client (its id is null only on consents from before versions). */
type ShownText = { id: string | null; version: string; language: string | null };

async function insertReferral(
  tx: Tx,
  user: SessionUser,
  input: Omit<NewReferral, "consent"> & {
    consent: Omit<NewReferral["consent"], "textId"> & { text: ShownText };
    redirectedFromId?: string;
  },
  now: Date,
) {
  const covered = new Set(input.consent.items);
  const client = Object.fromEntries(
    DATA_ITEMS.map((item) => {
      const value = input.client[CLIENT_FIELD[item]];
      return [FIELD_OF[item], covered.has(item) ? value : item === "languages" ? [] : null];
    }),
  ) as Pick<Prisma.ReferralUncheckedCreateInput, (typeof FIELD_OF)[DataItem]>;
  const referral = await tx.referral.create({
    data: {
      unitId: input.unitId,
      createdById: user.id,
      associationId: input.associationId,
      activityId: input.activityId,
      redirectedFromId: input.redirectedFromId,
      ...initialRow("referral"),
      ...client,
    },
    select: { id: true },
  });
  const actor: WorkflowActor = { id: user.id, party: "county" };
  await step(tx, "referral", referral.id, { type: "SUBMIT", actor });
  await tx.consent.create({
    data: {
      referralId: referral.id,
      associationId: input.associationId,
      items: [...covered],
      purpose: input.consent.purpose,
      method: input.consent.method,
      interpreterUsed: input.consent.interpreterUsed,
      interpreterLanguage: input.consent.interpreterUsed ? input.consent.interpreterLanguage : null,
      textId: input.consent.text.id,
      textVersion: input.consent.text.version,
      textLanguage: input.consent.text.language,
      recordedById: user.id,
      recordedAt: now,
      validUntil: input.consent.validUntil,
      ...initialRow("consent"),
    },
  });
  await step(tx, "referral", referral.id, { type: "CONSENT_RECORDED", actor }, { data: { sentAt: now } });
  // A pickup needs the address, which only consent can bring to the association; the interpreting language tells the
  // client's language, so it needs consent to share languages.
  const pickup = Boolean(input.accompaniment?.pickup && covered.has("address"));
  const interpreting = Boolean(input.accompaniment?.interpreting && covered.has("languages"));
  if (pickup || interpreting) {
    await tx.accompaniment.create({
      data: {
        referralId: referral.id,
        pickup,
        interpreting,
        interpreterLanguage: interpreting ? input.accompaniment!.interpreterLanguage : null,
        ...initialRow("accompaniment"),
      },
    });
  }
  await mailAssociation(tx, referral.id, input.associationId, "new");
  return referral.id;
}

// ---- acting on a referral ------------------------------------------------------------------------------------------

const OWNERS = {
  id: true,
  unitId: true,
  associationId: true,
  status: true,
  snapshot: true,
  machineVersion: true,
  version: true,
  proposedTimes: true,
  meetingAt: true,
  unit: { select: { countyId: true } },
} satisfies Prisma.ReferralSelect;

type Owners = Prisma.ReferralGetPayload<{ select: typeof OWNERS }>;

/** The referral, and the party the user acts for on it; NotAllowed when the user has no part in it. */
async function loadAsParty(tx: Tx, user: SessionUser, id: string): Promise<{ referral: Owners; actor: WorkflowActor }> {
  const referral = await tx.referral.findUnique({ where: { id }, select: OWNERS });
  const party = referral && referralParty(user, referral);
  if (!referral || !party) throw new NotAllowed();
  return { referral, actor: { id: user.id, party } };
}

/** Events about a meeting that has taken place: whether the client came is known only from the meeting's start on. */
const AFTER_MEETING_START: readonly ReferralEvent["type"][] = ["MARK_ATTENDED", "MARK_NO_SHOW"];

/**
 * The events the party may send now: what the machine offers, less attendance before the meeting's start. The time is
 * checked here, not in a machine guard: the machine holds no clock and no meeting time, and the page's buttons and the
 * action must ask the same question with the same `now`.
 */
function offeredNow(referral: SavedRow & { meetingAt: Date | null }, party: WorkflowActor["party"], now: Date) {
  const started = referral.meetingAt !== null && referral.meetingAt.getTime() <= now.getTime();
  return offeredEvents<ReferralEvent["type"]>(referralMachine, restoreSnapshot("referral", referral), party).filter(
    (type) => started || !AFTER_MEETING_START.includes(type),
  );
}

/** Whether the user is one of the referral's two sides: asked before a submitted form is read, so that neither the
 * referral's existence nor anything about it can be learnt from how the form's validation answers. */
export async function isReferralParty(user: SessionUser, id: string): Promise<boolean> {
  const referral = await db().referral.findUnique({ where: { id }, select: OWNERS });
  return !!referral && !!referralParty(user, referral);
}

/** What one referral event does besides the step: in the same transaction, with the referral as it was. */
export type ReferralStep = {
  tx: Tx;
  referral: Owners;
  actor: WorkflowActor;
  now: Date;
  /** Takes the step, writing `data` with the new state. */
  step: (data?: Prisma.ReferralUncheckedUpdateManyInput) => Promise<void>;
};

/**
 * One event on the referral by a user, checked against the version the user saw. Only an event the page would offer
 * this user now is taken (`offeredEvents`): the machine decides which party may send what. `effect` takes the step
 * with its data and queues the mails; without one, the step is taken as it is.
 */
export async function actOnReferral(
  user: SessionUser,
  id: string,
  expectedVersion: number,
  type: ReferralEvent["type"],
  effect: (s: ReferralStep) => Promise<void> = (s) => s.step(),
  now = new Date(),
) {
  await db().$transaction(async (tx) => {
    const { referral, actor } = await loadAsParty(tx, user, id);
    if (referral.version !== expectedVersion) throw new ConcurrentChange("referral", id);
    if (!offeredNow(referral, actor.party, now).includes(type))
      throw new TransitionRefused("referral", type, referral.status);
    await effect({
      tx,
      referral,
      actor,
      now,
      step: async (data) => void (await step(tx, "referral", id, { type, actor }, { data, expectedVersion })),
    });
  });
}

/** Cancels the referral's accompaniment if it is still going on. */
export async function cancelAccompaniment(tx: Tx, referralId: string, actor: WorkflowActor) {
  const accompaniment = await tx.accompaniment.findUnique({
    where: { referralId },
    select: { id: true, status: true, snapshot: true, machineVersion: true },
  });
  if (accompaniment && restoreSnapshot("accompaniment", accompaniment).can({ type: "CANCEL", actor })) {
    await step(tx, "accompaniment", accompaniment.id, { type: "CANCEL", actor });
  }
}

/** Withdrawal of consent, by either side, erases the shared personal data at once and ends the referral if open. */
export async function withdrawConsent(user: SessionUser, id: string, now = new Date()) {
  await db().$transaction(async (tx) => {
    const { referral, actor } = await loadAsParty(tx, user, id);
    const consent = await tx.consent.findUniqueOrThrow({ where: { referralId: id }, select: { id: true } });
    await step(
      tx,
      "consent",
      consent.id,
      { type: "WITHDRAW", actor },
      { data: { withdrawnAt: now, withdrawnById: user.id } },
    );
    const withdrawn: ReferralEvent = { type: "CONSENT_WITHDRAWN", actor };
    if (restoreSnapshot("referral", referral).can(withdrawn)) {
      // Ended by it, or kept as it was after the first meeting (the machine says which).
      const next = await step(tx, "referral", id, withdrawn);
      if (next.hasTag("ended")) await tx.referral.update({ where: { id }, data: { closedAt: now } });
      await cancelAccompaniment(tx, id, actor);
    }
    await eraseClientData(tx, [id], now);
    await mailAssociation(tx, id, referral.associationId, "withdrawn");
    if (actor.party === "association") await mailCounty(tx, id, "withdrawn");
  });
}

/** Sends a declined or unanswered referral to another association without retyping it; the client's consent to the new
 * recipient is recorded anew (the social worker confirms it), and the old referral keeps no personal data. */
export async function redirectReferral(
  user: SessionUser,
  id: string,
  expectedVersion: number,
  target: {
    associationId: string;
    activityId: string | null;
    method: ConsentMethod;
    interpreterUsed: boolean;
    interpreterLanguage: string | null;
  },
  now = new Date(),
) {
  return db().$transaction(async (tx) => {
    const { referral, actor } = await loadAsParty(tx, user, id);
    const old = await tx.referral.findUniqueOrThrow({
      where: { id },
      select: {
        clientFirstName: true,
        clientPhone: true,
        clientEmail: true,
        clientLanguages: true,
        clientAddress: true,
        clientNeeds: true,
        consent: {
          select: {
            id: true,
            status: true,
            snapshot: true,
            machineVersion: true,
            items: true,
            purpose: true,
            validUntil: true,
            textId: true,
            textVersion: true,
            textLanguage: true,
          },
        },
        accompaniment: { select: { pickup: true, interpreting: true, interpreterLanguage: true } },
      },
    });
    // Only a consent still in force can be carried over: after withdrawal there is nothing left to send.
    const consent = old.consent;
    if (!consent || !restoreSnapshot("consent", consent).hasTag("in_force")) throw new NotAllowed();
    if (target.associationId === referral.associationId) throw new FieldProblem("associationId", "errors.unknownId");
    const recipient = await tx.association.count({
      where: { id: target.associationId, countyId: referral.unit.countyId },
    });
    if (!recipient) throw new FieldProblem("associationId", "errors.unknownId");
    if (
      target.activityId &&
      !(await tx.activity.count({ where: { id: target.activityId, associationId: target.associationId } }))
    )
      throw new FieldProblem("activityId", "errors.unknownId");
    await step(tx, "referral", id, { type: "REDIRECT", actor }, { data: { closedAt: now }, expectedVersion });
    await step(
      tx,
      "consent",
      consent.id,
      { type: "WITHDRAW", actor },
      { data: { withdrawnAt: now, withdrawnById: user.id } },
    );
    // The association that declined or did not answer has nothing left to arrange for this client.
    await cancelAccompaniment(tx, id, actor);
    await eraseClientData(tx, [id], now);
    return insertReferral(
      tx,
      user,
      {
        unitId: referral.unitId,
        associationId: target.associationId,
        activityId: target.activityId,
        redirectedFromId: id,
        client: {
          firstName: old.clientFirstName,
          phone: old.clientPhone,
          email: old.clientEmail,
          languages: old.clientLanguages,
          address: old.clientAddress,
          needs: old.clientNeeds,
        },
        // The client's consent to the new recipient is given on the text they were shown for the first.
        consent: {
          ...target,
          items: consent.items,
          purpose: consent.purpose,
          validUntil: consent.validUntil,
          text: { id: consent.textId, version: consent.textVersion, language: consent.textLanguage },
        },
        accompaniment: old.accompaniment,
      },
      now,
    );
  });
}

// ---- accompaniment ------------------------------------------------------------------------------------------------

/** An event on the referral's accompaniment by a user; the machine decides which party may send it. */
export async function actOnAccompaniment(
  user: SessionUser,
  id: string,
  type: AccompanimentEvent["type"],
  data: Prisma.AccompanimentUncheckedUpdateManyInput = {},
) {
  await db().$transaction(async (tx) => {
    const { actor } = await loadAsParty(tx, user, id);
    const accompaniment = await tx.accompaniment.findUnique({ where: { referralId: id }, select: { id: true } });
    if (!accompaniment) throw new TransitionRefused("accompaniment", type, "none");
    await step(tx, "accompaniment", accompaniment.id, { type, actor }, { data });
  });
}

// ---- reading -----------------------------------------------------------------------------------------------------

export type ClientView = Partial<Record<DataItem, string | string[]>>;

/**
 * A referral as the user may see it, with the events each of its workflows offers the user now. The social workers
 * of the referring unit see the client data they recorded; the association's staff see only the items the consent
 * covers, while it is valid. Anyone else gets null (the caller answers 403). Any personal data shown is written to
 * the access log first.
 */
export async function viewReferral(user: SessionUser, id: string, now = new Date()) {
  const referral = await db().referral.findUnique({
    where: { id },
    include: {
      unit: { select: { name: true, countyId: true } },
      association: { select: { name: true } },
      activity: {
        select: {
          id: true,
          titleFi: true,
          titleSv: true,
          titleEn: true,
          capacity: true,
          weekday: true,
          startsAt: true,
        },
      },
      consent: true,
      accompaniment: true,
    },
  });
  if (!referral) return null;
  const party = referralParty(user, referral);
  if (!party) return null;
  const consentSnapshot = referral.consent && restoreSnapshot("consent", referral.consent);
  const consentValid = Boolean(consentSnapshot?.hasTag("in_force") && referral.consent!.validUntil > now);
  const visibleItems: readonly DataItem[] =
    party === "county" ? DATA_ITEMS : consentValid ? referral.consent!.items : [];
  const client: ClientView = {};
  for (const item of visibleItems) {
    const value = referral[FIELD_OF[item]];
    if (value !== null && !(Array.isArray(value) && value.length === 0)) client[item] = value;
  }
  const shown = Object.keys(client) as DataItem[];
  if (shown.length) {
    await db().accessLog.create({
      data: {
        referralId: id,
        userId: user.id,
        fields: shown,
        reason: "view",
        organisation: party === "county" ? `unit:${referral.unitId}` : `association:${referral.associationId}`,
      },
    });
  }
  const {
    clientFirstName: _1,
    clientPhone: _2,
    clientEmail: _3,
    clientLanguages: _4,
    clientAddress: _5,
    clientNeeds: _6,
    snapshot: _7,
    ...rest
  } = referral;
  const accompaniment = referral.accompaniment && {
    id: referral.accompaniment.id,
    status: referral.accompaniment.status,
    pickup: referral.accompaniment.pickup,
    interpreting: referral.accompaniment.interpreting,
    interpreterLanguage: referral.accompaniment.interpreterLanguage,
    // The volunteer's own contact stays at the association.
    volunteerName: party === "association" ? referral.accompaniment.volunteerName : null,
    volunteerPhone: party === "association" ? referral.accompaniment.volunteerPhone : null,
  };
  // The language of the consent text the client was shown tells the client's language: the association sees it (and
  // the text's version, whose label may name the language) only where it sees the client's languages.
  const textShown = party === "county" || visibleItems.includes("languages");
  const consent = referral.consent && {
    items: referral.consent.items,
    purpose: referral.consent.purpose,
    method: referral.consent.method,
    interpreterUsed: referral.consent.interpreterUsed,
    interpreterLanguage: referral.consent.interpreterLanguage,
    textVersion: textShown ? referral.consent.textVersion : null,
    textId: textShown ? referral.consent.textId : null,
    textLanguage: textShown ? referral.consent.textLanguage : null,
    recordedAt: referral.consent.recordedAt,
    validUntil: referral.consent.validUntil,
    status: referral.consent.status,
    withdrawnAt: referral.consent.withdrawnAt,
  };
  const accompanimentSnapshot = referral.accompaniment && restoreSnapshot("accompaniment", referral.accompaniment);
  const offered = {
    referral: offeredNow(referral, party, now),
    consent: consentSnapshot ? offeredEvents<ConsentEvent["type"]>(consentMachine, consentSnapshot, party) : [],
    accompaniment: accompanimentSnapshot
      ? offeredEvents<AccompanimentEvent["type"]>(accompanimentMachine, accompanimentSnapshot, party)
      : [],
  };
  return { ...rest, party, client, consent, accompaniment, offered };
}

/** How many referrals one list shows at a time; older ones are a page further (keyset: newest change first). */
export const LIST_PAGE_SIZE = 25;

/** Where a list's page starts: below the referral last shown ("<updatedAt ISO>_<id>", from `listCursor`). */
export type ListCursor = { updatedAt: Date; id: string };

export function listCursor(row: { updatedAt: Date; id: string }): string {
  return `${row.updatedAt.toISOString()}_${row.id}`;
}

/** A cursor from the URL; anything malformed starts from the newest (lists are lenient like the directory). */
export function parseListCursor(value: string | null): ListCursor | undefined {
  const match = value?.match(/^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)_([0-9a-f-]{36})$/);
  const updatedAt = match ? new Date(match[1]) : undefined;
  return updatedAt && !Number.isNaN(updatedAt.getTime()) ? { updatedAt, id: match![2] } : undefined;
}

/** A row of a referral list: what it is about, from whom, when; never client personal data. */
export type ListedReferral = {
  id: string;
  status: ReferralStatus;
  sentAt: Date | null;
  meetingAt: Date | null;
  updatedAt: Date;
  createdAt: Date;
  associationName: string;
  unitName: string;
  activity: { titleFi: string; titleSv: string | null; titleEn: string } | null;
  accompanimentStatus: AccompanimentStatus | null;
  /** Whether the association's staff have opened it: a view of its client data is in the access log. */
  openedByAssociation: boolean;
};

/**
 * One page of a user's referrals in the given states, without any personal data; `more` when older ones exist. One
 * statement: for each unit (or association) in the user's scope and each state, the newest rows below the cursor are
 * read along the index (unit_id or association_id, status, updated_at, id), at most a page each, and the newest of
 * those make the page; so a page costs the same with 200 or 200,000 referrals behind it (docs/decisions/010).
 */
export async function listReferrals(
  user: SessionUser,
  states: readonly ReferralStatus[],
  after?: ListCursor,
): Promise<{ rows: ListedReferral[]; more: boolean }> {
  const scope = referralListScope(user, SHARED);
  const wanted = scope.of === "association" ? states.filter((s) => scope.states.includes(s)) : [...states];
  const below = after ? Prisma.sql`AND (r.updated_at, r.id) < (${after.updatedAt}, ${after.id}::uuid)` : Prisma.empty;
  const take = LIST_PAGE_SIZE + 1;
  // The rows are read whole in the probes (no second join to referral), and the names beside them are scalar
  // subqueries run for the page's rows only: the statement has few joins to order, which halves its planning time.
  const columns = Prisma.sql`r.id, r.status, r.sent_at, r.meeting_at, r.updated_at, r.created_at, r.association_id,
    r.unit_id, r.activity_id`;
  const newest = (key: Prisma.Sql) => Prisma.sql`
    CROSS JOIN unnest(${wanted}::"ReferralStatus"[]) AS st(status)
    CROSS JOIN LATERAL (
      SELECT ${columns} FROM referral r
      WHERE ${key} AND r.status = st.status ${below}
      ORDER BY r.updated_at DESC, r.id DESC LIMIT ${take}
    ) p`;
  const page =
    scope.of === "all"
      ? Prisma.sql`SELECT ${columns} FROM referral r WHERE r.status = ANY(${wanted}::"ReferralStatus"[]) ${below}`
      : scope.of === "association"
        ? Prisma.sql`SELECT p.* FROM unnest(${scope.ids}::uuid[]) AS k(id)
            ${newest(Prisma.sql`r.association_id = k.id`)}`
        : scope.of === "unit"
          ? Prisma.sql`SELECT p.* FROM unnest(${scope.ids}::uuid[]) AS k(id)
              ${newest(Prisma.sql`r.unit_id = k.id`)}`
          : Prisma.sql`SELECT p.* FROM unit k
              ${newest(Prisma.sql`r.unit_id = k.id`)}
              WHERE k.county_id = ANY(${scope.ids}::uuid[])`;
  const rows = await db().$queryRaw<ListedReferral[]>`
    SELECT p.id, p.status::text AS status, p.sent_at AS "sentAt", p.meeting_at AS "meetingAt",
      p.updated_at AS "updatedAt", p.created_at AS "createdAt",
      (SELECT s.name FROM association s WHERE s.id = p.association_id) AS "associationName",
      (SELECT u.name FROM unit u WHERE u.id = p.unit_id) AS "unitName",
      (SELECT json_build_object('titleFi', a.title_fi, 'titleSv', a.title_sv, 'titleEn', a.title_en) FROM activity a
        WHERE a.id = p.activity_id) AS activity,
      (SELECT c.status::text FROM accompaniment c WHERE c.referral_id = p.id) AS "accompanimentStatus",
      EXISTS (SELECT FROM access_log l WHERE l.referral_id = p.id AND l.organisation LIKE 'association:%')
        AS "openedByAssociation"
    FROM (${page} ORDER BY updated_at DESC, id DESC LIMIT ${take}) p
    ORDER BY p.updated_at DESC, p.id DESC`;
  return { rows: rows.slice(0, LIST_PAGE_SIZE), more: rows.length > LIST_PAGE_SIZE };
}

/** Who has seen a referral's client data, with their names, in one query. */
export function accessLogFor(referralId: string) {
  return db().accessLog.findMany({
    where: { referralId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      createdAt: true,
      organisation: true,
      fields: true,
      reason: true,
      user: { select: { name: true, email: true } },
    },
  });
}
