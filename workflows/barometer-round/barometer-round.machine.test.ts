// Every reachable transition of the barometer round workflow, stepped through the server as the app does it (persisted
// snapshot, version check, event row), and every event a state does not take, from any party, is refused unwritten.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { acceptedTransitions, demoParties, fromEveryParty, itStepsEveryEdge, walk } from "../../tests/support/walk";
import { barometerRoundMachine, type BarometerRoundEvent } from "./barometer-round.machine";

const { actors } = await demoParties();
const county = await db().county.findFirstOrThrow({ select: { id: true } });

const events = fromEveryParty<BarometerRoundEvent>(barometerRoundMachine, actors);

const newRound = () =>
  db().barometerRound.create({
    data: {
      countyId: county.id,
      title: "Kumppanuusbarometri",
      closesAt: new Date("2099-12-31"),
      ...initialRow("barometer-round"),
    },
    select: { id: true },
  });

const edges = walk(barometerRoundMachine, events);

describe("barometer round workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(acceptedTransitions(edges)).toEqual(
      new Set([
        // The county's liaison runs the round; an admin may stand in.
        "draft --OPEN by county--> open",
        "draft --OPEN by admin--> open",
        "open --CLOSE by county--> closed",
        "open --CLOSE by admin--> closed",
        // A closed round may take answers again (a later closing date) until its results are published.
        "closed --REOPEN by county--> open",
        "closed --REOPEN by admin--> open",
        "closed --PUBLISH by county--> published",
        "closed --PUBLISH by admin--> published",
      ]),
    );
    expect(new Set(edges.map((e) => e.from))).toEqual(new Set(["draft", "open", "closed", "published"]));
  });

  itStepsEveryEdge({
    workflow: "barometer-round",
    edges,
    create: newRound,
  });
});
