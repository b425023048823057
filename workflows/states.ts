// What pages and queries ask a machine instead of keeping their own lists of state and event names: the states that
// carry a tag, and the events a party may send now.
import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from "xstate";
import type { Party } from "./actor";

/** The (top-level) states of a machine that carry `tag`, e.g. for a database `status IN (…)`. */
export function statesWithTag<S extends string>(machine: AnyStateMachine, tag: string): S[] {
  return Object.values(machine.root.states)
    .filter((node) => node.tags.includes(tag))
    .map((node) => node.key as S);
}

/** Every event type the machine takes somewhere. */
export function eventTypes<T extends string>(machine: AnyStateMachine): T[] {
  return machine.events as T[];
}

/**
 * The events a party may send in this snapshot, as buttons to offer: what `snapshot.can()` allows, less the
 * transitions the machine marks `meta: { offered: false }` (consequences the server sends itself, such as a referral
 * ended by the consent's withdrawal). `assumed` are fields the server fills in when the event is sent, such as the
 * evidence result a Co-Act step's ESTABLISH carries: the button is offered, and the server decides on sending.
 */
export function offeredEvents<T extends string>(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  party: Party,
  assumed: Record<string, unknown> = {},
): T[] {
  return eventTypes<T>(machine).filter((type) => {
    const event = { ...assumed, type, actor: { id: null, party } };
    if (!snapshot.can(event)) return false;
    const transitions = machine.getTransitionData(snapshot as never, event as never) ?? [];
    return transitions.every((t) => (t.meta as { offered?: boolean } | undefined)?.offered !== false);
  });
}

/** The (top-level) states in which the machine accepts the event, e.g. the referrals the daily clock may chase. */
export function statesAccepting<S extends string>(
  machine: AnyStateMachine,
  event: EventObject & Record<string, unknown>,
): S[] {
  return Object.keys(machine.root.states).filter((value) => machine.resolveState({ value } as never).can(event)) as S[];
}
