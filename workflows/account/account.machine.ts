// The life of a user account: invited by e-mail → active (password set) → deactivated → reactivated.
// Declares only; the server steps it with app/utils/workflow.server.ts and persists the snapshot with the user row.
import { assign, setup } from "xstate";
import { byParty, type WorkflowEvents } from "../actor";

/** ACCEPT_INVITATION comes from the invited person themself (party "self"); the others from an administrator. */
export type AccountEvent = WorkflowEvents<"ACCEPT_INVITATION" | "DEACTIVATE" | "REACTIVATE">;

export const accountMachine = setup({
  types: {
    context: {} as { passwordSet: boolean },
    input: {} as { passwordSet?: boolean } | undefined,
    events: {} as AccountEvent,
  },
  guards: {
    bySelf: byParty("self"),
    byAdmin: byParty("admin"),
    passwordSetByAdmin: ({ context, event }) => context.passwordSet && byParty("admin")({ event }),
  },
  actions: {
    markPasswordSet: assign({ passwordSet: true }),
  },
}).createMachine({
  id: "account",
  version: "1",
  context: ({ input }) => ({ passwordSet: input?.passwordSet ?? false }),
  initial: "invited",
  states: {
    invited: {
      on: {
        ACCEPT_INVITATION: { target: "active", guard: "bySelf", actions: "markPasswordSet" },
        DEACTIVATE: { target: "deactivated", guard: "byAdmin" },
      },
    },
    active: {
      on: { DEACTIVATE: { target: "deactivated", guard: "byAdmin" } },
    },
    deactivated: {
      on: {
        REACTIVATE: [
          { target: "active", guard: "passwordSetByAdmin" },
          { target: "invited", guard: "byAdmin" },
        ],
      },
    },
  },
});
