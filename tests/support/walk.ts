// Walks a workflow's graph: every reachable (state, event) pair, with the events that lead there from the start.
// Machine tests use it to exercise every transition, and to prove the server refuses every event a state does not take.
import { getShortestPaths } from "@xstate/graph";
import { transition, type AnyStateMachine, type EventObject } from "xstate";
import { expect, it } from "vitest";
import type { Party, WorkflowActor } from "#workflows/actor";
import { eventTypes } from "#workflows/states";
import { db } from "~/utils/db.server";
import {
  stateName,
  step as stepWorkflow,
  TransitionRefused,
  WORKFLOWS,
  type WorkflowName,
} from "~/utils/workflow.server";

export type Edge<E extends EventObject> = { path: E[]; from: string; event: E; to: string | null };

/** Every reachable state × every candidate event; `to` is null when the state does not accept the event. */
export function walk<E extends EventObject>(machine: AnyStateMachine, events: E[], input?: unknown): Edge<E>[] {
  const paths = getShortestPaths(machine, { events, input } as never);
  const edges: Edge<E>[] = [];
  for (const path of paths) {
    const snapshot = path.state as unknown as { can: (e: E) => boolean; value: unknown };
    for (const event of events) {
      const accepted = snapshot.can(event);
      const [next] = accepted ? transition(machine, path.state as never, event) : [null];
      edges.push({
        path: path.steps.slice(1).map((s) => s.event as E),
        from: stateName(snapshot),
        event,
        to: next ? stateName(next as { value: unknown }) : null,
      });
    }
  }
  return edges;
}

type Row = { status: string; version: number; snapshot: unknown };

/**
 * The two halves of a machine test, against real rows: every accepted edge, replayed on the server, persists state,
 * version, snapshot and an event row with its actor; every refused one throws TransitionRefused and writes nothing.
 */
export function itStepsEveryEdge<E extends EventObject & { actor: WorkflowActor }>(machine: {
  workflow: WorkflowName;
  edges: Edge<E>[];
  create: () => Promise<{ id: string }>;
  label?: (event: E) => string;
}) {
  const { workflow, edges, create, label = byParty } = machine;
  const step = (id: string, event: E) => db().$transaction((tx) => stepWorkflow(tx, workflow, id, event as never));
  const table = db()[WORKFLOWS[workflow].table] as unknown as {
    findUniqueOrThrow(args: { where: { id: string }; select: Record<keyof Row, true> }): Promise<Row>;
  };
  const read = (id: string) =>
    table.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, snapshot: true } });
  it.each(edges.filter((e) => e.to).map((e) => [`${e.from} --${label(e.event)}-->`, e] as const))(
    "steps %s on the server, persisting state, version and an event row",
    async (_, edge) => {
      const { id } = await create();
      for (const event of edge.path) await step(id, event);
      await step(id, edge.event);
      expect(await read(id)).toMatchObject({
        status: edge.to,
        version: edge.path.length + 1,
        snapshot: { value: edge.to },
      });
      const rows = await db().workflowEvent.findMany({ where: { recordId: id }, orderBy: { id: "asc" } });
      expect(rows).toHaveLength(edge.path.length + 1);
      expect(rows.at(-1)).toMatchObject({
        workflow,
        event: edge.event.type,
        fromState: edge.from,
        toState: edge.to,
        actorId: edge.event.actor.id,
      });
    },
  );
  it.each(edges.filter((e) => !e.to).map((e) => [`${label(e.event)} in ${e.from}`, e] as const))(
    "refuses %s and writes nothing",
    async (_, edge) => {
      const { id } = await create();
      for (const event of edge.path) await step(id, event);
      const before = await read(id);
      await expect(step(id, edge.event)).rejects.toThrow(TransitionRefused);
      expect(await read(id)).toEqual(before);
      expect(before).toMatchObject({ status: edge.from, version: edge.path.length });
      expect(await db().workflowEvent.count({ where: { recordId: id } })).toBe(edge.path.length);
    },
  );
}

/** The demo users, and every party with a demo user acting as it, so that any party may be a candidate. */
export async function demoParties() {
  const socialWorker = await db().user.findUniqueOrThrow({
    where: { email: "social.worker@demo.co-act.fi" },
    include: { units: true },
  });
  const staff = await db().user.findUniqueOrThrow({
    where: { email: "staff@demo.co-act.fi" },
    include: { associations: true },
  });
  const admin = await db().user.findUniqueOrThrow({ where: { email: "admin@demo.co-act.fi" } });
  const actors: Record<Party, WorkflowActor> = {
    county: { id: socialWorker.id, party: "county" },
    association: { id: staff.id, party: "association" },
    admin: { id: admin.id, party: "admin" },
    self: { id: socialWorker.id, party: "self" },
    system: { id: null, party: "system" },
  };
  return { socialWorker, staff, admin, actors };
}

/**
 * Each event type the machine takes (read from the machine itself) from each party, so that the right event from the
 * wrong party is a candidate too.
 */
export function fromEveryParty<E extends { type: string; actor: WorkflowActor }>(
  machine: AnyStateMachine,
  actors: Record<Party, WorkflowActor>,
): E[] {
  return eventTypes(machine).flatMap((type) =>
    (Object.keys(actors) as Party[]).map((party) => ({ type, actor: actors[party] }) as E),
  );
}

export const byParty = (e: { type: string; actor: WorkflowActor }) => `${e.type} by ${e.actor.party}`;

/** The accepted edges as "from --EVENT by party--> to", to compare with the list the design asks for. */
export function acceptedTransitions<E extends { type: string; actor: WorkflowActor }>(edges: Edge<E>[]): Set<string> {
  return new Set(edges.filter((e) => e.to).map((e) => `${e.from} --${byParty(e.event)}--> ${e.to}`));
}
