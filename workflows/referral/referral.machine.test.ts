// Every reachable transition of the referral workflow, stepped through the server as the app does it (persisted
// snapshot, version check, event row), and every event a state does not take, from any party, is refused unwritten.
import { describe, expect, it } from "vitest";
import { stepReferral } from "~/models/referral.server";
import { db } from "~/utils/db.server";
import { initialSnapshot } from "~/utils/workflow.server";
import { acceptedTransitions, byParty, demoParties, fromEveryParty, itStepsEveryEdge, walk } from "../../tests/support/walk";
import { OPEN_STATES, referralMachine, type ReferralEvent } from "./referral.machine";

const { socialWorker, staff, actors } = await demoParties();

const TYPES: ReferralEvent["type"][] = [
  "SUBMIT", "CONSENT_RECORDED", "ACCEPT", "DECLINE", "REMIND", "NO_ANSWER", "REDIRECT", "PROPOSE_TIMES", "CONFIRM_TIME",
  "ARRANGE_MEETING", "MARK_ATTENDED", "MARK_NO_SHOW", "CLOSE", "CANCEL", "CONSENT_WITHDRAWN",
];
const events = fromEveryParty<ReferralEvent>(TYPES, actors);

async function newReferral() {
  return db().referral.create({
    data: {
      unitId: socialWorker.units[0].unitId, createdById: socialWorker.id, associationId: staff.associations[0].associationId,
      status: "draft", snapshot: initialSnapshot(referralMachine),
    },
    select: { id: true },
  });
}

const step = (id: string, event: ReferralEvent) => db().$transaction((tx) => stepReferral(tx, id, event));

const edges = walk(referralMachine, events);

// Consent can be withdrawn by either side while the referral is still going on; that cancels it.
const OPEN = ["draft", "awaiting_consent", "sent", "no_answer", "accepted", "meeting_proposed", "meeting_arranged", "met", "no_show"];
const withdrawals = OPEN.flatMap((state) => [
  `${state} --CONSENT_WITHDRAWN by county--> cancelled`,
  `${state} --CONSENT_WITHDRAWN by association--> cancelled`,
]);

describe("referral workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(acceptedTransitions(edges)).toEqual(new Set([
      "draft --SUBMIT by county--> awaiting_consent",
      "draft --CANCEL by county--> cancelled",
      "awaiting_consent --CONSENT_RECORDED by county--> sent",
      "awaiting_consent --CANCEL by county--> cancelled",
      "sent --ACCEPT by association--> accepted",
      "sent --DECLINE by association--> declined",
      "sent --REMIND by system--> sent",
      "sent --NO_ANSWER by system--> no_answer",
      "sent --CANCEL by county--> cancelled",
      // No answer in ten working days: back to the social worker; a late answer still counts.
      "no_answer --ACCEPT by association--> accepted",
      "no_answer --DECLINE by association--> declined",
      "no_answer --REDIRECT by county--> redirected",
      "no_answer --CANCEL by county--> cancelled",
      "declined --REDIRECT by county--> redirected",
      "accepted --PROPOSE_TIMES by association--> meeting_proposed",
      "accepted --ARRANGE_MEETING by county--> meeting_arranged",
      "accepted --ARRANGE_MEETING by association--> meeting_arranged",
      "accepted --CANCEL by county--> cancelled",
      "meeting_proposed --PROPOSE_TIMES by association--> meeting_proposed",
      "meeting_proposed --CONFIRM_TIME by county--> meeting_arranged",
      "meeting_proposed --CONFIRM_TIME by association--> meeting_arranged",
      "meeting_proposed --ARRANGE_MEETING by county--> meeting_arranged",
      "meeting_proposed --ARRANGE_MEETING by association--> meeting_arranged",
      "meeting_proposed --CANCEL by county--> cancelled",
      "meeting_arranged --MARK_ATTENDED by association--> met",
      "meeting_arranged --MARK_NO_SHOW by association--> no_show",
      "meeting_arranged --ARRANGE_MEETING by county--> meeting_arranged",
      "meeting_arranged --ARRANGE_MEETING by association--> meeting_arranged",
      "meeting_arranged --CANCEL by county--> cancelled",
      "met --CLOSE by county--> closed",
      "met --CLOSE by association--> closed",
      "no_show --ARRANGE_MEETING by county--> meeting_arranged",
      "no_show --ARRANGE_MEETING by association--> meeting_arranged",
      "no_show --CLOSE by county--> closed",
      "no_show --CLOSE by association--> closed",
      ...withdrawals,
    ]));
  });

  it("reaches every state, and the server's open states are the ones consent withdrawal cancels", () => {
    expect(new Set(edges.map((e) => e.from))).toEqual(new Set([...OPEN, "declined", "closed", "cancelled", "redirected"]));
    expect(new Set(OPEN_STATES)).toEqual(new Set(OPEN));
  });

  itStepsEveryEdge({
    workflow: "referral", edges, label: byParty, create: newReferral, step,
    read: (id) => db().referral.findUniqueOrThrow({ where: { id } }),
  });
});
