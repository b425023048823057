// Every reachable transition of the consent workflow, stepped through the server as the app does it (persisted
// snapshot, version check, event row), and every event a state does not take, from any party, is refused unwritten.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { acceptedTransitions, demoParties, fromEveryParty, itStepsEveryEdge, walk } from "../../tests/support/walk";
import { consentMachine, type ConsentEvent } from "./consent.machine";

const { socialWorker, staff, actors } = await demoParties();

const events = fromEveryParty<ConsentEvent>(consentMachine, actors);

/** A consent, with the referral it belongs to. */
async function newConsent() {
  const associationId = staff.associations[0].associationId;
  const referral = await db().referral.create({
    data: {
      unitId: socialWorker.units[0].unitId,
      createdById: socialWorker.id,
      associationId,
      ...initialRow("referral"),
    },
    select: { id: true },
  });
  return db().consent.create({
    data: {
      referralId: referral.id,
      associationId,
      items: ["first_name"],
      purpose: "Ensitapaaminen",
      method: "oral",
      interpreterUsed: false,
      textVersion: "2026-11-v1",
      recordedById: socialWorker.id,
      validUntil: new Date("2099-12-31"),
      ...initialRow("consent"),
    },
    select: { id: true },
  });
}

const edges = walk(consentMachine, events);

describe("consent workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(acceptedTransitions(edges)).toEqual(
      new Set([
        // Withdrawal as easy as giving it: by the social worker, or by the association on the client's behalf.
        "given --WITHDRAW by county--> withdrawn",
        "given --WITHDRAW by association--> withdrawn",
        // Only the clock ends a consent at its end date.
        "given --EXPIRE by system--> expired",
        "expired --WITHDRAW by county--> withdrawn",
        "expired --WITHDRAW by association--> withdrawn",
      ]),
    );
    expect(new Set(edges.map((e) => e.from))).toEqual(new Set(["given", "withdrawn", "expired"]));
  });

  itStepsEveryEdge({
    workflow: "consent",
    edges,
    create: newConsent,
  });
});
