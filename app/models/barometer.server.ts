// Data access for the partnership barometer: a county's rounds, their invitees and personal links, the answers given
// through those links, and the answers read back for scoring. Personal links work like the e-mailed auth tokens: the
// token is only in the e-mail and the URL, the database keeps its SHA-256. Who answered what is never read back:
// answers leave this module without their invitation.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import type { SessionUser } from "~/utils/auth.server";
import type { BarometerResponse, OrgType } from "~/utils/barometer";
import type { BarometerAssociationSize, BarometerRoundStatus } from "~/utils/enums.generated";
import { statesWithTag } from "#workflows/states";
import { barometerRoundMachine, type BarometerRoundEvent } from "#workflows/barometer-round/barometer-round.machine";
import { formatDate } from "~/utils/dates";
import { db, type Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { asLocale } from "~/i18n/i18n";
import { queueEmail } from "~/utils/outbox.server";
import { barometerParty, barometerScope, NotAllowed } from "~/utils/permissions.server";
import { initialRow, step } from "~/utils/workflow.server";
import { FieldProblem } from "./user.server";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

const ROUND_SELECT = {
  id: true,
  countyId: true,
  title: true,
  closesAt: true,
  status: true,
  version: true,
  createdAt: true,
  county: { select: { name: true } },
  _count: { select: { invitations: true, answers: true } },
} satisfies Prisma.BarometerRoundSelect;

export function listRounds(user: SessionUser) {
  return db().barometerRound.findMany({
    where: barometerScope(user),
    orderBy: { createdAt: "desc" },
    select: ROUND_SELECT,
  });
}

/** The round with its saved workflow state and how many links went out, if the user may manage it; otherwise null. */
export async function getRound(user: SessionUser, id: string) {
  const round = await db().barometerRound.findFirst({
    where: { id, ...barometerScope(user) },
    select: { ...ROUND_SELECT, snapshot: true, machineVersion: true },
  });
  if (!round) return null;
  const sent = await db().barometerInvitation.count({ where: { roundId: id, sentAt: { not: null } } });
  return { ...round, sent };
}

/** The counties in which the user may start a round. */
export function barometerCounties(user: SessionUser) {
  return db().county.findMany({
    where: user.role === "admin" ? {} : { id: { in: user.countyIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export async function createRound(user: SessionUser, input: { countyId: string; title: string; closesAt: Date }) {
  barometerScope(user);
  if (user.role !== "admin" && !user.countyIds.includes(input.countyId)) throw new NotAllowed();
  return db().barometerRound.create({ data: { ...input, ...initialRow("barometer-round") }, select: { id: true } });
}

/** Who the liaison may invite: the county's associations and units, with how many addresses each brings. */
export function inviteeChoices(countyId: string) {
  return Promise.all([
    db().association.findMany({ where: { countyId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().unit.findMany({ where: { countyId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
}

/**
 * Sends a personal link to every invitee of the round who has none yet, in their language when they have an account,
 * else in the language of whoever invited them.
 * Runs in the transaction that opened the round or added the invitees, so the mails exist exactly when that committed.
 */
async function sendLinks(tx: Tx, round: { id: string; title: string; closesAt: Date; county: { name: string } }) {
  const pending = await tx.barometerInvitation.findMany({
    where: { roundId: round.id, tokenHash: null },
    select: { id: true, email: true, locale: true },
  });
  for (const invitation of pending) {
    const token = randomBytes(32).toString("base64url");
    await tx.barometerInvitation.update({
      where: { id: invitation.id },
      data: { tokenHash: hash(token), sentAt: new Date() },
    });
    const locale = asLocale(invitation.locale);
    await queueEmail(tx, {
      to: invitation.email,
      locale,
      template: "barometerInvitation",
      params: {
        countyName: round.county.name,
        closesOn: formatDate(round.closesAt, locale),
        url: `${env().APP_URL}/barometer/answer?token=${token}`,
      },
    });
  }
  return pending.length;
}

/**
 * Adds invitees to a draft or open round: the contact addresses and staff of the chosen associations, the members of
 * the chosen units and the named addresses; someone already invited is not invited twice. In an open round the links
 * go out at once. Returns how many new invitees there were.
 */
export async function invite(
  user: SessionUser,
  roundId: string,
  input: { associationIds: string[]; unitIds: string[]; emails: string[] },
) {
  return db().$transaction(async (tx) => {
    const round = await tx.barometerRound.findFirst({
      where: { id: roundId, ...barometerScope(user) },
      select: {
        id: true,
        countyId: true,
        title: true,
        closesAt: true,
        status: true,
        county: { select: { name: true } },
      },
    });
    if (!round) throw new NotAllowed();
    if (round.status !== "draft" && round.status !== "open") throw new FieldProblem("form", "barometer.cannotInvite");
    const [associations, unitMembers] = await Promise.all([
      tx.association.findMany({
        where: { id: { in: input.associationIds }, countyId: round.countyId },
        select: { contactEmail: true, members: { select: { user: { select: { email: true, status: true } } } } },
      }),
      tx.unitMembership.findMany({
        where: { unitId: { in: input.unitIds }, unit: { countyId: round.countyId } },
        select: { user: { select: { email: true, status: true } } },
      }),
    ]);
    const emails = new Set<string>(input.emails.map((e) => e.toLowerCase()));
    for (const a of associations) {
      if (a.contactEmail) emails.add(a.contactEmail.toLowerCase());
      for (const m of a.members) if (m.user.status !== "deactivated") emails.add(m.user.email.toLowerCase());
    }
    for (const m of unitMembers) if (m.user.status !== "deactivated") emails.add(m.user.email.toLowerCase());
    const users = await tx.user.findMany({
      where: { email: { in: [...emails] } },
      select: { email: true, locale: true },
    });
    const locales = new Map(users.map((u) => [u.email.toLowerCase(), u.locale]));
    // An address without an account is written to in the inviting person's language (a Swedish-speaking county's
    // liaison invites in Swedish).
    const created = await tx.barometerInvitation.createMany({
      data: [...emails].map((email) => ({ roundId, email, locale: asLocale(locales.get(email) ?? user.locale) })),
      skipDuplicates: true,
    });
    if (round.status === "open") await sendLinks(tx, round);
    return created.count;
  });
}

/**
 * Steps the round as its manager. Opening (and reopening) needs a closing date in the future, and sends the links of
 * every invitee who has none yet.
 */
export async function changeRound(
  user: SessionUser,
  roundId: string,
  type: BarometerRoundEvent["type"],
  { expectedVersion, closesAt, now = new Date() }: { expectedVersion: number; closesAt?: Date; now?: Date },
) {
  return db().$transaction(async (tx) => {
    const round = await tx.barometerRound.findFirst({
      where: { id: roundId, ...barometerScope(user) },
      select: { id: true, title: true, closesAt: true, county: { select: { name: true } } },
    });
    if (!round) throw new NotAllowed();
    const opening = type === "OPEN" || type === "REOPEN";
    const deadline = closesAt ?? round.closesAt;
    if (opening && deadline <= now) throw new FieldProblem("closesAt", "errors.dateInPast");
    await step(
      tx,
      "barometer-round",
      roundId,
      { type, actor: { id: user.id, party: barometerParty(user) } },
      { expectedVersion, data: opening ? { closesAt: deadline } : undefined },
    );
    if (opening) await sendLinks(tx, { ...round, closesAt: deadline });
  });
}

// ---- answering through a personal link ------------------------------------------------------------------------------

/** What an answer says: never the invitation it came through. */
const ANSWER_SELECT = {
  orgType: true,
  associationSize: true,
  immigrantMajority: true,
  items: true,
  grades: true,
  obstacles: true,
  openText: true,
} satisfies Prisma.BarometerAnswerSelect;

const ANSWERABLE = statesWithTag<BarometerRoundStatus>(barometerRoundMachine, "answerable");

/** What an invitee may send: every question may be missing. */
export type AnswerInput = BarometerResponse & {
  associationSize: BarometerAssociationSize | null;
  immigrantMajority: boolean | null;
  openText: string | null;
};

/**
 * The round and the invitee's own answer behind a personal link, or null for a link that is unknown (mistyped, made
 * up, or of a round deleted). `answerable` is false once the round is closed or its closing date has passed.
 */
export async function findAnswerLink(token: string, now = new Date()) {
  if (!token) return null;
  const invitation = await db().barometerInvitation.findUnique({
    where: { tokenHash: hash(token) },
    select: {
      round: { select: { title: true, status: true, closesAt: true, county: { select: { name: true } } } },
      answer: { select: ANSWER_SELECT },
    },
  });
  if (!invitation) return null;
  const { round, answer } = invitation;
  return {
    round: { title: round.title, countyName: round.county.name, closesAt: round.closesAt },
    answerable: ANSWERABLE.includes(round.status) && round.closesAt > now,
    answer,
  };
}

/**
 * Saves the invitee's answer: the first time a new one, later over the same one (one answer per link), and only while
 * the round takes answers. "unknown" and "closed" write nothing.
 */
export async function saveAnswer(token: string, input: AnswerInput, now = new Date()) {
  return db().$transaction(async (tx) => {
    const invitation = token
      ? await tx.barometerInvitation.findUnique({
          where: { tokenHash: hash(token) },
          select: { id: true, roundId: true, round: { select: { status: true, closesAt: true } } },
        })
      : null;
    if (!invitation) return "unknown" as const;
    if (!ANSWERABLE.includes(invitation.round.status) || invitation.round.closesAt <= now) return "closed" as const;
    const fields = {
      orgType: input.orgType,
      associationSize: input.orgType === "association" ? input.associationSize : null,
      immigrantMajority: input.orgType === "association" ? input.immigrantMajority : null,
      items: input.items,
      grades: input.grades,
      obstacles: input.obstacles,
      openText: input.openText,
    };
    await tx.barometerAnswer.upsert({
      where: { invitationId: invitation.id },
      create: { roundId: invitation.roundId, invitationId: invitation.id, ...fields },
      update: fields,
    });
    return "saved" as const;
  });
}

// ---- results ------------------------------------------------------------------------------------------------------

const RESULTS = statesWithTag<BarometerRoundStatus>(barometerRoundMachine, "results");

export type AnonymousAnswer = BarometerResponse & {
  associationSize: BarometerAssociationSize | null;
  immigrantMajority: boolean | null;
  openText: string | null;
};

/** A round's answers without anything that ties them to an invitee, in an order unrelated to when they came. */
async function anonymousAnswers(roundId: string): Promise<AnonymousAnswer[]> {
  const rows = await db().barometerAnswer.findMany({
    where: { roundId },
    select: { id: true, ...ANSWER_SELECT },
  });
  // Ordered by a hash of the random id: stable between downloads, but says nothing about who answered first.
  return rows
    .map(({ id, ...answer }) => ({ key: hash(id), answer }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ answer }) => ({
      ...answer,
      orgType: answer.orgType as OrgType | null,
      items: answer.items as BarometerResponse["items"],
      grades: answer.grades as BarometerResponse["grades"],
      obstacles: answer.obstacles as BarometerResponse["obstacles"],
    }));
}

/**
 * The answers of a round whose results the user may read (closed or published, in their scope), with those of the
 * county's previous such round to compare with; null when there is no such round.
 */
export async function roundAnswers(user: SessionUser, roundId: string) {
  const round = await db().barometerRound.findFirst({
    where: { id: roundId, status: { in: RESULTS }, ...barometerScope(user) },
    select: ROUND_SELECT,
  });
  if (!round) return null;
  const previous = await db().barometerRound.findFirst({
    where: { countyId: round.countyId, status: { in: RESULTS }, closesAt: { lt: round.closesAt } },
    orderBy: { closesAt: "desc" },
    select: { id: true, title: true },
  });
  return {
    round,
    answers: await anonymousAnswers(round.id),
    previous: previous ? { title: previous.title, answers: await anonymousAnswers(previous.id) } : null,
  };
}
