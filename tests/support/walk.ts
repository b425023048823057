// Walks a workflow's graph: every reachable (state, event) pair, with the events that lead there from the start.
// Machine tests use it to exercise every transition, and to prove the server refuses every event a state does not take.
import { getShortestPaths } from "@xstate/graph";
import { transition, type AnyStateMachine, type EventObject } from "xstate";
import { stateName } from "~/utils/workflow.server";

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
