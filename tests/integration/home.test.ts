// The home pages open with what needs the reader now: a KOTO social worker sees the contact requests routed to their
// unit that wait for an answer and the concern notices still to handle; the liaison sees the county's waiting contact
// requests and how many are past their response target. Nothing of another unit or county is counted.
import { describe, expect, it } from "vitest";
import * as home from "~/routes/home";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { cookieForRole, demoEmail, get, run } from "../support/requests";

const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true, county: { name: "Demo-hyvinvointialue" } } });
const otherUnit = await db().unit.findFirstOrThrow({ where: { countyId: koto.countyId, id: { not: koto.id } } });
const staff = await db().user.findUniqueOrThrow({
  where: { email: demoEmail("association_staff") },
  include: { associations: true },
});
const DAY = 24 * 3600_000;

let made = 0;
async function contactRequest(unitId: string | null, status: "received" | "routed" | "answered", dueInDays: number) {
  made += 1;
  await db().contactRequest.create({
    data: {
      reference: `YP-HOME-${made}`,
      countyId: koto.countyId,
      unitId,
      kind: "message",
      topic: "other",
      senderOrganisation: "Kotisivu ry",
      senderName: "Lähettäjä",
      senderEmail: `home${made}@example.fi`,
      message: "Hei",
      tokenHash: `home-${made}`,
      dueAt: new Date(Date.now() + dueInDays * DAY),
      ...initialRow("contact-request"),
      status,
    },
  });
}

async function concernNotice(unitId: string, status: "submitted" | "closed") {
  made += 1;
  await db().concernNotice.create({
    data: {
      countyId: koto.countyId,
      unitId,
      associationId: staff.associations[0].associationId,
      createdById: staff.id,
      reference: `HI-HOME-${made}`,
      ...initialRow("concern-notice"),
      status,
      personName: "Henkilö",
      situation: "Tarvitsee apua",
    },
  });
}

const homeOf = async (role: "social_worker" | "liaison") =>
  (await run(home.loader, get("/home", await cookieForRole(role)))).data.home;

describe("what the home page counts", () => {
  it("shows a social worker their unit's waiting contact requests and open concern notices, and nothing else", async () => {
    const before = await homeOf("social_worker");
    await contactRequest(koto.id, "routed", 3);
    await contactRequest(koto.id, "routed", -1);
    await contactRequest(koto.id, "answered", 3); // answered: waits for nobody
    await contactRequest(otherUnit.id, "routed", 3); // another unit's
    await concernNotice(koto.id, "submitted");
    await concernNotice(koto.id, "closed");
    await concernNotice(otherUnit.id, "submitted");
    const after = await homeOf("social_worker");
    expect(after).toMatchObject({
      contactWaiting: before.contactWaiting + 2,
      concernsPending: before.concernsPending + 1,
    });
  });

  it("shows the liaison the county's waiting contact requests and those past their target", async () => {
    const before = await homeOf("liaison");
    await contactRequest(null, "received", 2);
    await contactRequest(null, "received", -2);
    await contactRequest(koto.id, "answered", -2);
    expect(await homeOf("liaison")).toMatchObject({
      contactWaiting: before.contactWaiting + 2,
      contactOverdue: before.contactOverdue + 1,
    });
  });
});
