// Every reachable transition of the accompaniment workflow, stepped through the server (persisted snapshot, version
// check, event row), and every event a state does not take, from any party, is refused unwritten.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { initialSnapshot, stepWorkflow, TransitionRefused } from "~/utils/workflow.server";
import { walk } from "../../tests/support/walk";
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

// As app/models/referral.server.ts steps it (its stepAccompaniment is not exported).
const step = (id: string, event: AccompanimentEvent) =>
  db().$transaction(async (tx) => {
    const row = await tx.accompaniment.findUniqueOrThrow({ where: { id }, select: { snapshot: true, version: true } });
    return stepWorkflow({
      tx, workflow: "accompaniment", machine: accompanimentMachine, recordId: id, persisted: row.snapshot, version: row.version,
      event, actorId: event.actor.id,
      save: async (next) =>
        (await tx.accompaniment.updateMany({ where: { id, version: row.version }, data: { snapshot: next.snapshot, status: next.state, version: next.version } })).count,
    });
  });

const edges = walk(accompanimentMachine, events);
const accepted = edges.filter((e) => e.to);
const refused = edges.filter((e) => !e.to);

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

  it.each(accepted.map((e) => [`${e.from} --${label(e.event)}-->`, e] as const))(
    "steps %s on the server, persisting state, version and an event row",
    async (_, edge) => {
      const { id } = await newAccompaniment();
      for (const event of edge.path) await step(id, event);
      await step(id, edge.event);
      const accompaniment = await db().accompaniment.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, snapshot: true } });
      expect(accompaniment).toMatchObject({ status: edge.to, version: edge.path.length + 1, snapshot: { value: edge.to } });
      const rows = await db().workflowEvent.findMany({ where: { recordId: id }, orderBy: { id: "asc" } });
      expect(rows).toHaveLength(edge.path.length + 1);
      expect(rows.at(-1)).toMatchObject({
        workflow: "accompaniment", event: edge.event.type, fromState: edge.from, toState: edge.to, actorId: edge.event.actor.id,
      });
    },
  );

  it.each(refused.map((e) => [`${label(e.event)} in ${e.from}`, e] as const))(
    "refuses %s and writes nothing",
    async (_, edge) => {
      const { id } = await newAccompaniment();
      for (const event of edge.path) await step(id, event);
      const before = await db().accompaniment.findUniqueOrThrow({ where: { id } });
      await expect(step(id, edge.event)).rejects.toThrow(TransitionRefused);
      expect(await db().accompaniment.findUniqueOrThrow({ where: { id } })).toEqual(before);
      expect(before).toMatchObject({ status: edge.from, version: edge.path.length });
      expect(await db().workflowEvent.count({ where: { recordId: id } })).toBe(edge.path.length);
    },
  );
});
