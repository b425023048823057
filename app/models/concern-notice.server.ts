// Data access for concern notices (huoli-ilmoitus, Co-Act step 4): association staff tell the county's receiving unit
// that a person needs help. The person's details and the situation are personal data: only members of the receiving
// unit read them, each read is written to the append-only access_log, and the e-mail says only that a notice arrived.
// The association reads back the status and the outcome in general terms.
import { randomInt } from "node:crypto";
import { subDays } from "date-fns";
import type { DataItem, Prisma } from "@prisma/client";
import { concernNoticeMachine, type ConcernNoticeEvent } from "#workflows/concern-notice/concern-notice.machine";
import { offeredEvents } from "#workflows/states";
import { asLocale } from "~/i18n/i18n";
import type { SessionUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { queueEmail } from "~/utils/outbox.server";
import { concernScope, mayReadConcernPersonalData, maySubmitConcern, NotAllowed } from "~/utils/permissions.server";
import { initialRow, restoreSnapshot, step } from "~/utils/workflow.server";
import { FieldProblem } from "./user.server";

const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const newReference = () =>
  `HI-${Array.from({ length: 8 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join("")}`;

export type NewConcernNotice = {
  associationId: string;
  personName: string;
  personPhone: string | null;
  personEmail: string | null;
  personLanguages: string[];
  personAddress: string | null;
  situation: string;
};

/** The associations a staff member may send a notice for. */
export function concernAssociations(user: SessionUser) {
  return db().association.findMany({
    where: { id: { in: user.associationIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Stores a notice for the receiving unit of the association's county and tells the unit's members it arrived. */
export async function submitConcernNotice(user: SessionUser, input: NewConcernNotice) {
  if (!maySubmitConcern(user, input.associationId)) throw new NotAllowed();
  return db().$transaction(async (tx) => {
    const association = await tx.association.findUniqueOrThrow({
      where: { id: input.associationId },
      select: { countyId: true },
    });
    const unit = await tx.unit.findFirst({
      where: { countyId: association.countyId, receivesConcernNotices: true },
      select: { id: true, members: { select: { user: { select: { email: true, locale: true, status: true } } } } },
    });
    if (!unit) throw new FieldProblem("form", "concern.error.noReceivingUnit");
    const notice = await tx.concernNotice.create({
      data: {
        ...input,
        countyId: association.countyId,
        unitId: unit.id,
        createdById: user.id,
        reference: newReference(),
        ...initialRow("concern-notice"),
      },
      select: { id: true, reference: true },
    });
    for (const { user: member } of unit.members) {
      if (member.status !== "active") continue;
      await queueEmail(tx, {
        to: member.email,
        locale: asLocale(member.locale),
        template: "concernNoticeArrived",
        params: { reference: notice.reference, url: `${env().APP_URL}/concerns/${notice.id}` },
      });
    }
    return notice;
  });
}

/** What anyone with a part in a notice may read: never the person or the situation. */
const GENERAL_SELECT = {
  id: true,
  reference: true,
  status: true,
  version: true,
  outcome: true,
  createdAt: true,
  closedAt: true,
  personalDataErasedAt: true,
  unitId: true,
  association: { select: { name: true } },
  unit: { select: { name: true } },
  createdBy: { select: { name: true } },
} satisfies Prisma.ConcernNoticeSelect;

const PERSONAL_SELECT = {
  personName: true,
  personPhone: true,
  personEmail: true,
  personLanguages: true,
  personAddress: true,
  situation: true,
} satisfies Prisma.ConcernNoticeSelect;

/**
 * Erases the person's details and the situation of notices closed more than the retention period ago; the reference,
 * the dates, the units and the general outcome stay. One statement picks and erases, so two instances never both do.
 */
export async function eraseClosedConcernNotices(now = new Date()) {
  const { count } = await db().concernNotice.updateMany({
    where: { closedAt: { lt: subDays(now, env().CONCERN_NOTICE_RETENTION_DAYS) }, personalDataErasedAt: null },
    data: {
      personName: null,
      personPhone: null,
      personEmail: null,
      personLanguages: [],
      personAddress: null,
      situation: null,
      personalDataErasedAt: now,
    },
  });
  return count;
}

/** The user's notices, newest first, a fixed number, without personal data. */
export function listConcernNotices(user: SessionUser) {
  return db().concernNotice.findMany({
    where: concernScope(user),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: GENERAL_SELECT,
  });
}

/** The access-log items of the personal fields a notice holds. */
function loggedItems(p: Prisma.ConcernNoticeGetPayload<{ select: typeof PERSONAL_SELECT }>): DataItem[] {
  const items: [DataItem, unknown][] = [
    ["first_name", p.personName],
    ["phone", p.personPhone],
    ["email", p.personEmail],
    ["languages", p.personLanguages.length ? p.personLanguages : null],
    ["address", p.personAddress],
    ["needs", p.situation],
  ];
  return items.filter(([, value]) => value !== null && value !== "").map(([item]) => item);
}

/**
 * A notice the user has a part in; null otherwise. Members of the receiving unit get the personal data too, and that
 * read is written to the access log before it is returned; everyone else gets the general part only.
 */
export async function getConcernNotice(user: SessionUser, id: string) {
  const notice = await db().concernNotice.findFirst({
    where: { id, ...concernScope(user) },
    select: { ...GENERAL_SELECT, snapshot: true, machineVersion: true },
  });
  if (!notice) return null;
  const { snapshot, machineVersion, ...general } = notice;
  if (!mayReadConcernPersonalData(user, notice) || notice.personalDataErasedAt)
    return { ...general, personal: null, offered: [] as ConcernNoticeEvent["type"][] };
  const personal = await db().concernNotice.findUniqueOrThrow({ where: { id }, select: PERSONAL_SELECT });
  const fields = loggedItems(personal);
  if (fields.length)
    await db().accessLog.create({
      data: {
        concernNoticeId: id,
        userId: user.id,
        organisation: `unit:${notice.unitId}`,
        fields,
        reason: "concern notice: handling",
      },
    });
  const offered = offeredEvents<ConcernNoticeEvent["type"]>(
    concernNoticeMachine,
    restoreSnapshot("concern-notice", { snapshot, machineVersion, status: notice.status }),
    "county",
  );
  return { ...general, personal, offered };
}

/** The unit of a notice the user has a part in (null otherwise), for the check that comes before reading a form. */
export function concernNoticeOwner(user: SessionUser, id: string) {
  return db().concernNotice.findFirst({ where: { id, ...concernScope(user) }, select: { unitId: true } });
}

/** Steps a notice as its receiving unit; closing records what was done in general terms. */
export async function changeConcernNotice(
  user: SessionUser,
  id: string,
  type: ConcernNoticeEvent["type"],
  { expectedVersion, outcome, now = new Date() }: { expectedVersion: number; outcome?: string; now?: Date },
) {
  return db().$transaction(async (tx) => {
    const notice = await tx.concernNotice.findFirst({ where: { id, ...concernScope(user) }, select: { unitId: true } });
    if (!notice || !mayReadConcernPersonalData(user, notice)) throw new NotAllowed();
    const data: Prisma.ConcernNoticeUncheckedUpdateManyInput =
      type === "RECEIVE"
        ? { receivedAt: now }
        : type === "TAKE_CONTACT"
          ? { contactTakenAt: now }
          : { closedAt: now, outcome: outcome ?? null };
    await step(tx, "concern-notice", id, { type, actor: { id: user.id, party: "county" } }, { expectedVersion, data });
  });
}

/** Who has read a notice's personal data, for the receiving unit. */
export function concernAccessLog(noticeId: string) {
  return db().accessLog.findMany({
    where: { concernNoticeId: noticeId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { createdAt: true, fields: true, user: { select: { name: true } } },
  });
}
