// The one entry point that changes a workflow's state. It steps a persisted XState machine on the server, purely:
// restore the row's snapshot (upgrading one saved by an older machine version), ask whether the event is accepted,
// compute the next snapshot, and write it with an optimistic version check and an append-only event row, all in the
// caller's transaction. Machines never touch the database themselves; every workflow is listed in WORKFLOWS.
import {
  createActor,
  transition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventFrom,
  type SnapshotFrom,
} from "xstate";
import type { Prisma } from "@prisma/client";
import { accompanimentMachine } from "#workflows/accompaniment/accompaniment.machine";
import { accountMachine } from "#workflows/account/account.machine";
import { barometerRoundMachine } from "#workflows/barometer-round/barometer-round.machine";
import { coactStepMachine } from "#workflows/coact-step/coact-step.machine";
import type { WorkflowActor } from "#workflows/actor";
import { concernNoticeMachine } from "#workflows/concern-notice/concern-notice.machine";
import { consentMachine } from "#workflows/consent/consent.machine";
import { meetingSeriesMachine } from "#workflows/meeting-series/meeting-series.machine";
import { contactRequestMachine } from "#workflows/contact-request/contact-request.machine";
import { networkRepresentativeMachine } from "#workflows/network-representative/network-representative.machine";
import { referralMachine } from "#workflows/referral/referral.machine";
import type { Tx } from "./db.server";

/** Every workflow, with the table whose rows carry it (`status`, `snapshot`, `machine_version`, `version` columns). */
export const WORKFLOWS = {
  account: { machine: accountMachine, table: "user" },
  referral: { machine: referralMachine, table: "referral" },
  consent: { machine: consentMachine, table: "consent" },
  accompaniment: { machine: accompanimentMachine, table: "accompaniment" },
  "barometer-round": { machine: barometerRoundMachine, table: "barometerRound" },
  "coact-step": { machine: coactStepMachine, table: "coactStep" },
  "meeting-series": { machine: meetingSeriesMachine, table: "meetingSeries" },
  "contact-request": { machine: contactRequestMachine, table: "contactRequest" },
  "concern-notice": { machine: concernNoticeMachine, table: "concernNotice" },
  "network-representative": { machine: networkRepresentativeMachine, table: "networkRepresentative" },
} as const;

export type WorkflowName = keyof typeof WORKFLOWS;
type MachineOf<W extends WorkflowName> = (typeof WORKFLOWS)[W]["machine"];
export type WorkflowEventOf<W extends WorkflowName> = EventFrom<MachineOf<W>>;

/** What a step may write besides the state: the row's own columns, typed per table. */
type RowData = {
  account: Prisma.UserUncheckedUpdateManyInput;
  referral: Prisma.ReferralUncheckedUpdateManyInput;
  consent: Prisma.ConsentUncheckedUpdateManyInput;
  accompaniment: Prisma.AccompanimentUncheckedUpdateManyInput;
  "barometer-round": Prisma.BarometerRoundUncheckedUpdateManyInput;
  "coact-step": Prisma.CoactStepUncheckedUpdateManyInput;
  "meeting-series": Prisma.MeetingSeriesUncheckedUpdateManyInput;
  "contact-request": Prisma.ContactRequestUncheckedUpdateManyInput;
  "concern-notice": Prisma.ConcernNoticeUncheckedUpdateManyInput;
  "network-representative": Prisma.NetworkRepresentativeUncheckedUpdateManyInput;
};

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
  constructor(
    readonly workflow: string,
    readonly recordId: string,
  ) {
    super(`${workflow} ${recordId} was changed by someone else`);
  }
}

/** A row saved by a newer version of the app than this one: refuse rather than guess. */
export class UnknownMachineVersion extends Error {}

export function stateName(snapshot: { value: unknown }): string {
  return typeof snapshot.value === "string" ? snapshot.value : JSON.stringify(snapshot.value);
}

export function machineVersion(workflow: WorkflowName): number {
  return Number(WORKFLOWS[workflow].machine.version);
}

