// Every reachable transition of the network representative workflow, stepped through the server as the app does it
// (persisted snapshot, version check, event row), and every event a state does not take, from any party, is refused
// unwritten.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { acceptedTransitions, demoParties, fromEveryParty, itStepsEveryEdge, walk } from "../../tests/support/walk";
import { networkRepresentativeMachine, type NetworkRepresentativeEvent } from "./network-representative.machine";

const { actors, socialWorker } = await demoParties();
const unitId = socialWorker.units[0]!.unitId;
const unit = await db().unit.findUniqueOrThrow({ where: { id: unitId } });
const network = await db().network.create({
  data: { countyId: unit.countyId, name: "Polkutestin verkosto", theme: "testi" },
});

const events = fromEveryParty<NetworkRepresentativeEvent>(networkRepresentativeMachine, actors);

const newAssignment = () =>
  db().networkRepresentative.create({
    data: { networkId: network.id, unitId, personId: socialWorker.id, ...initialRow("network-representative") },
    select: { id: true },
  });

const edges = walk(networkRepresentativeMachine, events);

describe("network representative workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(acceptedTransitions(edges)).toEqual(
      new Set([
        // Only the proposed person answers the proposal.
        "proposed --ACCEPT by self--> active",
        "proposed --DECLINE by self--> declined",
        // The unit (its staff or the county's liaison) or an admin withdraws a proposal nobody answered.
        "proposed --WITHDRAW by county--> withdrawn",
        "proposed --WITHDRAW by admin--> withdrawn",
        // The person, the unit or an admin starts the handover; the system does it when the person leaves.
        "active --HAND_OVER by self--> handover",
        "active --HAND_OVER by county--> handover",
        "active --HAND_OVER by admin--> handover",
        "active --HAND_OVER by system--> handover",
        // The unit or an admin ends an assignment; the system when a successor accepts.
        "active --END by county--> ended",
        "active --END by admin--> ended",
        "active --END by system--> ended",
        "handover --END by county--> ended",
        "handover --END by admin--> ended",
        "handover --END by system--> ended",
      ]),
    );
    expect(new Set(edges.map((e) => e.from))).toEqual(
      new Set(["proposed", "active", "handover", "ended", "declined", "withdrawn"]),
    );
  });

  itStepsEveryEdge({
    workflow: "network-representative",
    edges,
    create: newAssignment,
  });
});
