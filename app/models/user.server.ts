// User accounts: invitation, sign-in, password reset, memberships, and the account lifecycle (workflows/account).
import type { Role } from "@prisma/client";
import type { MessageKey } from "~/i18n/i18n";
import { createActor } from "xstate";
import { accountMachine, type AccountEvent } from "#workflows/account/account.machine";
import type { WorkflowActor } from "#workflows/actor";
import { db, type Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { queueEmail } from "~/utils/outbox.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { initialRow, step } from "~/utils/workflow.server";
import { handOverOnLeaving } from "./network.server";
import { consumeToken, issueToken } from "./token.server";

export const INVITATION_DAYS = 7;
export const RESET_HOURS = 2;

/** A problem with the submitted data that the form shows next to a field. */
export class FieldProblem extends Error {
  constructor(
    readonly field: string,
    readonly key: MessageKey,
  ) {
    super(`${field}: ${key}`);
  }
}

/** An account that is active from the start (demo data and test fixtures): as an accepted invitation leaves it. */
export function activeAccountSnapshot() {
  const actor = createActor(accountMachine, { input: {} }).start();
  actor.send({ type: "ACCEPT_INVITATION", actor: { id: null, party: "self" } });
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return persisted as object;
}

export async function authenticate(email: string, password: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true, passwordHash: true, status: true } });
  const valid = await verifyPassword(password, user?.passwordHash);
  return valid && user?.status === "active" ? user.id : null;
}

type Memberships = { unitIds: string[]; associationIds: string[] };

async function assertMembershipsExist(tx: Tx, { unitIds, associationIds }: Memberships) {
  const [units, associations] = await Promise.all([
    tx.unit.count({ where: { id: { in: unitIds } } }),
    tx.association.count({ where: { id: { in: associationIds } } }),
  ]);
  if (units !== new Set(unitIds).size) throw new FieldProblem("unitIds", "errors.unknownId");
  if (associations !== new Set(associationIds).size) throw new FieldProblem("associationIds", "errors.unknownId");
}

async function writeMemberships(tx: Tx, userId: string, memberships: Memberships) {
  await assertMembershipsExist(tx, memberships);
  // Leaving a unit hands over the person's network seats for it (Co-Act step 9, staff turnover).
  const left = await tx.unitMembership.findMany({ where: { userId, unitId: { notIn: memberships.unitIds } } });
  if (left.length)
    await handOverOnLeaving(
      tx,
      userId,
      "left_unit",
      left.map((m) => m.unitId),
    );
  await tx.unitMembership.deleteMany({ where: { userId } });
  await tx.associationMembership.deleteMany({ where: { userId } });
  await tx.unitMembership.createMany({ data: [...new Set(memberships.unitIds)].map((unitId) => ({ userId, unitId })) });
  await tx.associationMembership.createMany({
    data: [...new Set(memberships.associationIds)].map((associationId) => ({ userId, associationId })),
  });
}

export async function inviteUser(
  input: { email: string; name: string; role: Role; locale: string } & Memberships,
  inviter: { id: string; name: string },
) {
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
      throw new FieldProblem("email", "errors.emailTaken");
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        locale: input.locale,
        ...initialRow("account"),
      },
      select: { id: true },
    });
    await writeMemberships(tx, user.id, input);
    const token = await issueToken(tx, user.id, "invitation", INVITATION_DAYS * 24 * 3600_000);
    await queueEmail(tx, {
      to: input.email,
      locale: input.locale,
      template: "invitation",
      params: {
        inviterName: inviter.name,
        url: `${env().APP_URL}/accept-invitation?token=${token}`,
        expiresInDays: INVITATION_DAYS,
      },
    });
    await tx.workflowEvent.create({
      data: {
        workflow: "account",
        recordId: user.id,
        event: "INVITE",
        fromState: "",
        toState: "invited",
        actorId: inviter.id,
      },
    });
    return user.id;
  });
}

function stepAccount(tx: Tx, userId: string, event: AccountEvent, data: { passwordHash?: string } = {}) {
  return step(tx, "account", userId, event, { data });
}

/** Sets the password of an invited user and activates the account; null when the link is not valid any more. */
export async function acceptInvitation(token: string, password: string): Promise<string | null> {
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "invitation");
    if (!userId) return null;
    await stepAccount(
      tx,
      userId,
      { type: "ACCEPT_INVITATION", actor: { id: userId, party: "self" } },
      { passwordHash },
    );
    return userId;
  });
}

/** Always behaves the same whether or not the address has an account, so the answer reveals nothing. */
export async function requestPasswordReset(email: string, locale: string) {
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, status: true, locale: true } });
    if (!user || user.status !== "active") return;
    const token = await issueToken(tx, user.id, "password_reset", RESET_HOURS * 3600_000);
    await queueEmail(tx, {
      to: email,
      locale: user.locale ?? locale,
      template: "passwordReset",
      params: { url: `${env().APP_URL}/reset-password?token=${token}`, expiresInHours: RESET_HOURS },
    });
  });
}

/** Sets a new password from a reset link and ends every other session of the user. */
export async function resetPassword(token: string, password: string): Promise<string | null> {
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "password_reset");
    if (!userId) return null;
    // A link mailed before the account was deactivated must not work afterwards.
    const changed = await tx.user.updateMany({ where: { id: userId, status: "active" }, data: { passwordHash } });
    if (changed.count !== 1) return null;
    await tx.session.deleteMany({ where: { userId } });
    return userId;
  });
}

export async function changeAccountStatus(userId: string, type: "DEACTIVATE" | "REACTIVATE", actor: WorkflowActor) {
  await db().$transaction(async (tx) => {
    await stepAccount(tx, userId, { type, actor });
    if (type === "DEACTIVATE") {
      await tx.session.deleteMany({ where: { userId } });
      await handOverOnLeaving(tx, userId, "deactivated");
    }
  });
}

export async function updateUser(userId: string, input: { name: string; role: Role } & Memberships) {
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { name: input.name, role: input.role } });
    await writeMemberships(tx, userId, input);
  });
}

export async function setUserLocale(userId: string, locale: string) {
  await db().user.update({ where: { id: userId }, data: { locale } });
}

export function listUsers() {
  return db().user.findMany({
    orderBy: [{ status: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      status: true,
      units: { select: { unit: { select: { name: true } } } },
      associations: { select: { association: { select: { name: true } } } },
    },
  });
}

export function getUserForAdmin(id: string) {
  return db().user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      status: true,
      locale: true,
      version: true,
      units: { select: { unitId: true } },
      associations: { select: { associationId: true } },
    },
  });
}
