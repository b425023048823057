// A round of the partnership barometer (DESIGN.md, "The partnership barometer"): the county's liaison (or an admin)
// drafts it and chooses the invitees, opens it (the personal links go out), closes it (answers can no longer change),
// and publishes its results. A closed round may be reopened, e.g. to give latecomers another week.
import { setup } from "xstate";
import { byParty, type WorkflowEvents } from "../actor";

export type BarometerRoundEvent = WorkflowEvents<"OPEN" | "CLOSE" | "REOPEN" | "PUBLISH">;

/** `answerable`: invitees' links take answers (until the closing date); `results`: the results may be read. */
export type BarometerRoundTag = "answerable" | "results";

export const barometerRoundMachine = setup({
  types: { events: {} as BarometerRoundEvent, tags: {} as BarometerRoundTag },
  guards: { byManager: byParty("county", "admin") },
}).createMachine({
  id: "barometer-round",
  version: "1",
  initial: "draft",
  states: {
    draft: { on: { OPEN: { target: "open", guard: "byManager" } } },
    open: { tags: ["answerable"], on: { CLOSE: { target: "closed", guard: "byManager" } } },
    closed: {
      tags: ["results"],
      on: {
        REOPEN: { target: "open", guard: "byManager" },
        PUBLISH: { target: "published", guard: "byManager" },
      },
    },
    published: { type: "final", tags: ["results"] },
  },
});
