// What every workflow promises, whatever its machine: its states are exactly its table's status enum, and the rows its
// earlier versions saved still restore and step (docs/decisions/006-workflow-versions.md).
import { readdirSync, readFileSync } from "node:fs";
import { $Enums } from "@prisma/client";
import { transition, type AnyMachineSnapshot, type AnyStateMachine } from "xstate";
import { describe, expect, it } from "vitest";
import { machineVersion, restoreSnapshot, stateName, WORKFLOWS, type WorkflowName } from "~/utils/workflow.server";
import type { Party } from "./actor";
import { reachableSnapshots } from "./snapshots";
import { eventTypes } from "./states";

const STATUS_ENUM: Record<WorkflowName, Record<string, string>> = {
  account: $Enums.AccountStatus,
  referral: $Enums.ReferralStatus,
  consent: $Enums.ConsentStatus,
  accompaniment: $Enums.AccompanimentStatus,
  "barometer-round": $Enums.BarometerRoundStatus,
  "coact-step": $Enums.CoactStepStatus,
  "meeting-series": $Enums.MeetingSeriesStatus,
  "contact-request": $Enums.ContactRequestStatus,
  "concern-notice": $Enums.ConcernNoticeStatus,
  "network-representative": $Enums.NetworkRepresentativeStatus,
};
const PARTIES: Party[] = ["county", "association", "admin", "self", "system"];

type Saved = { value: string; context?: unknown };

/** The frozen snapshot files of a workflow, oldest first: [version, snapshots]. */
function frozen(name: WorkflowName): [number, Saved[]][] {
  const dir = `workflows/${name}/snapshots`;
  return readdirSync(dir)
    .map((file) => /^v(\d+)\.json$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m): [number, Saved[]] => [Number(m[1]), JSON.parse(readFileSync(`${dir}/${m[0]}`, "utf8"))])
    .sort((a, b) => a[0] - b[0]);
}

describe.each(Object.keys(WORKFLOWS) as WorkflowName[])("the %s workflow", (name) => {
  const machine: AnyStateMachine = WORKFLOWS[name].machine;

  it("has exactly the states of its table's status enum", () => {
    expect(new Set(Object.keys(machine.root.states))).toEqual(new Set(Object.values(STATUS_ENUM[name])));
  });

  it("has the snapshots of every reachable state of its current version frozen", () => {
    const files = frozen(name);
    expect(files.at(-1)?.[0], "run `npx tsx scripts/workflow-snapshots.ts` after bumping the machine's version").toBe(
      machineVersion(name),
    );
    expect(files.at(-1)![1], "a change of the reachable states needs a new machine version").toEqual(
      reachableSnapshots(machine),
    );
  });

  const saved = frozen(name).flatMap(([version, snapshots]) => snapshots.map((s) => [version, s.value, s] as const));
  it.each(saved)("restores what version %i saved in %s, and steps it", (version, value, snapshot) => {
    const restored = restoreSnapshot(name, { snapshot, machineVersion: version, status: value }) as AnyMachineSnapshot;
    expect(stateName(restored)).toBe(value);
    expect(restored.context).toEqual(snapshot.context);
    for (const type of eventTypes(machine)) {
      for (const party of PARTIES) {
        const event = { type, actor: { id: null, party } };
        if (restored.can(event)) expect(() => transition(machine, restored as never, event as never)).not.toThrow();
      }
    }
  });

  it("rebuilds a row saved by an older version from its status, and refuses one from a newer version", () => {
    const value = Object.keys(machine.root.states).at(-1)!;
    const old = restoreSnapshot(name, {
      snapshot: { value: "a state that no longer exists" },
      machineVersion: 0,
      status: value,
    });
    expect(stateName(old)).toBe(value);
    expect(() =>
      restoreSnapshot(name, { snapshot: {}, machineVersion: machineVersion(name) + 1, status: value }),
    ).toThrow(/machine version/);
  });
});
