// Data access for the county's contact point (Co-Act step 3): requests that organisations send through the public form,
// routed to a unit by topic (or by the liaison), answered (the answer is e-mailed to the sender and kept), closed, and
// reopened by the sender's reply through their personal link. The link's token is signed (an HMAC of the request's id
// with the first SESSION_SECRET), so every mail about the request carries the same link; the database keeps only the
// token's SHA-256, which is what a link is looked up by. The response target is five working days (weekends and
// Finnish public holidays excluded, app/utils/working-days.ts).
import { createHash, createHmac, randomInt, randomUUID } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import { Prisma, type ContactKind, type ContactRequestStatus, type ContactTopic } from "@prisma/client";
import { contactRequestMachine, type ContactRequestEvent } from "#workflows/contact-request/contact-request.machine";
import { offeredEvents, statesWithTag } from "#workflows/states";
import { asLocale, type Locale } from "~/i18n/i18n";
import type { Attachment } from "~/utils/attachments.server";
import type { SessionUser } from "~/utils/auth.server";
import { formatDate, TIME_ZONE } from "~/utils/dates";
import { db, type Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { queueEmail, queueEmails } from "~/utils/outbox.server";
import {
  contactFiguresCounties,
  contactParty,
  contactScope,
  mayRouteContact,
  NotAllowed,
} from "~/utils/permissions.server";
import { initialRow, restoreSnapshot, step } from "~/utils/workflow.server";
import { addWorkingDays } from "~/utils/working-days";
import { FieldProblem } from "./user.server";

/** Working days the county has to answer. */
export const RESPONSE_TARGET_DAYS = 5;

const WAITING = statesWithTag<ContactRequestStatus>(contactRequestMachine, "waiting");
const OPEN = statesWithTag<ContactRequestStatus>(contactRequestMachine, "open");

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
/** The sender's link token of a request: the same in every mail (until the first session secret changes). */
const senderToken = (id: string) =>
  createHmac("sha256", env().SESSION_SECRET.split(",")[0]).update(`contact-request:${id}`).digest("base64url");
const appUrl = (path: string) => `${env().APP_URL}${path}`;
export const senderLink = (token: string) => appUrl(`/contact/request?token=${token}`);
const staffLink = (id: string) => appUrl(`/contact/requests/${id}`);

/** The end (in Helsinki) of the fifth working day after `from`: the answer is due before it. */
export function responseDue(from: Date): Date {
  return new Date(addDays(new TZDate(addWorkingDays(from, RESPONSE_TARGET_DAYS), TIME_ZONE), 1).getTime());
}

// No 0/O or 1/I/L: read aloud on the phone without doubt.
const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
function newReference() {
  const part = () => Array.from({ length: 4 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join("");
  return `YP-${part()}-${part()}`;
}

/** The counties whose contact point takes requests, for the public form. */
export function contactCounties() {
  return db().county.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Who is told about a request: the routed unit's members, or the county's liaisons while it waits for routing. */
async function countyRecipients(tx: Tx, request: { countyId: string; unitId: string | null }) {
  const where: Prisma.UserWhereInput = request.unitId
    ? { status: "active", units: { some: { unitId: request.unitId } } }
    : { status: "active", role: "liaison", units: { some: { unit: { countyId: request.countyId } } } };
  return tx.user.findMany({ where, select: { email: true, locale: true } });
}

async function tellCounty(
  tx: Tx,
  request: { id: string; reference: string; countyId: string; unitId: string | null; dueAt: Date },
  what: "new" | "routed" | "reply" | "reminder",
) {
  const county = await tx.county.findUniqueOrThrow({ where: { id: request.countyId }, select: { name: true } });
  await queueEmails(
    tx,
    (await countyRecipients(tx, request)).map((user) => {
      const locale = asLocale(user.locale);
      return {
        to: user.email,
        locale,
        template: "contactForCounty" as const,
        params: {
          reference: request.reference,
          countyName: county.name,
          what,
          dueOn: formatDate(request.dueAt, locale),
          url: staffLink(request.id),
        },
      };
    }),
  );
}

export type NewContactRequest = {
  countyId: string;
  kind: ContactKind;
  topic: ContactTopic;
  senderOrganisation: string;
  senderName: string;
  senderEmail: string;
  message: string;
  locale: Locale;
  associationId: string | null;
  attachments: Attachment[];
};

/**
 * Stores a request with its attachments, routes it by its topic when the county has a rule for it, and e-mails the
 * sender a copy with the reference and their personal link, and the unit (or the liaison) that a request waits.
 */
export async function createContactRequest(input: NewContactRequest, now = new Date()) {
  const id = randomUUID();
  const token = senderToken(id);
  return db().$transaction(async (tx) => {
    const county = await tx.county.findUnique({ where: { id: input.countyId }, select: { id: true, name: true } });
    if (!county) throw new FieldProblem("countyId", "errors.unknownId");
    const { attachments, locale, ...fields } = input;
    const dueAt = responseDue(now);
    const request = await tx.contactRequest.create({
      data: {
        ...fields,
        id,
        senderLocale: locale,
        reference: newReference(),
        tokenHash: hash(token),
        dueAt,
        waitingSince: now,
        createdAt: now,
        ...initialRow("contact-request"),
      },
      select: { id: true, reference: true, countyId: true, unitId: true, dueAt: true },
    });
    if (attachments.length)
      await tx.contactAttachment.createMany({
        data: attachments.map((a) => ({ ...a, requestId: request.id, size: a.data.byteLength })),
      });
    const route = await tx.contactRoute.findUnique({
      where: { countyId_topic: { countyId: county.id, topic: input.topic } },
      select: { unitId: true },
    });
    if (route) {
      await step(
        tx,
        "contact-request",
        request.id,
        { type: "ROUTE", actor: { id: null, party: "system" } },
        { data: { unitId: route.unitId, routedAt: now } },
      );
      request.unitId = route.unitId;
    }
    await queueEmail(tx, {
      to: input.senderEmail,
      locale,
      template: "contactReceipt",
      params: {
        reference: request.reference,
        countyName: county.name,
        kind: input.kind,
        dueOn: formatDate(dueAt, locale),
        url: senderLink(token),
      },
    });
    await tellCounty(tx, request, "new");
    return { reference: request.reference, token };
  });
}

// ---- the sender's link --------------------------------------------------------------------------------------------

const THREAD_SELECT = {
  id: true,
  reference: true,
  kind: true,
  topic: true,
  senderOrganisation: true,
  senderName: true,
  senderEmail: true,
  message: true,
  status: true,
  version: true,
  snapshot: true,
  machineVersion: true,
  dueAt: true,
  createdAt: true,
  county: { select: { name: true } },
  unit: { select: { id: true, name: true } },
  messages: {
    orderBy: { createdAt: "asc" },
    select: { id: true, author: true, body: true, createdAt: true, authorUser: { select: { name: true } } },
  },
  attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, mimeType: true, size: true } },
} satisfies Prisma.ContactRequestSelect;

/** The request behind a sender's link, with the events the sender may send now; null for an unknown link. */
export async function findSenderRequest(token: string) {
  if (!token || token.length > 100) return null;
  const row = await db().contactRequest.findUnique({ where: { tokenHash: hash(token) }, select: THREAD_SELECT });
  if (!row) return null;
  const { snapshot, machineVersion, senderEmail: _, ...request } = row;
  const offered = offeredEvents<ContactRequestEvent["type"]>(
    contactRequestMachine,
    restoreSnapshot("contact-request", { snapshot, machineVersion, status: row.status }),
    "self",
  );
  return { ...request, mayReply: offered.includes("REPLY") };
}

/** The sender's reply through their link: kept with the request, which goes back to its unit with a new target. */
export async function replyAsSender(token: string, body: string, now = new Date()) {
  return db().$transaction(async (tx) => {
    const request = await tx.contactRequest.findUnique({
      where: { tokenHash: hash(token) },
      select: { id: true, reference: true, countyId: true, unitId: true },
    });
    if (!request) throw new NotAllowed();
    const dueAt = responseDue(now);
    await step(
      tx,
      "contact-request",
      request.id,
      { type: "REPLY", actor: { id: null, party: "self" } },
      { data: { dueAt, waitingSince: now, remindedAt: null, closedAt: null } },
    );
    await tx.contactMessage.create({ data: { requestId: request.id, author: "sender", body, createdAt: now } });
    await tellCounty(tx, { ...request, dueAt }, "reply");
  });
}

// ---- the county's inbox -------------------------------------------------------------------------------------------

/** How many requests each list of the inbox shows at a time; the next ones are a page further (keyset). */
export const INBOX_PAGE = 25;

/** Where a list of the inbox continues: after the request with this time (due or received) and id. */
export type InboxCursor = { at: Date; id: string };
const INBOX_CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f-]{36})$/;