/** The columns a new row of the workflow starts with: its initial state, snapshot and machine version. */
export function initialRow<W extends WorkflowName>(workflow: W, input?: unknown) {
  const machine = WORKFLOWS[workflow].machine as AnyStateMachine;
  const actor = createActor(machine, { input } as never);
  return {
    status: stateName(actor.getSnapshot()) as never,
    snapshot: actor.getPersistedSnapshot() as Prisma.InputJsonValue,
    machineVersion: machineVersion(workflow),
  };
}

export type SavedRow = { snapshot: unknown; machineVersion: number; status: string };

/**
 * The current machine's snapshot of a saved row. A snapshot of the current version is restored as saved; one of an
 * older version is rebuilt from the row's status and the saved context, which every change so far keeps valid. A
 * change that needs more (a renamed state, a new context field) registers its upgrade here, and its test restores the
 * frozen snapshots of the older version (workflows/<name>/snapshots/v<N>.json). docs/decisions/006.
 */
export function restoreSnapshot<W extends WorkflowName>(workflow: W, row: SavedRow): SnapshotFrom<MachineOf<W>> {
  const machine = WORKFLOWS[workflow].machine as AnyStateMachine;
  const current = machineVersion(workflow);
  if (row.machineVersion > current) {
    throw new UnknownMachineVersion(
      `${workflow}: saved by machine version ${row.machineVersion}, this app knows ${current}`,
    );
  }
  if (row.machineVersion === current) {
    return createActor(machine, { snapshot: row.snapshot as never }).getSnapshot() as SnapshotFrom<MachineOf<W>>;
  }
  const context = (row.snapshot as { context?: unknown } | null)?.context;
  return machine.resolveState({ value: row.status, context }) as SnapshotFrom<MachineOf<W>>;
}

type RowDelegate = {
  findUniqueOrThrow(args: {
    where: { id: string };
    select: { snapshot: true; version: true; machineVersion: true; status: true };
  }): Promise<SavedRow & { version: number }>;
  updateMany(args: { where: { id: string; version: number }; data: object }): Promise<{ count: number }>;
};

/**
 * Steps the workflow of one row: reads its snapshot and version, refuses a stale `expectedVersion` (the user saw an
 * older state) and an event the machine does not accept in this state, and writes the next state together with
 * `data` and an event row (who: the event's actor, and their `comment` if they wrote one) only if nobody changed the
 * row in between.
 */
export async function step<W extends WorkflowName>(
  tx: Tx,
  workflow: W,
  id: string,
  event: WorkflowEventOf<W>,
  { data, expectedVersion, comment }: { data?: RowData[W]; expectedVersion?: number; comment?: string | null } = {},
): Promise<SnapshotFrom<MachineOf<W>>> {
  const machine = WORKFLOWS[workflow].machine as AnyStateMachine;
  const rows = tx[WORKFLOWS[workflow].table] as unknown as RowDelegate;
  const row = await rows.findUniqueOrThrow({
    where: { id },
    select: { snapshot: true, version: true, machineVersion: true, status: true },
  });
  if (expectedVersion !== undefined && expectedVersion !== row.version) throw new ConcurrentChange(workflow, id);
  const current: AnyMachineSnapshot = restoreSnapshot(workflow, row);
  const from = stateName(current);
  const { type, actor } = event as { type: string; actor: WorkflowActor };
  if (!current.can(event)) throw new TransitionRefused(workflow, type, from);
  const [next] = transition(machine, current, event);
  const to = stateName(next);
  const written = await rows.updateMany({
    where: { id, version: row.version },
    data: {
      ...data,
      snapshot: createActor(machine, { snapshot: next }).getPersistedSnapshot() as Prisma.InputJsonValue,
      status: to,
      machineVersion: machineVersion(workflow),
      version: row.version + 1,
    },
  });
  if (written.count !== 1) throw new ConcurrentChange(workflow, id);
  await tx.workflowEvent.create({
    data: {
      workflow,
      recordId: id,
      event: type,
      fromState: from,
      toState: to,
      actorId: actor.id,
      comment: comment || null,
    },
  });
  return next as SnapshotFrom<MachineOf<W>>;
}
