// The referral's clock, run daily on the job queue (safe with several app instances: each step checks the version it
// read): a reminder to the association after 5 working days without an answer, back to the social worker after 10;
// consents past their end date expire; personal data of ended referrals is erased after the retention period.
import { subDays } from "date-fns";
import type { ConsentStatus, ReferralStatus } from "@prisma/client";
import { SYSTEM } from "#workflows/actor";
import { consentMachine } from "#workflows/consent/consent.machine";
import { referralMachine } from "#workflows/referral/referral.machine";
import { statesAccepting, statesWithTag } from "#workflows/states";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { ConcurrentChange, step, TransitionRefused } from "~/utils/workflow.server";
import { workingDaysBetween } from "~/utils/working-days";
import { eraseClientData, mailAssociation, mailCounty, RETURN_AFTER_WORKING_DAYS } from "./referral.server";

export const REMIND_AFTER_WORKING_DAYS = 5;
const ENDED = statesWithTag<ReferralStatus>(referralMachine, "ended");
const IN_FORCE = statesWithTag<ConsentStatus>(consentMachine, "in_force");
/** Referrals still waiting for the association's first answer: the clock reminds them, then sends them back. */
const UNANSWERED = statesAccepting<ReferralStatus>(referralMachine, { type: "NO_ANSWER", actor: SYSTEM });

/** Runs `work`, treating "someone else did it first" as done: another instance got there. */
async function once(work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    if (error instanceof ConcurrentChange || error instanceof TransitionRefused) return;
    throw error;
  }
}

export async function chaseUnansweredReferrals(now = new Date()) {
  const waiting = await db().referral.findMany({
    where: { status: { in: UNANSWERED } },
    select: { id: true, sentAt: true, remindedAt: true, associationId: true },
  });
  for (const referral of waiting) {
    const days = workingDaysBetween(referral.sentAt ?? now, now);
    if (days >= RETURN_AFTER_WORKING_DAYS) {
      await once(() =>
        db().$transaction(async (tx) => {
          await step(tx, "referral", referral.id, { type: "NO_ANSWER", actor: SYSTEM }, { data: { escalatedAt: now } });
          await mailCounty(tx, referral.id, "no_answer");
        }),
      );
    } else if (days >= REMIND_AFTER_WORKING_DAYS && !referral.remindedAt) {
      await once(() =>
        db().$transaction(async (tx) => {
          const current = await tx.referral.findUniqueOrThrow({
            where: { id: referral.id },
            select: { version: true, remindedAt: true },
          });
          if (current.remindedAt) return;
          await step(
            tx,
            "referral",
            referral.id,
            { type: "REMIND", actor: SYSTEM },
            { data: { remindedAt: now }, expectedVersion: current.version },
          );
          await mailAssociation(tx, referral.id, referral.associationId, "reminder");
        }),
      );
    }
  }
}

export async function expireConsents(now = new Date()) {
  const expired = await db().consent.findMany({
    where: { status: { in: IN_FORCE }, validUntil: { lte: now } },
    select: { id: true },
  });
  for (const consent of expired) {
    await once(() =>
      db().$transaction(async (tx) => void (await step(tx, "consent", consent.id, { type: "EXPIRE", actor: SYSTEM }))),
    );
  }
}

/** Referrals erased per transaction: a backlog (the first run after downtime, a shorter retention) takes several. */
export const ERASE_BATCH = 1000;

/**
 * Erases the client fields of referrals that ended more than the retention period ago; statistics stay. In batches,
 * each its own short transaction: one transaction for all of them (18,700 on the large seed, 3 s) would pass Prisma's
 * 5 s limit as the data grows, and then fail every day.
 */
export async function eraseExpiredPersonalData(now = new Date(), batchSize = ERASE_BATCH) {
  const where = {
    status: { in: ENDED },
    closedAt: { lt: subDays(now, env().REFERRAL_RETENTION_DAYS) },
    personalDataErasedAt: null,
  };
  let erased = 0;
  for (;;) {
    const batch = await db().referral.findMany({
      where,
      select: { id: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (!batch.length) return erased;
    erased += await db().$transaction(async (tx) => {
      // One statement marks the batch's referrals, so that of two instances running this at once only one erases each.
      const claimed = await tx.referral.updateManyAndReturn({
        where: { ...where, id: { in: batch.map((r) => r.id) } },
        data: { personalDataErasedAt: now },
        select: { id: true },
      });
      await eraseClientData(
        tx,
        claimed.map((r) => r.id),
        now,
      );
      return claimed.length;
    });
  }
}

export async function runReferralSchedule(now = new Date()) {
  await chaseUnansweredReferrals(now);
  await expireConsents(now);
  await eraseExpiredPersonalData(now);
}
