// The saved snapshots of every reachable state of a machine: what its upgrade test restores after the machine changed.
// scripts/workflow-snapshots.ts freezes them per machine version into workflows/<name>/snapshots/v<N>.json.
import { getShortestPaths } from "@xstate/graph";
import { createActor, type AnyStateMachine } from "xstate";
import type { Party } from "./actor";
import { eventTypes } from "./states";

const PARTIES: Party[] = ["county", "association", "admin", "self", "system"];

/** Every reachable snapshot (state and context) of the machine, persisted as the server saves it, in a stable order. */
export function reachableSnapshots(machine: AnyStateMachine): object[] {
  // Each event also as it comes with a holding evidence result, which a guard may ask for (coact-step's ESTABLISH).
  const events = eventTypes(machine).flatMap((type) =>
    PARTIES.flatMap((party) => [
      { type, actor: { id: null, party } },
      { type, actor: { id: null, party }, holds: true },
    ]),
  );
  const paths = getShortestPaths(machine, { events } as never);
  return paths
    .map((path) => createActor(machine, { snapshot: path.state as never }).getPersistedSnapshot() as object)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
