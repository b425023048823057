// Every reachable transition of the concern-notice workflow, stepped through the server as the app does it (persisted
// snapshot, version check, event row), and every event a state does not take, from any party, is refused unwritten.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { acceptedTransitions, demoParties, fromEveryParty, itStepsEveryEdge, walk } from "../../tests/support/walk";
import { concernNoticeMachine, type ConcernNoticeEvent } from "./concern-notice.machine";

const { actors, staff } = await demoParties();
const unit = await db().unit.findFirstOrThrow({ where: { receivesConcernNotices: true } });

const events = fromEveryParty<ConcernNoticeEvent>(concernNoticeMachine, actors);

let serial = 0;
const newNotice = () =>
  db().concernNotice.create({
    data: {
      reference: `HI-TEST-${String(++serial).padStart(4, "0")}-${Math.random()}`,
      countyId: unit.countyId,
      unitId: unit.id,
      associationId: staff.associations[0].associationId,
      createdById: staff.id,
      situation: "Tarvitsee apua",
      ...initialRow("concern-notice"),
    },
    select: { id: true },
  });

const edges = walk(concernNoticeMachine, events);

describe("concern notice workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(acceptedTransitions(edges)).toEqual(
      new Set([
        // Only the county's receiving unit handles a notice; the association that sent it reads its status.
        "submitted --RECEIVE by county--> received",
        "received --TAKE_CONTACT by county--> contact_taken",
        "received --CLOSE by county--> closed",
        "contact_taken --CLOSE by county--> closed",
      ]),
    );
    expect(new Set(edges.map((e) => e.from))).toEqual(new Set(["submitted", "received", "contact_taken", "closed"]));
  });

  itStepsEveryEdge({
    workflow: "concern-notice",
    edges,
    create: newNotice,
  });
});
