// One step of the Co-Act path (DESIGN.md, "The ten steps") for one county: the county's liaison (or an admin) plans it
// with an owner and a target date, works on it, and establishes it once the records show the step is really taken;
// a step may be skipped with a reason, and taken up again. An established step whose evidence goes stale lapses, and
// comes back when the evidence returns; the daily re-evaluation (the system) sends both.
//
// The machine stays pure: it does not read records. The server evaluates the step's evidence rule
// (app/models/coact-evidence.ts) and puts the result in the event (`holds`); the guard only accepts an establishing
// event that carries a holding result (docs/decisions/016).
import { setup } from "xstate";
import { byParty, type WorkflowEvents } from "../actor";

type Evidence = { holds?: boolean };

export type CoactStepEvent = WorkflowEvents<
  "PLAN" | "START" | "ESTABLISH" | "SKIP" | "UNSKIP" | "LAPSE" | "RESTORE",
  { ESTABLISH: Evidence; RESTORE: Evidence }
>;

/** `active`: someone is working on the step; `taken`: the step has been established (and may have lapsed since). */
export type CoactStepTag = "active" | "taken";

const byLead = byParty("county", "admin");
const bySystem = byParty("system");
const holds = ({ event }: { event: CoactStepEvent }) => "holds" in event && event.holds === true;

export const coactStepMachine = setup({
  types: { events: {} as CoactStepEvent, tags: {} as CoactStepTag },
  guards: {
    byLead,
    byLeadWithEvidence: (args: { event: CoactStepEvent }) => byLead(args) && holds(args),
    bySystem,
    bySystemWithEvidence: (args: { event: CoactStepEvent }) => bySystem(args) && holds(args),
  },
}).createMachine({
  id: "coact-step",
  version: "1",
  initial: "not_started",
  states: {
    not_started: {
      on: {
        PLAN: { target: "planned", guard: "byLead" },
        SKIP: { target: "skipped", guard: "byLead" },
      },
    },
    planned: {
      tags: ["active"],
      on: {
        // Planning again changes the owner or the target date.
        PLAN: { target: "planned", guard: "byLead" },
        START: { target: "in_progress", guard: "byLead" },
        ESTABLISH: { target: "established", guard: "byLeadWithEvidence" },
        SKIP: { target: "skipped", guard: "byLead" },
      },
    },
    in_progress: {
      tags: ["active"],
      on: {
        PLAN: { target: "in_progress", guard: "byLead" },
        ESTABLISH: { target: "established", guard: "byLeadWithEvidence" },
        SKIP: { target: "skipped", guard: "byLead" },
      },
    },
    established: {
      tags: ["taken"],
      on: { LAPSE: { target: "lapsed", guard: "bySystem", meta: { offered: false } } },
    },
    lapsed: {
      tags: ["taken"],
      on: {
        RESTORE: { target: "established", guard: "bySystemWithEvidence", meta: { offered: false } },
        // The liaison takes the step up again as work in progress.
        START: { target: "in_progress", guard: "byLead" },
      },
    },
    skipped: { on: { UNSKIP: { target: "not_started", guard: "byLead" } } },
  },
});
