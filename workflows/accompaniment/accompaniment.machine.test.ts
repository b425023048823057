// Every reachable transition of the accompaniment workflow, stepped through the server (persisted snapshot, version
// check, event row), and every event a state does not take, from any party, is refused unwritten.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { acceptedTransitions, demoParties, fromEveryParty, itStepsEveryEdge, walk } from "../../tests/support/walk";
import { accompanimentMachine, type AccompanimentEvent } from "./accompaniment.machine";

const { socialWorker, staff, actors } = await demoParties();

const events = fromEveryParty<AccompanimentEvent>(accompanimentMachine, actors);

/** An accompaniment request, with the referral it belongs to. */
async function newAccompaniment() {
  const referral = await db().referral.create({
    data: {
      unitId: socialWorker.units[0].unitId,
      createdById: socialWorker.id,
      associationId: staff.associations[0].associationId,
      ...initialRow("referral"),
    },
    select: { id: true },
  });
  return db().accompaniment.create({
    data: { referralId: referral.id, pickup: true, interpreting: false, ...initialRow("accompaniment") },
    select: { id: true },
  });
}

const edges = walk(accompanimentMachine, events);

describe("accompaniment workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(acceptedTransitions(edges)).toEqual(
      new Set([
        "requested --ASSIGN by association--> assigned",
        // Another volunteer takes over.
        "assigned --ASSIGN by association--> assigned",
        "assigned --DONE by association--> done",
        // Cancelling follows the referral: whoever ends it (or withdraws consent) ends the accompaniment.
        "requested --CANCEL by county--> cancelled",
        "requested --CANCEL by association--> cancelled",
        "assigned --CANCEL by county--> cancelled",
        "assigned --CANCEL by association--> cancelled",
      ]),
    );
    expect(new Set(edges.map((e) => e.from))).toEqual(new Set(["requested", "assigned", "done", "cancelled"]));
  });

  itStepsEveryEdge({
    workflow: "accompaniment",
    edges,
    create: newAccompaniment,
  });
});
