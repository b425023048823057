// A client's consent to share data items with one association for one purpose (DESIGN.md, "Consent"). Withdrawal is
// one event, by the county or by the association on the client's behalf; expiry comes from the system.
import { setup } from "xstate";
import { byParty, type WorkflowActor } from "../actor";

export type ConsentEvent = { type: "WITHDRAW"; actor: WorkflowActor } | { type: "EXPIRE"; actor: WorkflowActor };

export const consentMachine = setup({
  types: { events: {} as ConsentEvent },
  guards: { byEither: byParty("county", "association"), bySystem: byParty("system") },
}).createMachine({
  id: "consent",
  initial: "given",
  states: {
    given: {
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
