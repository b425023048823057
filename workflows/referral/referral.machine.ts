// A client referral from a county unit to an association (DESIGN.md, "Referral"). Declares states, events and who may
// send them; the server steps it (app/utils/workflow.server.ts) and keeps the data the events carry in the row.
import { setup } from "xstate";
import { byParty, type WorkflowActor } from "../actor";

type E<T extends string> = { type: T; actor: WorkflowActor };

export type ReferralEvent =
  | E<"SUBMIT">
  | E<"CONSENT_RECORDED">
  | E<"ACCEPT">
  | E<"DECLINE">
  | E<"REMIND">
  | E<"NO_ANSWER">
  | E<"REDIRECT">
  | E<"PROPOSE_TIMES">
  | E<"CONFIRM_TIME">
  | E<"ARRANGE_MEETING">
  | E<"MARK_ATTENDED">
  | E<"MARK_NO_SHOW">
  | E<"CLOSE">
  | E<"CANCEL">
  | E<"CONSENT_WITHDRAWN">;

export type ReferralState =
  | "draft" | "awaiting_consent" | "sent" | "no_answer" | "declined" | "accepted" | "meeting_proposed"
  | "meeting_arranged" | "met" | "no_show" | "closed" | "cancelled" | "redirected";

/** States in which the referral is still going on (for inboxes, reminders and cancelling). */
export const OPEN_STATES: ReferralState[] = [
  "draft", "awaiting_consent", "sent", "no_answer", "accepted", "meeting_proposed", "meeting_arranged", "met", "no_show",
];

const cancel = { target: "cancelled", guard: "byCounty" } as const;
// Withdrawn consent ends a referral still going on (OPEN_STATES); the server erases the personal data in the same step.
// It is listed per open state, not on the root: a root transition would also turn ended referrals into "cancelled".
const withdrawn = { target: "cancelled", guard: "byEither" } as const;

export const referralMachine = setup({
  types: { events: {} as ReferralEvent },
  guards: {
    byCounty: byParty("county"),
    byAssociation: byParty("association"),
    byEither: byParty("county", "association"),
    bySystem: byParty("system"),
  },
}).createMachine({
  id: "referral",
  initial: "draft",
  states: {
    draft: { on: { SUBMIT: { target: "awaiting_consent", guard: "byCounty" }, CANCEL: cancel, CONSENT_WITHDRAWN: withdrawn } },
    awaiting_consent: { on: { CONSENT_RECORDED: { target: "sent", guard: "byCounty" }, CANCEL: cancel, CONSENT_WITHDRAWN: withdrawn } },
    sent: {
      on: {
        ACCEPT: { target: "accepted", guard: "byAssociation" },
        DECLINE: { target: "declined", guard: "byAssociation" },
        REMIND: { target: "sent", guard: "bySystem" },
        NO_ANSWER: { target: "no_answer", guard: "bySystem" },
        CANCEL: cancel,
        CONSENT_WITHDRAWN: withdrawn,
      },
    },
    // Ten working days without an answer: back to the social worker, who may redirect it. A late answer still counts.
    no_answer: {
      on: {
        ACCEPT: { target: "accepted", guard: "byAssociation" },
        DECLINE: { target: "declined", guard: "byAssociation" },
        REDIRECT: { target: "redirected", guard: "byCounty" },
        CANCEL: cancel,
        CONSENT_WITHDRAWN: withdrawn,
      },
    },
    declined: { on: { REDIRECT: { target: "redirected", guard: "byCounty" } } },
    accepted: {
      on: {
        PROPOSE_TIMES: { target: "meeting_proposed", guard: "byAssociation" },
        ARRANGE_MEETING: { target: "meeting_arranged", guard: "byEither" },
        CANCEL: cancel,
        CONSENT_WITHDRAWN: withdrawn,
      },
    },
    meeting_proposed: {
      on: {
        CONFIRM_TIME: { target: "meeting_arranged", guard: "byEither" },
        PROPOSE_TIMES: { target: "meeting_proposed", guard: "byAssociation" },
        ARRANGE_MEETING: { target: "meeting_arranged", guard: "byEither" },
        CANCEL: cancel,
        CONSENT_WITHDRAWN: withdrawn,
      },
    },
    meeting_arranged: {
      on: {
        MARK_ATTENDED: { target: "met", guard: "byAssociation" },
        MARK_NO_SHOW: { target: "no_show", guard: "byAssociation" },
        ARRANGE_MEETING: { target: "meeting_arranged", guard: "byEither" },
        CANCEL: cancel,
        CONSENT_WITHDRAWN: withdrawn,
      },
    },
    met: { on: { CLOSE: { target: "closed", guard: "byEither" }, CONSENT_WITHDRAWN: withdrawn } },
    no_show: {
      on: {
        ARRANGE_MEETING: { target: "meeting_arranged", guard: "byEither" },
        CLOSE: { target: "closed", guard: "byEither" },
        CONSENT_WITHDRAWN: withdrawn,
      },
    },
    closed: { type: "final" },
    cancelled: { type: "final" },
    redirected: { type: "final" },
  },
});
