// A person representing a county unit in an association network (Co-Act step 9, DESIGN.md "Network representative
// assignment"). The unit's own staff or the county's liaison (party "county") or an admin proposes someone (the row
// starts in `proposed`); the person accepts or declines it themself. An active assignment has a term and optionally a
// substitute. When the person leaves (account deactivated, left the unit) the system moves it to `handover` at once,
// and the vacancy shows until someone new accepts, which ends the old assignment. Rows are never deleted.
import { setup } from "xstate";
import { byParty, type WorkflowEvents } from "../actor";

export type NetworkRepresentativeEvent = WorkflowEvents<"ACCEPT" | "DECLINE" | "WITHDRAW" | "HAND_OVER" | "END">;

/**
 * `open`: the proposal waits for the person's answer; `representing`: the unit has a representative in the network
 * (no vacancy); `current`: shown as the network's current representatives; `past`: history.
 */
export type NetworkRepresentativeTag = "open" | "representing" | "current" | "past";

export const networkRepresentativeMachine = setup({
  types: { events: {} as NetworkRepresentativeEvent, tags: {} as NetworkRepresentativeTag },
  guards: {
    bySelf: byParty("self"),
    byUnit: byParty("county", "admin"),
    byUnitOrSelf: byParty("county", "admin", "self"),
    bySystem: byParty("system"),
  },
}).createMachine({
  id: "network-representative",
  version: "1",
  initial: "proposed",
  states: {
    proposed: {
      tags: ["open", "current"],
      on: {
        ACCEPT: { target: "active", guard: "bySelf" },
        DECLINE: { target: "declined", guard: "bySelf" },
        WITHDRAW: { target: "withdrawn", guard: "byUnit" },
      },
    },
    active: {
      tags: ["representing", "current"],
      on: {
        // The person announces leaving, or the unit or liaison starts a change; the system when the person leaves.
        HAND_OVER: [
          { target: "handover", guard: "byUnitOrSelf" },
          { target: "handover", guard: "bySystem", meta: { offered: false } },
        ],
        // The term is over, or a successor accepted (the system).
        END: [
          { target: "ended", guard: "byUnit" },
          { target: "ended", guard: "bySystem", meta: { offered: false } },
        ],
      },
    },
    handover: {
      tags: ["current"],
      on: {
        END: [
          { target: "ended", guard: "byUnit" },
          { target: "ended", guard: "bySystem", meta: { offered: false } },
        ],
      },
    },
    ended: { type: "final", tags: ["past"] },
    declined: { type: "final", tags: ["past"] },
    withdrawn: { type: "final", tags: ["past"] },
  },
});