/** A cursor from the URL; anything malformed starts from the first page (lists are lenient like the directory). */
export function parseInboxCursor(value: string | null): InboxCursor | null {
  const match = INBOX_CURSOR.exec(value ?? "");
  if (!match) return null;
  const at = new Date(match[1]);
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2] };
}

const inboxCursorText = (at: Date, id: string) => `${at.toISOString()}_${id}`;

/**
 * The requests the user may handle, open ones first (the most overdue on top), then the latest closed: a fixed number
 * of rows of each, whatever the table holds, each list continuing after its cursor. Both read along an index of the
 * scope (county or unit) in the list's order.
 */
export async function listInbox(
  user: SessionUser,
  cursors: { open: InboxCursor | null; closed: InboxCursor | null } = { open: null, closed: null },
  now = new Date(),
) {
  const select = {
    id: true,
    reference: true,
    kind: true,
    topic: true,
    senderOrganisation: true,
    status: true,
    dueAt: true,
    createdAt: true,
    unit: { select: { name: true } },
  } satisfies Prisma.ContactRequestSelect;
  const scope = contactScope(user);
  const { open: afterOpen, closed: afterClosed } = cursors;
  const [open, closed] = await Promise.all([
    // The open ones in due order are found from the index of scope, state, due time and id alone (the states are
    // several, so PostgreSQL sorts them; sorting index entries is cheap, fetching every open row to sort them was not),
    // then the page's rows are read by id.
    db()
      .contactRequest.findMany({
        where: {
          ...scope,
          status: { in: OPEN },
          ...(afterOpen
            ? { OR: [{ dueAt: { gt: afterOpen.at } }, { dueAt: afterOpen.at, id: { gt: afterOpen.id } }] }
            : {}),
        },
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        take: INBOX_PAGE + 1,
        select: { id: true },
      })
      .then(async (ids) => {
        const rows = await db().contactRequest.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((r) => byId.get(r.id)).filter((r) => r !== undefined);
      }),
    db().contactRequest.findMany({
      where: {
        ...scope,
        status: { notIn: OPEN },
        ...(afterClosed
          ? { OR: [{ createdAt: { lt: afterClosed.at } }, { createdAt: afterClosed.at, id: { lt: afterClosed.id } }] }
          : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: INBOX_PAGE + 1,
      select,
    }),
  ]);
  const waiting = new Set<string>(WAITING);
  const mark = ({ createdAt: _, ...r }: (typeof open)[number]) => ({
    ...r,
    overdue: waiting.has(r.status) && r.dueAt < now,
  });
  const openRows = open.slice(0, INBOX_PAGE);
  const closedRows = closed.slice(0, INBOX_PAGE);
  return {
    open: openRows.map(mark),
    closed: closedRows.map(mark),
    nextOpen: open.length > INBOX_PAGE ? inboxCursorText(openRows.at(-1)!.dueAt, openRows.at(-1)!.id) : null,
    nextClosed:
      closed.length > INBOX_PAGE ? inboxCursorText(closedRows.at(-1)!.createdAt, closedRows.at(-1)!.id) : null,
  };
}

/** A request on the county's side, with what this user may do to it; null when it is not theirs to see. */
export async function getCountyRequest(user: SessionUser, id: string) {
  const row = await db().contactRequest.findFirst({
    where: { id, ...contactScope(user) },
    select: { ...THREAD_SELECT, countyId: true, unitId: true },
  });
  if (!row) return null;
  const party = contactParty(user, row);
  const { snapshot, machineVersion, ...request } = row;
  const offered = party
    ? offeredEvents<ContactRequestEvent["type"]>(
        contactRequestMachine,
        restoreSnapshot("contact-request", { snapshot, machineVersion, status: row.status }),
        party,
      ).filter((e) => e !== "ROUTE" || mayRouteContact(user, row))
    : [];
  const units = offered.includes("ROUTE")
    ? await db().unit.findMany({
        where: { countyId: row.countyId },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      })
    : [];
  return { ...request, offered, units };
}

/** One attachment of a request the user may see. */
export function getAttachment(user: SessionUser, requestId: string, attachmentId: string) {
  return db().contactAttachment.findFirst({
    where: { id: attachmentId, requestId, request: contactScope(user) },
    select: { fileName: true, mimeType: true, data: true },
  });
}

/** One attachment through the sender's own link. */
export function getSenderAttachment(token: string, attachmentId: string) {
  if (!token || token.length > 100) return Promise.resolve(null);
  return db().contactAttachment.findFirst({
    where: { id: attachmentId, request: { tokenHash: hash(token) } },
    select: { fileName: true, mimeType: true, data: true },
  });
}

type CountyAction = { type: "ROUTE"; unitId: string } | { type: "ANSWER"; body: string } | { type: "CLOSE" };

/**
 * Steps a request as the county: routes it to a unit of its county (the liaison), answers it (kept, and e-mailed to the
 * sender with a fresh link), or closes it.
 */
export async function changeContactRequest(
  user: SessionUser,
  id: string,
  action: CountyAction,
  { expectedVersion, now = new Date() }: { expectedVersion: number; now?: Date },
) {
  return db().$transaction(async (tx) => {
    const request = await tx.contactRequest.findFirst({
      where: { id, ...contactScope(user) },
      select: {
        id: true,
        reference: true,
        countyId: true,
        unitId: true,
        dueAt: true,
        firstAnsweredAt: true,
        senderEmail: true,
        senderLocale: true,
        county: { select: { name: true } },
        unit: { select: { name: true } },
      },
    });
    if (!request) throw new NotAllowed();
    const party = contactParty(user, request);
    if (!party) throw new NotAllowed();
    const actor = { id: user.id, party };
    if (action.type === "ROUTE") {
      if (!mayRouteContact(user, request)) throw new NotAllowed();
      const unit = await tx.unit.findFirst({ where: { id: action.unitId, countyId: request.countyId } });
      if (!unit) throw new FieldProblem("unitId", "errors.unknownId");
      await step(
        tx,
        "contact-request",
        id,
        { type: "ROUTE", actor },
        { expectedVersion, data: { unitId: unit.id, routedAt: now } },
      );
      await tellCounty(tx, { ...request, unitId: unit.id }, "routed");
      return;
    }
    if (action.type === "CLOSE") {
      await step(tx, "contact-request", id, { type: "CLOSE", actor }, { expectedVersion, data: { closedAt: now } });
      return;
    }
    await step(
      tx,
      "contact-request",
      id,
      { type: "ANSWER", actor },
      { expectedVersion, data: { firstAnsweredAt: request.firstAnsweredAt ?? now } },
    );
    await tx.contactMessage.create({
      data: { requestId: id, author: "county", authorId: user.id, body: action.body, createdAt: now },
    });
    // The same link as before; written again in case the first session secret changed since (then only the new works).
    const token = senderToken(id);
    await tx.contactRequest.update({ where: { id }, data: { tokenHash: hash(token) } });
    const locale = asLocale(request.senderLocale);
    await queueEmail(tx, {
      to: request.senderEmail,
      locale,
      template: "contactAnswer",
      params: {
        reference: request.reference,
        countyName: request.county.name,
        unitName: request.unit?.name ?? request.county.name,
        answer: action.body,
        url: senderLink(token),
      },
    });
  });
}

// ---- response-time figures and reminders ----------------------------------------------------------------------------

export type UnitFigures = {
  unitId: string | null;
  unitName: string | null;
  /** Requests received in all. */
  received: number;
  /** Waiting for an answer past their target now. */
  overdue: number;
  /** Answered at least once. */
  answered: number;
  /** Median hours from receiving to the first answer, to one decimal; null when nothing was answered. */
  medianHours: number | null;
};

/**
 * Per unit of the liaison's counties (and "not routed yet"): requests received, overdue now, answered, and the median
 * time to the first answer. Aggregated in PostgreSQL: the rows read are one per unit, whatever the table holds.
 */
export async function contactFigures(user: SessionUser, now = new Date()): Promise<UnitFigures[]> {
  const counties = contactFiguresCounties(user);
  const rows = await db().$queryRaw<
    {
      unitId: string | null;
      unitName: string | null;
      received: number;
      overdue: number;
      answered: number;
      medianSeconds: number | null;
    }[]
  >`
    SELECT u.id::text AS "unitId", u.name AS "unitName", count(*)::int AS received,
      (count(*) FILTER (WHERE r.status::text = ANY(${WAITING}::text[]) AND r.due_at < ${now}))::int AS overdue,
      (count(*) FILTER (WHERE r.first_answered_at IS NOT NULL))::int AS answered,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.first_answered_at - r.created_at))
        FILTER (WHERE r.first_answered_at IS NOT NULL))::float8 AS "medianSeconds"
    FROM contact_request r LEFT JOIN unit u ON u.id = r.unit_id
    WHERE ${counties === null ? Prisma.sql`true` : Prisma.sql`r.county_id = ANY(${counties}::uuid[])`}
    GROUP BY u.id, u.name
    ORDER BY u.name NULLS FIRST`;
  return rows.map(({ medianSeconds, ...row }) => ({
    ...row,
    medianHours: medianSeconds === null ? null : Math.round((medianSeconds / 3600) * 10) / 10,
  }));
}

/**
 * The daily reminder: each request still waiting for an answer whose target ends before the next working day is over
 * (or has passed) is brought to its unit (or the liaison) once per wait.
 */
export async function sendContactReminders(now = new Date()) {
  const due = await db().contactRequest.findMany({
    where: { status: { in: WAITING }, remindedAt: null, dueAt: { lte: addWorkingDaysEnd(now) } },
    select: { id: true, reference: true, countyId: true, unitId: true, dueAt: true },
    take: 500,
  });
  for (const request of due) {
    await db().$transaction(async (tx) => {
      const marked = await tx.contactRequest.updateMany({
        where: { id: request.id, remindedAt: null },
        data: { remindedAt: now },
      });
      if (marked.count === 1) await tellCounty(tx, request, "reminder");
    });
  }
  return due.length;
}

/** The end of the next working day (Helsinki). */
function addWorkingDaysEnd(now: Date): Date {
  return new Date(addDays(new TZDate(addWorkingDays(now, 1), TIME_ZONE), 1).getTime());
}

// ---- routing rules ----------------------------------------------------------------------------------------------------

/** The liaison's counties, each with its units and which unit answers which topic. */
export function routingRules(user: SessionUser) {
  return db().county.findMany({
    where: { id: { in: contactFiguresCounties(user) ?? [] } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      units: { orderBy: { name: "asc" }, select: { id: true, name: true } },
      contactRoutes: { select: { topic: true, unitId: true } },
    },
  });
}

/** Replaces a county's rules: each topic to the given unit of the county, or (none given) to the liaison's routing. */
export async function saveRoutingRules(
  user: SessionUser,
  countyId: string,
  rules: Partial<Record<ContactTopic, string>>,
) {
  if (!mayRouteContact(user, { countyId })) throw new NotAllowed();
  await db().$transaction(async (tx) => {
    const units = new Set((await tx.unit.findMany({ where: { countyId }, select: { id: true } })).map((u) => u.id));
    const data = Object.entries(rules).map(([topic, unitId]) => {
      if (!units.has(unitId!)) throw new FieldProblem(`route.${topic}`, "errors.unknownId");
      return { countyId, topic: topic as ContactTopic, unitId: unitId! };
    });
    await tx.contactRoute.deleteMany({ where: { countyId } });
    await tx.contactRoute.createMany({ data });
  });
}
