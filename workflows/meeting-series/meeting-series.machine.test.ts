// Every reachable transition of the meeting series workflow, stepped through the server as the app does it (persisted
// snapshot, version check, event row), and every event a state does not take, from any party, is refused unwritten.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { acceptedTransitions, demoParties, fromEveryParty, itStepsEveryEdge, walk } from "../../tests/support/walk";
import { meetingSeriesMachine, type MeetingSeriesEvent } from "./meeting-series.machine";

const { actors } = await demoParties();
const unit = await db().unit.findFirstOrThrow({ select: { id: true } });

const events = fromEveryParty<MeetingSeriesEvent>(meetingSeriesMachine, actors);

const newSeries = () =>
  db().meetingSeries.create({
    data: {
      unitId: unit.id,
      kind: "introduction",
      title: "Tutustumistapaaminen",
      rrule: "FREQ=MONTHLY;BYDAY=2TU",
      firstDate: new Date("2028-01-11"),
      startTime: "17:00",
      durationMinutes: 30,
      languages: ["en"],
      ...initialRow("meeting-series"),
    },
    select: { id: true },
  });

const edges = walk(meetingSeriesMachine, events);

describe("meeting series workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(acceptedTransitions(edges)).toEqual(
      new Set([
        // The organiser (the unit's staff or the county's liaison: the county) or an admin drafts and schedules.
        "draft --SCHEDULE by county--> scheduled",
        "draft --SCHEDULE by admin--> scheduled",
        "draft --CHANGE by county--> draft",
        "draft --CHANGE by admin--> draft",
        "draft --CANCEL by county--> cancelled",
        "draft --CANCEL by admin--> cancelled",
        // A running series changes (a new SEQUENCE for the calendars), ends (also by the clock after its last
        // occurrence, and at a split) or is called off. Associations and invitees never change it.
        "scheduled --CHANGE by county--> scheduled",
        "scheduled --CHANGE by admin--> scheduled",
        "scheduled --END by county--> ended",
        "scheduled --END by admin--> ended",
        "scheduled --END by system--> ended",
        "scheduled --CANCEL by county--> cancelled",
        "scheduled --CANCEL by admin--> cancelled",
      ]),
    );
    expect(new Set(edges.map((e) => e.from))).toEqual(new Set(["draft", "scheduled", "ended", "cancelled"]));
  });

  itStepsEveryEdge({
    workflow: "meeting-series",
    edges,
    create: newSeries,
  });
});
