// Steps a persisted XState machine on the server, purely: restore the snapshot, ask whether the event is accepted,
// compute the next snapshot, and write it with an optimistic version check and an append-only event row, all in the
// caller's transaction. Machines never touch the database themselves.
import { createActor, transition, type AnyMachineSnapshot, type AnyStateMachine, type EventFrom, type SnapshotFrom } from "xstate";
import type { Prisma } from "@prisma/client";
import type { Tx } from "./db.server";

export class TransitionRefused extends Error {
  constructor(
    readonly workflow: string,
    readonly event: string,
    readonly state: string,
  ) {
    super(`${workflow}: event ${event} is not accepted in state ${state}`);
  }
}

/** Someone else changed the record since it was read: the caller should reload. */
export class ConcurrentChange extends Error {
  constructor(readonly workflow: string, readonly recordId: string) {
    super(`${workflow} ${recordId} was changed by someone else`);
  }
}

export function stateName(snapshot: { value: unknown }): string {
  return typeof snapshot.value === "string" ? snapshot.value : JSON.stringify(snapshot.value);
}

export function initialSnapshot<M extends AnyStateMachine>(machine: M, input?: unknown): Prisma.InputJsonValue {
  const actor = createActor(machine, { input } as never);
  return actor.getPersistedSnapshot() as Prisma.InputJsonValue;
}

type Step<M extends AnyStateMachine> = {
  tx: Tx;
  workflow: string;
  machine: M;
  recordId: string;
  persisted: unknown;
  version: number;
  event: EventFrom<M>;
  actorId: string | null;
  /** Writes the new snapshot if the row still has `version`; returns the number of rows written (0 or 1). */
  save: (next: { snapshot: Prisma.InputJsonValue; state: string; version: number }) => Promise<number>;
};

export async function stepWorkflow<M extends AnyStateMachine>(step: Step<M>): Promise<SnapshotFrom<M>> {
  const machine = step.machine as AnyStateMachine;
  const event = step.event as { type: string };
  const current: AnyMachineSnapshot = createActor(machine, { snapshot: step.persisted as never }).getSnapshot();
  const from = stateName(current);
  if (!current.can(event)) throw new TransitionRefused(step.workflow, event.type, from);
  const [next] = transition(machine, current, event);
  const snapshot = createActor(machine, { snapshot: next }).getPersistedSnapshot() as Prisma.InputJsonValue;
  const to = stateName(next);
  const written = await step.save({ snapshot, state: to, version: step.version + 1 });
  if (written !== 1) throw new ConcurrentChange(step.workflow, step.recordId);
  await step.tx.workflowEvent.create({
    data: { workflow: step.workflow, recordId: step.recordId, event: event.type, fromState: from, toState: to, actorId: step.actorId },
  });
  return next as SnapshotFrom<M>;
}


/** The tables whose rows carry a workflow: `snapshot`, `status` (the state) and `version` columns. */
type WorkflowTable = "user" | "referral" | "consent" | "accompaniment";

type RowDelegate = {
  findUniqueOrThrow(args: { where: { id: string }; select: { snapshot: true; version: true } }): Promise<{ snapshot: unknown; version: number }>;
  updateMany(args: { where: { id: string; version: number }; data: Record<string, unknown> }): Promise<{ count: number }>;
};

/**
 * Steps the workflow of one row: reads its snapshot and version, refuses a stale `expectedVersion` (the user saw an
 * older state), and writes the next state together with `data` only if nobody changed the row in between.
 */
export async function stepRecord<M extends AnyStateMachine>(
  tx: Tx,
  table: WorkflowTable,
  machine: M,
  id: string,
  event: EventFrom<M>,
  { actorId, data = {}, expectedVersion }: { actorId: string | null; data?: object; expectedVersion?: number },
): Promise<SnapshotFrom<M>> {
  const rows = tx[table] as unknown as RowDelegate;
  const row = await rows.findUniqueOrThrow({ where: { id }, select: { snapshot: true, version: true } });
  if (expectedVersion !== undefined && expectedVersion !== row.version) throw new ConcurrentChange(machine.id, id);
  return stepWorkflow({
    tx, workflow: machine.id, machine, recordId: id, persisted: row.snapshot, version: row.version, event, actorId,
    save: async (next) =>
      (await rows.updateMany({
        where: { id, version: row.version },
        data: { ...data, snapshot: next.snapshot, status: next.state, version: next.version },
      })).count,
  });
}
