// A meeting series (DESIGN.md "Meeting series", steps 2, 4, 8, 10): the organiser unit's staff, its county's liaison or
// an admin drafts it, schedules it (the invitations go out), may change it while it runs (every change reaches the
// invitees' calendars with a higher SEQUENCE), and ends it, at the latest when its last occurrence has passed (the
// system). Editing from a date onward ends the series at that date and starts its successor (a split). A series
// called off before it ends is cancelled: its calendar entries are withdrawn (METHOD:CANCEL).
import { setup } from "xstate";
import { byParty, type WorkflowEvents } from "../actor";

export type MeetingSeriesEvent = WorkflowEvents<"SCHEDULE" | "CHANGE" | "END" | "CANCEL">;

/**
 * `editable`: the organiser may change the rule, time and invitations; `answerable`: invitees' RSVP links and
 * presenter sign-ups are taken; `visible`: invitees see it in their calendar.
 */
export type MeetingSeriesTag = "editable" | "answerable" | "visible";

export const meetingSeriesMachine = setup({
  types: { events: {} as MeetingSeriesEvent, tags: {} as MeetingSeriesTag },
  guards: {
    byOrganiser: byParty("county", "admin"),
    byOrganiserOrClock: byParty("county", "admin", "system"),
  },
}).createMachine({
  id: "meeting-series",
  version: "1",
  initial: "draft",
  states: {
    draft: {
      tags: ["editable"],
      on: {
        SCHEDULE: { target: "scheduled", guard: "byOrganiser" },
        CHANGE: { target: "draft", guard: "byOrganiser" },
        CANCEL: { target: "cancelled", guard: "byOrganiser" },
      },
    },
    scheduled: {
      tags: ["editable", "answerable", "visible"],
      on: {
        CHANGE: { target: "scheduled", guard: "byOrganiser" },
        END: { target: "ended", guard: "byOrganiserOrClock" },
        CANCEL: { target: "cancelled", guard: "byOrganiser" },
      },
    },
    ended: { type: "final", tags: ["visible"] },
    cancelled: { type: "final" },
  },
});
