// The Co-Act path of a county (DESIGN.md, "The ten steps"): its ten step rows, read by everyone in the county and moved
// by its liaison (or an admin) through workflows/coact-step, and re-evaluated against the records every day. Every
// change goes through `moveStep` or `reevaluatePaths`: load the row, evaluate the step's evidence when the event needs
// it, step the machine with the version check and the comment, and queue the e-mails, all in one transaction.
import type { CoactStepKey, CoactStepStatus, Prisma } from "@prisma/client";
import { SYSTEM, type WorkflowActor } from "#workflows/actor";
import { coactStepMachine, type CoactStepEvent } from "#workflows/coact-step/coact-step.machine";
import { offeredEvents, statesWithTag } from "#workflows/states";
import { asLocale, translator } from "~/i18n/i18n";
import type { SessionUser } from "~/utils/auth.server";
import { evaluate, explain, STEP_KEYS, stepNumber, type Evidence, type Explanation } from "~/utils/coact-evidence";
import { db, type Tx } from "~/utils/db.server";
import { CoactStepStatus as CoactStepStatusList } from "~/utils/enums.generated";
import { env } from "~/utils/env.server";
import { queueEmail, queueEmails } from "~/utils/outbox.server";
import { mayReadPath, NotAllowed, pathParty, pathScope } from "~/utils/permissions.server";
import { ConcurrentChange, initialRow, restoreSnapshot, step as stepWorkflow } from "~/utils/workflow.server";
import { countyFacts, loadThresholds } from "./coact-facts.server";
import { FieldProblem } from "./user.server";

const STATUSES: readonly string[] = CoactStepStatusList;
function isStatus(value: string): value is CoactStepStatus {
  return STATUSES.includes(value);
}
/** A state written in the event log; every one is a state of the machine (workflows.test.ts holds them equal). */
const asStatus = (value: string): CoactStepStatus => (isStatus(value) ? value : "not_started");

/** The events a person sends from the path page (LAPSE and RESTORE are the system's). */
export type StepEventType = Exclude<CoactStepEvent["type"], "LAPSE" | "RESTORE">;

/** Establishing was refused: the step's evidence does not hold, for the reason the rule gives. */
export class EvidenceMissing extends Error {
  constructor(readonly explanation: Explanation) {
    super(`evidence does not hold: ${explanation.key}`);
  }
}

// ---- the rows ----------------------------------------------------------------------------------------------------

/** Gives a county the step rows it lacks, not started (a new county; one made before the path existed). */
export async function ensureCountySteps(tx: Pick<Tx, "coactStep">, countyId: string) {
  await tx.coactStep.createMany({
    data: STEP_KEYS.map((step) => ({ countyId, step, ...initialRow("coact-step") })),
    skipDuplicates: true,
  });
}

const STEP_SELECT = {
  id: true,
  countyId: true,
  step: true,
  status: true,
  snapshot: true,
  machineVersion: true,
  version: true,
  targetDate: true,
  skipReason: true,
  owner: { select: { id: true, name: true } },
} satisfies Prisma.CoactStepSelect;

