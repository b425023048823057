// Every reachable transition of the Co-Act step workflow, stepped through the server as the app does it (persisted
// snapshot, version check, event row), and every event a state does not take, from any party, with or without
// holding evidence, is refused unwritten. Establishing needs the server's evidence result in the event.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Party } from "#workflows/actor";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { demoParties, fromEveryParty, itStepsEveryEdge, walk } from "../../tests/support/walk";
import { coactStepMachine, type CoactStepEvent } from "./coact-step.machine";

const { actors } = await demoParties();

// Each event from each party, and each again carrying a holding evidence result: the right event from the wrong party,
// and an establishing event without evidence, are candidates too.
const events: CoactStepEvent[] = fromEveryParty<CoactStepEvent>(coactStepMachine, actors).flatMap((e) => [
  e,
  { ...e, holds: true } as CoactStepEvent,
]);
const label = (e: CoactStepEvent) => `${e.type}${"holds" in e && e.holds ? " with evidence" : ""} by ${e.actor.party}`;

const newStep = async () => {
  const county = await db().county.create({ data: { name: `Polkutesti ${randomUUID()}` }, select: { id: true } });
  return db().coactStep.create({
    data: { countyId: county.id, step: "consented_referral", ...initialRow("coact-step") },
    select: { id: true },
  });
};

const edges = walk(coactStepMachine, events);
const accepted = new Set(edges.filter((e) => e.to).map((e) => `${e.from} --${label(e.event)}--> ${e.to}`));

/** Both parties that lead a step: the county's liaison and an admin. */
const lead = (transition: string) => (["county", "admin"] as Party[]).map((p) => transition.replace("{lead}", p));

describe("Co-Act step workflow", () => {
  it("has exactly the transitions the design asks for, each from exactly the party that may send it", () => {
    expect(accepted).toEqual(
      new Set([
        // The liaison (an admin may stand in) plans with an owner and a target date, and may plan again.
        ...lead("not_started --PLAN by {lead}--> planned"),
        ...lead("not_started --PLAN with evidence by {lead}--> planned"),
        ...lead("planned --PLAN by {lead}--> planned"),
        ...lead("planned --PLAN with evidence by {lead}--> planned"),
        ...lead("in_progress --PLAN by {lead}--> in_progress"),
        ...lead("in_progress --PLAN with evidence by {lead}--> in_progress"),
        ...lead("planned --START by {lead}--> in_progress"),
        ...lead("planned --START with evidence by {lead}--> in_progress"),
        // Establishing only with evidence that holds: never without it, never by the system, an association or self.
        ...lead("planned --ESTABLISH with evidence by {lead}--> established"),
        ...lead("in_progress --ESTABLISH with evidence by {lead}--> established"),
        // Skipping, and taking the step up again.
        ...lead("not_started --SKIP by {lead}--> skipped"),
        ...lead("not_started --SKIP with evidence by {lead}--> skipped"),
        ...lead("planned --SKIP by {lead}--> skipped"),
        ...lead("planned --SKIP with evidence by {lead}--> skipped"),
        ...lead("in_progress --SKIP by {lead}--> skipped"),
        ...lead("in_progress --SKIP with evidence by {lead}--> skipped"),
        ...lead("skipped --UNSKIP by {lead}--> not_started"),
        ...lead("skipped --UNSKIP with evidence by {lead}--> not_started"),
        // The re-evaluation: stale evidence lapses the step, returned evidence restores it.
        "established --LAPSE by system--> lapsed",
        "established --LAPSE with evidence by system--> lapsed",
        "lapsed --RESTORE with evidence by system--> established",
        // A lapsed step may be taken up again as work in progress.
        ...lead("lapsed --START by {lead}--> in_progress"),
        ...lead("lapsed --START with evidence by {lead}--> in_progress"),
      ]),
    );
    expect(new Set(edges.map((e) => e.from))).toEqual(
      new Set(["not_started", "planned", "in_progress", "established", "lapsed", "skipped"]),
    );
  });

  it("refuses to establish without evidence that holds, from every party and every state", () => {
    const refused = edges.filter(
      (e) => (e.event.type === "ESTABLISH" || e.event.type === "RESTORE") && !("holds" in e.event && e.event.holds),
    );
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => e.to === null)).toBe(true);
  });

  itStepsEveryEdge({
    workflow: "coact-step",
    edges,
    label,
    create: newStep,
  });
});
