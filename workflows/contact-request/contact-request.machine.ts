// A request that an organisation sends through the county's public contact point (Co-Act step 3): received, routed to
// a unit (automatically by its topic, or by the liaison), answered (the answer is e-mailed to the sender and kept),
// closed. The sender's reply through their personal link reopens it, back to the unit. The sender has no account: the
// server lets their link act as `self` on this one request.
import { setup } from "xstate";
import { byParty, type WorkflowEvents } from "../actor";

export type ContactRequestEvent = WorkflowEvents<"ROUTE" | "ANSWER" | "CLOSE" | "REPLY">;

/**
 * `waiting`: the sender waits for the county's answer (the response target runs); `open`: not closed, in the county's
 * inbox.
 */
export type ContactRequestTag = "waiting" | "open";

export const contactRequestMachine = setup({
  types: { events: {} as ContactRequestEvent, tags: {} as ContactRequestTag },
  guards: {
    byCounty: byParty("county"),
    // Routing by topic is done by the system as the request arrives; anything else by the county's liaison.
    byCountyOrSystem: byParty("county", "system"),
    bySender: byParty("self"),
  },
}).createMachine({
  id: "contact-request",
  version: "1",
  initial: "received",
  states: {
    received: {
      tags: ["waiting", "open"],
      on: {
        ROUTE: { target: "routed", guard: "byCountyOrSystem" },
        CLOSE: { target: "closed", guard: "byCounty" },
      },
    },
    routed: {
      tags: ["waiting", "open"],
      on: {
        // Routed again to another unit.
        ROUTE: { target: "routed", guard: "byCounty" },
        ANSWER: { target: "answered", guard: "byCounty" },
        CLOSE: { target: "closed", guard: "byCounty" },
      },
    },
    answered: {
      tags: ["open"],
      on: {
        // A further answer, e.g. a correction.
        ANSWER: { target: "answered", guard: "byCounty" },
        CLOSE: { target: "closed", guard: "byCounty" },
        REPLY: { target: "routed", guard: "bySender" },
      },
    },
    closed: {
      on: { REPLY: { target: "routed", guard: "bySender" } },
    },
  },
});
