// A client referral from a county unit to an association (DESIGN.md, "Referral"). Declares states, events, who may
// send them and the tags that group states; the server steps it (app/utils/workflow.server.ts) and keeps the data the
// events carry in the row. Pages and queries ask it (tags, can) instead of keeping lists of state names.
import { setup } from "xstate";
import { byParty, type WorkflowEvents } from "../actor";

export type ReferralEvent = WorkflowEvents<
  | "SUBMIT"
  | "CONSENT_RECORDED"
  | "ACCEPT"
  | "DECLINE"
  | "REMIND"
  | "NO_ANSWER"
  | "REDIRECT"
  | "PROPOSE_TIMES"
  | "CONFIRM_TIME"
  | "ARRANGE_MEETING"
  | "MARK_ATTENDED"
  | "MARK_NO_SHOW"
  | "CLOSE"
  | "CANCEL"
  | "CONSENT_WITHDRAWN"
>;

/**
 * - `open`: still going on (inboxes, reminders, consent withdrawal cancels it); every other state is `ended`.
 * - `shared`: sent to the association, so it is in the association's inbox.
 * - `awaiting_answer`: the association has not answered yet ("new" in its inbox).
 * - `county_to_act`: the social worker has to act (an answer came back, or a time to confirm).
 * - `accepted`: the association accepted it (whatever happened after), for the figures.
 */
export type ReferralTag = "open" | "ended" | "shared" | "awaiting_answer" | "county_to_act" | "accepted";

const cancel = { target: "cancelled", guard: "byCounty" } as const;
// Withdrawn consent ends a referral still going on; the server sends it when consent is withdrawn (not a button of its
// own) and erases the personal data in the same step. Listed per open state, not on the root: a root transition would
// also turn ended referrals into "cancelled". After the first meeting, withdrawal keeps what happened for the figures:
// a met referral stays met (its outcome may still be recorded), a missed meeting closes.
const withdrawn = { target: "cancelled", guard: "byEither", meta: { offered: false } } as const;
const withdrawnAfterMeeting = (target: "met" | "closed") => ({ ...withdrawn, target }) as const;

export const referralMachine = setup({
  types: { events: {} as ReferralEvent, tags: {} as ReferralTag },
  guards: {
    byCounty: byParty("county"),
    byAssociation: byParty("association"),
    byEither: byParty("county", "association"),
    bySystem: byParty("system"),
  },
}).createMachine({
  id: "referral",
  // Bump when a change would not read the snapshots saved before; see docs/decisions/006-workflow-versions.md.
  version: "1",
  initial: "draft",
  states: {
    draft: {
      tags: ["open"],
      on: { SUBMIT: { target: "awaiting_consent", guard: "byCounty" }, CANCEL: cancel, CONSENT_WITHDRAWN: withdrawn },
    },
    awaiting_consent: {
      tags: ["open"],
      on: { CONSENT_RECORDED: { target: "sent", guard: "byCounty" }, CANCEL: cancel, CONSENT_WITHDRAWN: withdrawn },
    },
    sent: {
      tags: ["open", "shared", "awaiting_answer"],
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
      tags: ["open", "shared", "awaiting_answer", "county_to_act"],
      on: {
        ACCEPT: { target: "accepted", guard: "byAssociation" },
        DECLINE: { target: "declined", guard: "byAssociation" },
        REDIRECT: { target: "redirected", guard: "byCounty" },
        CANCEL: cancel,
        CONSENT_WITHDRAWN: withdrawn,
      },
    },
    declined: {
      tags: ["ended", "shared", "county_to_act"],
      on: { REDIRECT: { target: "redirected", guard: "byCounty" } },
    },
    accepted: {
      tags: ["open", "shared", "accepted"],
      on: {
        PROPOSE_TIMES: { target: "meeting_proposed", guard: "byAssociation" },
        ARRANGE_MEETING: { target: "meeting_arranged", guard: "byEither" },
        CANCEL: cancel,
        CONSENT_WITHDRAWN: withdrawn,
      },
    },
    meeting_proposed: {
      tags: ["open", "shared", "accepted", "county_to_act"],
      on: {
        CONFIRM_TIME: { target: "meeting_arranged", guard: "byEither" },
        PROPOSE_TIMES: { target: "meeting_proposed", guard: "byAssociation" },
        ARRANGE_MEETING: { target: "meeting_arranged", guard: "byEither" },
        CANCEL: cancel,
        CONSENT_WITHDRAWN: withdrawn,
      },
    },
    meeting_arranged: {
      tags: ["open", "shared", "accepted"],
      on: {
        MARK_ATTENDED: { target: "met", guard: "byAssociation" },
        MARK_NO_SHOW: { target: "no_show", guard: "byAssociation" },
        ARRANGE_MEETING: { target: "meeting_arranged", guard: "byEither" },
        CANCEL: cancel,
        CONSENT_WITHDRAWN: withdrawn,
      },
    },
    met: {
      tags: ["open", "shared", "accepted"],
      on: { CLOSE: { target: "closed", guard: "byEither" }, CONSENT_WITHDRAWN: withdrawnAfterMeeting("met") },
    },
    no_show: {
      tags: ["open", "shared", "accepted"],
      on: {
        ARRANGE_MEETING: { target: "meeting_arranged", guard: "byEither" },
        CLOSE: { target: "closed", guard: "byEither" },
        CONSENT_WITHDRAWN: withdrawnAfterMeeting("closed"),
      },
    },
    closed: { type: "final", tags: ["ended", "shared", "accepted"] },
    cancelled: { type: "final", tags: ["ended", "shared"] },
    redirected: { type: "final", tags: ["ended", "shared"] },
  },
});
