// Every reachable transition of the accompaniment workflow, stepped through the server (persisted snapshot, version
// check, event row), and every event a state does not take, from any party, is refused unwritten.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { initialSnapshot, stepRecord } from "~/utils/workflow.server";
import { itStepsEveryEdge, walk } from "../../tests/support/walk";
import type { Party, WorkflowActor } from "../actor";
import { referralMachine } from "../referral/referral.machine";
import { accompanimentMachine, type AccompanimentEvent } from "./accompaniment.machine";

const socialWorker = await db().user.findUniqueOrThrow({ where: { email: "social.worker@demo.co-act.fi" }, include: { units: true } });
const staff = await db().user.findUniqueOrThrow({ where: { email: "staff@demo.co-act.fi" }, include: { associations: true } });
const actors: Record<Party, WorkflowActor> = {
  county: { id: socialWorker.id, party: "county" },
  association: { id: staff.id, party: "association" },
  system: { id: null, party: "system" },
};

const TYPES: AccompanimentEvent["type"][] = ["ASSIGN", "DONE", "CANCEL"];
const events = TYPES.flatMap((type) => (Object.keys(actors) as Party[]).map((party) => ({ type, actor: actors[party] }) as AccompanimentEvent));
const label = (e: AccompanimentEvent) => `${e.type} by ${e.actor.party}`;

/** An accompaniment request, with the referral it belongs to. */
async function newAccompaniment() {
  const referral = await db().referral.create({
    data: {
      unitId: socialWorker.units[0].unitId, createdById: socialWorker.id, associationId: staff.associations[0].associationId,
      status: "draft", snapshot: initialSnapshot(referralMachine),
    },
    select: { id: true },
  });
  return db().accompaniment.create({
    data: { referralId: referral.id, pickup: true, interpreting: false, status: "requested", snapshot: initialSnapshot(accompanimentMachine) },
    select: { id: true },
  });
}

// As app/models/referral.server.ts steps it.
const step = (id: string, event: AccompanimentEvent) =>
  db().$transaction((tx) => stepRecord(tx, "accompaniment", accompanimentMachine, id, event, { actorId: event.actor.id }));

const edges = walk(accompanimentMachine, events);
const accepted = edges.filter((e) => e.to);

describe("accompaniment workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(new Set(accepted.map((e) => `${e.from} --${label(e.event)}--> ${e.to}`))).toEqual(new Set([
      "requested --ASSIGN by association--> assigned",
      // Another volunteer takes over.
      "assigned --ASSIGN by association--> assigned",
      "assigned --DONE by association--> done",
      // Cancelling follows the referral: whoever ends it (or withdraws consent) ends the accompaniment.
      "requested --CANCEL by county--> cancelled",
      "requested --CANCEL by association--> cancelled",
      "assigned --CANCEL by county--> cancelled",
      "assigned --CANCEL by association--> cancelled",
    ]));
    expect(new Set(edges.map((e) => e.from))).toEqual(new Set(["requested", "assigned", "done", "cancelled"]));
  });

  itStepsEveryEdge({
    workflow: "accompaniment", edges, label, create: newAccompaniment, step,
    read: (id) => db().accompaniment.findUniqueOrThrow({ where: { id } }),
  });
});
