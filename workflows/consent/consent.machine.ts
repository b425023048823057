// A client's consent to share data items with one association for one purpose (DESIGN.md, "Consent"). Withdrawal is
// one event, by the county or by the association on the client's behalf; expiry comes from the system.
import { setup } from "xstate";
import { byParty, type WorkflowEvents } from "../actor";

export type ConsentEvent = WorkflowEvents<"WITHDRAW" | "EXPIRE">;

/** `in_force`: the consent still lets the association see the items and lets the referral be redirected. */
export type ConsentTag = "in_force";

export const consentMachine = setup({
  types: { events: {} as ConsentEvent, tags: {} as ConsentTag },
  guards: { byEither: byParty("county", "association"), bySystem: byParty("system") },
}).createMachine({
  id: "consent",
  version: "1",
  initial: "given",
  states: {
    given: {
      tags: ["in_force"],
      on: {
        WITHDRAW: { target: "withdrawn", guard: "byEither" },
        EXPIRE: { target: "expired", guard: "bySystem" },
      },
    },
    withdrawn: { type: "final" },
    // An expired consent can still be withdrawn: the client's wish ends the data's life at once, not after retention.
    expired: { on: { WITHDRAW: { target: "withdrawn", guard: "byEither" } } },
  },
});
