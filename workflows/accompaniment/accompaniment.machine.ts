// Pickup and/or interpreting for a referral's first meeting (Co-Act step 7): requested by the county, a volunteer
// assigned by the association, then done or cancelled.
import { setup } from "xstate";
import { byParty, type WorkflowEvents } from "../actor";

export type AccompanimentEvent = WorkflowEvents<"ASSIGN" | "DONE" | "CANCEL">;

export const accompanimentMachine = setup({
  types: { events: {} as AccompanimentEvent, tags: {} as "completed" },
  guards: { byAssociation: byParty("association"), byEither: byParty("county", "association") },
}).createMachine({
  id: "accompaniment",
  version: "1",
  initial: "requested",
  states: {
    requested: {
      on: {
        ASSIGN: { target: "assigned", guard: "byAssociation" },
        CANCEL: { target: "cancelled", guard: "byEither" },
      },
    },
    assigned: {
      on: {
        ASSIGN: { target: "assigned", guard: "byAssociation" },
        DONE: { target: "done", guard: "byAssociation" },
        CANCEL: { target: "cancelled", guard: "byEither" },
      },
    },
    // `completed`: a volunteer did pick up or interpret (evidence for Co-Act step 7).
    done: { type: "final", tags: ["completed"] },
    cancelled: { type: "final" },
  },
});
