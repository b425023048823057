// Every reachable transition of the contact-request workflow, stepped through the server as the app does it (persisted
// snapshot, version check, event row), and every event a state does not take, from any party, is refused unwritten.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { acceptedTransitions, demoParties, fromEveryParty, itStepsEveryEdge, walk } from "../../tests/support/walk";
import { contactRequestMachine, type ContactRequestEvent } from "./contact-request.machine";

const { actors } = await demoParties();
const county = await db().county.findFirstOrThrow({ select: { id: true } });

const events = fromEveryParty<ContactRequestEvent>(contactRequestMachine, actors);

let serial = 0;
const newRequest = () =>
  db().contactRequest.create({
    data: {
      reference: `YP-TEST-${String(++serial).padStart(4, "0")}`,
      countyId: county.id,
      kind: "message",
      topic: "other",
      senderOrganisation: "Testiyhdistys ry",
      senderName: "Testi Lähettäjä",
      senderEmail: "lahettaja@example.fi",
      message: "Hei",
      tokenHash: `hash-${serial}-${Math.random()}`,
      dueAt: new Date("2099-01-01"),
      ...initialRow("contact-request"),
    },
    select: { id: true },
  });

const edges = walk(contactRequestMachine, events);

describe("contact request workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(acceptedTransitions(edges)).toEqual(
      new Set([
        // Routed by topic as it arrives (the system), or by the county's liaison; the county may route it again.
        "received --ROUTE by system--> routed",
        "received --ROUTE by county--> routed",
        "routed --ROUTE by county--> routed",
        // The unit answers, and may add to its answer.
        "routed --ANSWER by county--> answered",
        "answered --ANSWER by county--> answered",
        // The county closes it (spam or nothing to do may be closed unanswered).
        "received --CLOSE by county--> closed",
        "routed --CLOSE by county--> closed",
        "answered --CLOSE by county--> closed",
        // The sender's reply through their link reopens it, back with the unit.
        "answered --REPLY by self--> routed",
        "closed --REPLY by self--> routed",
      ]),
    );
    expect(new Set(edges.map((e) => e.from))).toEqual(new Set(["received", "routed", "answered", "closed"]));
  });

  itStepsEveryEdge({
    workflow: "contact-request",
    edges,
    create: newRequest,
  });
});