/** The people who may own a county's step: the staff of its units (its liaison and social workers), active. */
function ownerChoices(countyId: string) {
  return db().user.findMany({
    where: { status: "active", units: { some: { unit: { countyId } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * A county's path as the user sees it: each step with its state, owner, target date, evidence in one line and, for
 * the liaison or an admin, the events they may send; the timeline of every transition. Null when the county is not
 * found or not the user's. The people who may own a step are read only for the step being planned (`planning`, when
 * the user may plan it): one list on the page, not one per step.
 */
export async function readPath(
  user: SessionUser,
  countyId: string,
  { planning, now = new Date() }: { planning?: CoactStepKey; now?: Date } = {},
) {
  if (!mayReadPath(user, countyId)) return null;
  // Together, not one after another: the rows are not shown unless the county is found in the user's scope.
  const [county, found, thresholds] = await Promise.all([
    db().county.findFirst({ where: { id: countyId, ...pathScope(user) }, select: { id: true, name: true } }),
    db().coactStep.findMany({ where: { countyId }, select: STEP_SELECT }),
    loadThresholds(),
  ]);
  if (!county) return null;
  let rows = found;
  if (rows.length < STEP_KEYS.length) {
    await ensureCountySteps(db(), countyId);
    rows = await db().coactStep.findMany({ where: { countyId }, select: STEP_SELECT });
  }
  const party = pathParty(user, countyId);
  const offered = (row: (typeof rows)[number]) =>
    party
      ? offeredEvents<StepEventType>(coactStepMachine, restoreSnapshot("coact-step", row), party, { holds: true })
      : [];
  const planned = rows.find((r) => r.step === planning);
  const plannable = planned !== undefined && offered(planned).includes("PLAN");
  const [facts, owners, events] = await Promise.all([
    countyFacts([countyId], thresholds, now),
    plannable ? ownerChoices(countyId) : Promise.resolve([]),
    db().workflowEvent.findMany({
      where: { workflow: "coact-step", recordId: { in: rows.map((r) => r.id) } },
      orderBy: { id: "desc" },
      select: {
        id: true,
        recordId: true,
        fromState: true,
        toState: true,
        comment: true,
        createdAt: true,
        actor: { select: { name: true } },
      },
    }),
  ]);
  const stepOf = new Map(rows.map((r) => [r.id, r.step]));
  const steps = STEP_KEYS.map((key) => {
    const row = rows.find((r) => r.step === key)!;
    const evidence = evaluate(key, facts.get(countyId)!, thresholds, now);
    // What the page shows (and the version its forms send back), not the row's machine state.
    const { id: _id, countyId: _countyId, snapshot: _snapshot, machineVersion: _machineVersion, ...shown } = row;
    return {
      ...shown,
      number: stepNumber(key),
      evidence,
      // ESTABLISH is offered whenever the machine would take it with evidence: the server then checks the evidence and
      // refuses with the rule's explanation when it does not hold.
      events: offered(row),
    };
  });
  const timeline = events.map(({ recordId, ...e }) => ({
    ...e,
    id: String(e.id),
    step: stepOf.get(recordId)!,
    fromState: asStatus(e.fromState),
    toState: asStatus(e.toState),
  }));
  return { county, steps, timeline, owners, planning: plannable ? planning : null, leads: party !== null };
}

/** The paths of the counties the user may read, side by side: each county's steps' states, no evidence. */
export async function listPaths(user: SessionUser) {
  const counties = await db().county.findMany({
    where: pathScope(user),
    orderBy: { name: "asc" },
    select: { id: true, name: true, coactSteps: { select: { step: true, status: true } } },
  });
  return counties.map((c) => ({
    id: c.id,
    name: c.name,
    statuses: Object.fromEntries(c.coactSteps.map((s) => [s.step, s.status])) as Partial<
      Record<CoactStepKey, CoactStepStatus>
    >,
  }));
}

// ---- moving a step -----------------------------------------------------------------------------------------------

export type StepChange = {
  event: StepEventType;
  expectedVersion: number;
  ownerId?: string;
  targetDate?: Date;
  reason?: string;
  comment?: string;
};

/**
 * The liaison (or an admin) moves one step. ESTABLISH carries the evidence the server evaluated just now; the machine
 * refuses it when the evidence does not hold, and the refusal says why (EvidenceMissing).
 */
export async function moveStep(
  user: SessionUser,
  countyId: string,
  key: CoactStepKey,
  change: StepChange,
  now = new Date(),
) {
  const party = pathParty(user, countyId);
  if (!party) throw new NotAllowed();
  const actor: WorkflowActor = { id: user.id, party };
  await db().$transaction(async (tx) => {
    const row = await tx.coactStep.findUnique({
      where: { countyId_step: { countyId, step: key } },
      select: { id: true, version: true, ownerId: true, county: { select: { name: true } } },
    });
    if (!row) throw new NotAllowed();
    if (row.version !== change.expectedVersion) throw new ConcurrentChange("coact-step", row.id);
    let data: Prisma.CoactStepUncheckedUpdateManyInput | undefined;
    let event: CoactStepEvent = { type: change.event, actor } as CoactStepEvent;
    if (change.event === "PLAN") {
      if (!change.ownerId) throw new FieldProblem("ownerId", "errors.required");
      if (!change.targetDate) throw new FieldProblem("targetDate", "errors.required");
      const owner = await tx.user.findFirst({
        where: { id: change.ownerId, status: "active", units: { some: { unit: { countyId } } } },
        select: { id: true },
      });
      if (!owner) throw new FieldProblem("ownerId", "path.errors.ownerNotInCounty");
      data = { ownerId: owner.id, targetDate: change.targetDate };
    }
    if (change.event === "SKIP") {
      if (!change.reason) throw new FieldProblem("reason", "errors.required");
      data = { skipReason: change.reason };
    }
    if (change.event === "UNSKIP") data = { skipReason: null };
    if (change.event === "ESTABLISH") {
      const thresholds = await loadThresholds();
      const evidence = evaluate(key, (await countyFacts([countyId], thresholds, now)).get(countyId)!, thresholds, now);
      const can = restoreSnapshot("coact-step", await readRow(tx, row.id)).can({
        type: "ESTABLISH",
        actor,
        holds: true,
      });
      // Only a step that could be established at all is refused for its evidence; otherwise the machine's refusal.
      if (can && !evidence.holds) throw new EvidenceMissing(evidence.explanation);
      event = { type: "ESTABLISH", actor, holds: evidence.holds };
    }
    await stepWorkflow(tx, "coact-step", row.id, event, {
      data,
      expectedVersion: change.expectedVersion,
      comment: change.comment,
    });
    if (change.event === "PLAN" && data?.ownerId !== row.ownerId && data?.ownerId !== user.id) {
      await mailOwner(tx, {
        ownerId: data!.ownerId as string,
        countyId,
        countyName: row.county.name,
        key,
        actorName: user.name,
      });
    }
  });
}

function readRow(tx: Tx, id: string) {
  return tx.coactStep.findUniqueOrThrow({
    where: { id },
    select: { snapshot: true, machineVersion: true, status: true },
  });
}

const pathUrl = (countyId: string) => `${env().APP_URL}/path/${countyId}`;

async function mailOwner(
  tx: Tx,
  p: { ownerId: string; countyId: string; countyName: string; key: CoactStepKey; actorName: string },
) {
  const owner = await tx.user.findUniqueOrThrow({ where: { id: p.ownerId }, select: { email: true, locale: true } });
  const step = await tx.coactStep.findUniqueOrThrow({
    where: { countyId_step: { countyId: p.countyId, step: p.key } },
    select: { targetDate: true },
  });
  await queueEmail(tx, {
    to: owner.email,
    locale: owner.locale,
    template: "pathStep",
    params: {
      what: "owner",
      countyName: p.countyName,
      step: p.key,
      actorName: p.actorName,
      targetDate: step.targetDate,
      url: pathUrl(p.countyId),
    },
  });
}

// ---- re-evaluation -----------------------------------------------------------------------------------------------

/** Established and lapsed steps: the ones whose evidence is checked again. */
const TAKEN = statesWithTag<CoactStepStatus>(coactStepMachine, "taken");

export type Reevaluation = { checked: number; lapsed: number; restored: number };

/**
 * Checks every established or lapsed step (of the given counties, or all) against its evidence at `now`: an established
 * step whose evidence no longer holds lapses, and its owner and the county's liaison are told by e-mail what happened
 * and what to do; a lapsed step whose evidence holds again is established again. Each step in its own transaction with
 * a version check, so a step the liaison changed meanwhile is left for the next run. Runs daily (worker.server.ts) and
 * when the liaison asks.
 */
export async function reevaluatePaths(now = new Date(), countyIds?: string[]): Promise<Reevaluation> {
  const rows = await db().coactStep.findMany({
    where: { status: { in: TAKEN }, ...(countyIds ? { countyId: { in: countyIds } } : {}) },
    select: { id: true, countyId: true, step: true, status: true, snapshot: true, machineVersion: true, version: true },
  });
  const result: Reevaluation = { checked: rows.length, lapsed: 0, restored: 0 };
  if (!rows.length) return result;
  const thresholds = await loadThresholds();
  const facts = await countyFacts([...new Set(rows.map((r) => r.countyId))], thresholds, now);
  for (const row of rows) {
    const evidence = evaluate(row.step, facts.get(row.countyId)!, thresholds, now);
    const snapshot = restoreSnapshot("coact-step", row);
    const event: CoactStepEvent | null = snapshot.can({ type: "RESTORE", actor: SYSTEM, holds: evidence.holds })
      ? { type: "RESTORE", actor: SYSTEM, holds: true }
      : !evidence.holds && snapshot.can({ type: "LAPSE", actor: SYSTEM })
        ? { type: "LAPSE", actor: SYSTEM }
        : null;
    if (!event) continue;
    try {
      await db().$transaction(async (tx) => {
        await stepWorkflow(tx, "coact-step", row.id, event, { expectedVersion: row.version });
        if (event.type === "LAPSE") await mailLapse(tx, row.countyId, row.step, evidence, now);
      });
    } catch (error) {
      if (error instanceof ConcurrentChange) continue;
      throw error;
    }
    if (event.type === "LAPSE") result.lapsed++;
    else result.restored++;
  }
  return result;
}

/** The step's owner and the county's liaison(s), once each, in their own language. */
async function mailLapse(tx: Tx, countyId: string, key: CoactStepKey, evidence: Evidence, now: Date) {
  const step = await tx.coactStep.findUniqueOrThrow({
    where: { countyId_step: { countyId, step: key } },
    select: {
      county: { select: { name: true } },
      owner: { select: { email: true, locale: true, status: true } },
    },
  });
  const liaisons = await tx.user.findMany({
    where: { role: "liaison", status: "active", units: { some: { unit: { countyId } } } },
    select: { email: true, locale: true },
  });
  const readers = new Map<string, string>();
  if (step.owner?.status === "active") readers.set(step.owner.email, step.owner.locale);
  for (const l of liaisons) readers.set(l.email, l.locale);
  await queueEmails(
    tx,
    [...readers].map(([to, locale]) => ({
      to,
      locale,
      template: "pathStep" as const,
      params: {
        what: "lapsed" as const,
        countyName: step.county.name,
        step: key,
        explanation: evidence.explanation,
        checkedAt: now,
        url: pathUrl(countyId),
      },
    })),
  );
}

/** The evidence line in the reader's language (for messages the server builds). */
export function evidenceText(user: SessionUser, explanation: Explanation) {
  const locale = asLocale(user.locale);
  return explain(translator(locale), locale, explanation);
}
