// The life of a user account: invited by e-mail → active (password set) → deactivated → reactivated.
// Declares only; the server steps it with app/utils/workflow.server.ts and persists the snapshot with the user row.
import { assign, setup } from "xstate";

export type Actor = { id: string; role: "social_worker" | "liaison" | "association_staff" | "admin" };

export type AccountEvent =
  | { type: "ACCEPT_INVITATION" }
  | { type: "DEACTIVATE"; actor: Actor }
  | { type: "REACTIVATE"; actor: Actor };

export const accountMachine = setup({
  types: {
    context: {} as { passwordSet: boolean },
    input: {} as { passwordSet?: boolean } | undefined,
    events: {} as AccountEvent,
  },
  guards: {
    actorIsAdmin: ({ event }) => "actor" in event && event.actor.role === "admin",
    passwordSetByAdmin: ({ context, event }) =>
      context.passwordSet && "actor" in event && event.actor.role === "admin",
  },
  actions: {
    markPasswordSet: assign({ passwordSet: true }),
  },
}).createMachine({
  id: "account",
  context: ({ input }) => ({ passwordSet: input?.passwordSet ?? false }),
  initial: "invited",
  states: {
    invited: {
      on: {
        ACCEPT_INVITATION: { target: "active", actions: "markPasswordSet" },
        DEACTIVATE: { target: "deactivated", guard: "actorIsAdmin" },
      },
    },
    active: {
      on: { DEACTIVATE: { target: "deactivated", guard: "actorIsAdmin" } },
    },
    deactivated: {
      on: {
        REACTIVATE: [
          { target: "active", guard: "passwordSetByAdmin" },
          { target: "invited", guard: "actorIsAdmin" },
        ],
      },
    },
  },
});

export type AccountState = "invited" | "active" | "deactivated";
