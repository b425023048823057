// A concern notice (huoli-ilmoitus, Co-Act step 4): association staff tell the county that a person needs help and
// cannot reach services on their own. The county's receiving unit acknowledges it, takes contact with the person, and
// closes it with what was done in general terms, which is all the association reads back.
import { setup } from "xstate";
import { byParty, type WorkflowEvents } from "../actor";

export type ConcernNoticeEvent = WorkflowEvents<"RECEIVE" | "TAKE_CONTACT" | "CLOSE">;

/** `pending`: the receiving unit has something to do. */
export type ConcernNoticeTag = "pending";

export const concernNoticeMachine = setup({
  types: { events: {} as ConcernNoticeEvent, tags: {} as ConcernNoticeTag },
  guards: { byCounty: byParty("county") },
}).createMachine({
  id: "concern-notice",
  version: "1",
  initial: "submitted",
  states: {
    submitted: { tags: ["pending"], on: { RECEIVE: { target: "received", guard: "byCounty" } } },
    received: {
      tags: ["pending"],
      on: {
        TAKE_CONTACT: { target: "contact_taken", guard: "byCounty" },
        // E.g. the person was already a client, or could not be reached.
        CLOSE: { target: "closed", guard: "byCounty" },
      },
    },
    contact_taken: { tags: ["pending"], on: { CLOSE: { target: "closed", guard: "byCounty" } } },
    closed: { type: "final" },
  },
});
