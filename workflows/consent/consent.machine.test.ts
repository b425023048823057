// Every reachable transition of the consent workflow, stepped through the server as the app does it (persisted
// snapshot, version check, event row), and every event a state does not take, from any party, is refused unwritten.
import { describe, expect, it } from "vitest";
import { CONSENT_TEXT_VERSION, stepConsent } from "~/models/referral.server";
import { db } from "~/utils/db.server";
import { initialSnapshot } from "~/utils/workflow.server";
import { itStepsEveryEdge, walk } from "../../tests/support/walk";
import type { Party, WorkflowActor } from "../actor";
import { referralMachine } from "../referral/referral.machine";
import { consentMachine, type ConsentEvent } from "./consent.machine";

const socialWorker = await db().user.findUniqueOrThrow({ where: { email: "social.worker@demo.co-act.fi" }, include: { units: true } });
const staff = await db().user.findUniqueOrThrow({ where: { email: "staff@demo.co-act.fi" }, include: { associations: true } });
const actors: Record<Party, WorkflowActor> = {
  county: { id: socialWorker.id, party: "county" },
  association: { id: staff.id, party: "association" },
  system: { id: null, party: "system" },
};

const TYPES: ConsentEvent["type"][] = ["WITHDRAW", "EXPIRE"];
const events = TYPES.flatMap((type) => (Object.keys(actors) as Party[]).map((party) => ({ type, actor: actors[party] }) as ConsentEvent));
const label = (e: ConsentEvent) => `${e.type} by ${e.actor.party}`;

/** A consent, with the referral it belongs to. */
async function newConsent() {
  const associationId = staff.associations[0].associationId;
  const referral = await db().referral.create({
    data: { unitId: socialWorker.units[0].unitId, createdById: socialWorker.id, associationId, status: "draft", snapshot: initialSnapshot(referralMachine) },
    select: { id: true },
  });
  return db().consent.create({
    data: {
      referralId: referral.id, associationId, items: ["first_name"], purpose: "Ensitapaaminen", method: "oral", interpreterUsed: false,
      textVersion: CONSENT_TEXT_VERSION, recordedById: socialWorker.id, validUntil: new Date("2099-12-31"), status: "given",
      snapshot: initialSnapshot(consentMachine),
    },
    select: { id: true },
  });
}

const step = (id: string, event: ConsentEvent) => db().$transaction((tx) => stepConsent(tx, id, event));

const edges = walk(consentMachine, events);
const accepted = edges.filter((e) => e.to);

describe("consent workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(new Set(accepted.map((e) => `${e.from} --${label(e.event)}--> ${e.to}`))).toEqual(new Set([
      // Withdrawal as easy as giving it: by the social worker, or by the association on the client's behalf.
      "given --WITHDRAW by county--> withdrawn",
      "given --WITHDRAW by association--> withdrawn",
      // Only the clock ends a consent at its end date.
      "given --EXPIRE by system--> expired",
      "expired --WITHDRAW by county--> withdrawn",
      "expired --WITHDRAW by association--> withdrawn",
    ]));
    expect(new Set(edges.map((e) => e.from))).toEqual(new Set(["given", "withdrawn", "expired"]));
  });

  itStepsEveryEdge({
    workflow: "consent", edges, label, create: newConsent, step,
    read: (id) => db().consent.findUniqueOrThrow({ where: { id } }),
  });
});
