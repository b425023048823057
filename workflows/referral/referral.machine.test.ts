// Every reachable transition of the referral workflow, stepped through the server as the app does it (persisted
// snapshot, version check, event row), and every event a state does not take, from any party, is refused unwritten.
import { createMachine } from "xstate";
import { describe, expect, it } from "vitest";
import { plainButtons } from "~/components/referral-steps";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { acceptedTransitions, demoParties, fromEveryParty, itStepsEveryEdge, walk } from "../../tests/support/walk";
import { eventTypes, offeredEvents, statesWithTag } from "../states";
import { referralMachine, type ReferralEvent } from "./referral.machine";

const { socialWorker, staff, actors } = await demoParties();

const events = fromEveryParty<ReferralEvent>(referralMachine, actors);

async function newReferral() {
  return db().referral.create({
    data: {
      unitId: socialWorker.units[0].unitId,
      createdById: socialWorker.id,
      associationId: staff.associations[0].associationId,
      ...initialRow("referral"),
    },
    select: { id: true },
  });
}

const edges = walk(referralMachine, events);

// Consent can be withdrawn by either side while the referral is still going on; that cancels it, unless the client has
// already met the association: then what happened stays (met stays met, a missed meeting closes), for the figures.
const OPEN = [
  "draft",
  "awaiting_consent",
  "sent",
  "no_answer",
  "accepted",
  "meeting_proposed",
  "meeting_arranged",
  "met",
  "no_show",
];
const AFTER_WITHDRAWAL: Record<string, string> = { met: "met", no_show: "closed" };
const withdrawals = OPEN.flatMap((state) => [
  `${state} --CONSENT_WITHDRAWN by county--> ${AFTER_WITHDRAWAL[state] ?? "cancelled"}`,
  `${state} --CONSENT_WITHDRAWN by association--> ${AFTER_WITHDRAWAL[state] ?? "cancelled"}`,
]);

describe("referral workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(acceptedTransitions(edges)).toEqual(
      new Set([
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
      ]),
    );
  });

  it("reaches every state, and the open states are the ones consent withdrawal ends or keeps as they were", () => {
    expect(new Set(edges.map((e) => e.from))).toEqual(
      new Set([...OPEN, "declined", "closed", "cancelled", "redirected"]),
    );
    expect(new Set(statesWithTag(referralMachine, "open"))).toEqual(new Set(OPEN));
  });

  it("groups its states with tags, as the lists, the schedule and the figures use them", () => {
    const all = Object.keys(referralMachine.root.states);
    // Every state is open or ended, never both.
    expect(new Set([...statesWithTag(referralMachine, "open"), ...statesWithTag(referralMachine, "ended")])).toEqual(
      new Set(all),
    );
    expect(
      statesWithTag(referralMachine, "open").filter((s) => statesWithTag(referralMachine, "ended").includes(s)),
    ).toEqual([]);
    expect(new Set(statesWithTag(referralMachine, "ended"))).toEqual(
      new Set(["declined", "closed", "cancelled", "redirected"]),
    );
    expect(new Set(statesWithTag(referralMachine, "awaiting_answer"))).toEqual(new Set(["sent", "no_answer"]));
    expect(new Set(statesWithTag(referralMachine, "county_to_act"))).toEqual(
      new Set(["declined", "no_answer", "meeting_proposed"]),
    );
    // The association sees a referral from its sending on; before that it exists only inside the creating transaction.
    expect(new Set(all.filter((s) => !statesWithTag(referralMachine, "shared").includes(s)))).toEqual(
      new Set(["draft", "awaiting_consent"]),
    );
    // Accepted, whatever came after: what the figures count as accepted.
    expect(new Set(statesWithTag(referralMachine, "accepted"))).toEqual(
      new Set(["accepted", "meeting_proposed", "meeting_arranged", "met", "no_show", "closed"]),
    );
  });

  itStepsEveryEdge({
    workflow: "referral",
    edges,
    create: newReferral,
  });
});

describe("the referral page's buttons", () => {
  // A hypothetical new event, added to the machine only: the county may nudge a sent referral. Nothing outside the
  // machine knows it.
  const config = referralMachine.config as { states: Record<string, { on?: object }> };
  const extended = createMachine(
    {
      ...referralMachine.config,
      states: {
        ...config.states,
        sent: { ...config.states.sent, on: { ...config.states.sent.on, NUDGE: { target: "sent", guard: "byCounty" } } },
      },
    } as never,
    referralMachine.implementations as never,
  );
  const sent = extended.resolveState({ value: "sent" });

  it("offers a new event to the party the machine lets send it, and to nobody else, as a button of its own", () => {
    expect(plainButtons(offeredEvents(extended, sent, "county"))).toContain("NUDGE");
    expect(offeredEvents(extended, sent, "association")).not.toContain("NUDGE");
    expect(offeredEvents(extended, extended.resolveState({ value: "accepted" }), "county")).not.toContain("NUDGE");
  });

  it("offers each party exactly what the machine accepts from it, less what the server sends itself", () => {
    for (const state of Object.keys(referralMachine.root.states)) {
      const snapshot = referralMachine.resolveState({ value: state });
      for (const party of ["county", "association"] as const) {
        const accepted = eventTypes(referralMachine).filter((type) =>
          snapshot.can({ type, actor: { id: null, party } } as ReferralEvent),
        );
        expect(offeredEvents(referralMachine, snapshot, party)).toEqual(
          accepted.filter((type) => type !== "CONSENT_WITHDRAWN"),
        );
      }
    }
  });
});
