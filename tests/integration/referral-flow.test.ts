// The whole referral, through the pages' actions: a social worker sends it with consent, the association accepts,
// proposes a time and gets a pickup volunteer, the social worker confirms the time, the client comes, it is closed.
import { describe, expect, it } from "vitest";
import * as newReferral from "~/routes/referrals+/new";
import * as referralPage from "~/routes/referrals+/$referralId._index";
import { db } from "~/utils/db.server";
import { cookieForRole, get, post, run } from "../support/requests";

const socialWorker = await cookieForRole("social_worker");
const staff = await cookieForRole("association_staff");
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const activity = await db().activity.findFirstOrThrow({ where: { titleFi: "Naisten iltakahvila" } });

const validReferral = {
  unitId: koto.id,
  associationId: activity.associationId,
  activityId: activity.id,
  firstName: "Amina",
  phone: "+358 40 765 4321",
  languages: ["ar"],
  address: "Esimerkkitie 1 A 2, Vaasa",
  needs: "Haluaa harjoitella suomea.",
  items: ["first_name", "phone", "languages", "address"],
  purpose: "Ensitapaaminen",
  method: "oral",
  interpreterUsed: "on",
  interpreterLanguage: "ar",
  validUntil: "2099-12-31",
  consentConfirmed: "on",
  pickup: "on",
};

async function act(cookie: string, id: string, fields: Record<string, string>) {
  const version = (await db().referral.findUniqueOrThrow({ where: { id } })).version;
  return run(referralPage.action, post(`/referrals/${id}`, { version: String(version), ...fields }, cookie), {
    referralId: id,
  });
}

describe("a referral from start to end", () => {
  it("goes from the social worker to the association and back, each side seeing its part", async () => {
    const sent = await run(newReferral.action, post("/referrals/new", validReferral, socialWorker));
    expect(sent.status).toBe(302);
    const id = sent.location!.split("/").pop()!;
    const row = await db().referral.findUniqueOrThrow({
      where: { id },
      include: { consent: true, accompaniment: true },
    });
    expect(row.status).toBe("sent");
    // The needs summary was typed but not consented to: it is not stored at all.
    expect(row.clientNeeds).toBeNull();
    expect(row.consent?.items.sort()).toEqual(["address", "first_name", "languages", "phone"]);
    expect(row.accompaniment).toMatchObject({ pickup: true, status: "requested" });
    expect(
      await db().outboxEmail.count({ where: { to: "staff@demo.co-act.fi", template: "referralForAssociation" } }),
    ).toBe(1);

    const inbox = await run(referralPage.loader, get(`/referrals/${id}`, staff), { referralId: id });
    expect(inbox.data.referral.client).toEqual({
      first_name: "Amina",
      phone: "+358 40 765 4321",
      languages: ["ar"],
      address: "Esimerkkitie 1 A 2, Vaasa",
    });
    expect(inbox.data.referral.offered.referral).toEqual(expect.arrayContaining(["ACCEPT", "DECLINE"]));

    expect((await act(staff, id, { intent: "ACCEPT" })).status).toBe(302);
    expect((await act(staff, id, { intent: "PROPOSE_TIMES", time1: "2099-03-03T17:30" })).status).toBe(302);
    expect(
      (
        await run(
          referralPage.action,
          post("/", { intent: "ASSIGN_VOLUNTEER", volunteerName: "Leila", volunteerPhone: "040 111 2222" }, staff),
          { referralId: id },
        )
      ).status,
    ).toBe(302);

    const county = await run(referralPage.loader, get(`/referrals/${id}`, socialWorker), { referralId: id });
    expect(county.data.referral.proposedTimes.map((t: Date) => t.toISOString())).toEqual(["2099-03-03T15:30:00.000Z"]);
    expect(county.data.referral.accompaniment).toMatchObject({
      status: "assigned",
      volunteerName: null,
      volunteerPhone: null,
    });
    expect((await act(socialWorker, id, { intent: "CONFIRM_TIME", at: "2099-03-03T15:30:00.000Z" })).status).toBe(302);
    expect((await db().referral.findUniqueOrThrow({ where: { id } })).meetingAt?.toISOString()).toBe(
      "2099-03-03T15:30:00.000Z",
    );

    expect((await act(staff, id, { intent: "MARK_ATTENDED" })).status).toBe(302);
    expect((await act(staff, id, { intent: "CLOSE", outcome: "got_help" })).status).toBe(302);
    const closed = await db().referral.findUniqueOrThrow({ where: { id } });
    expect(closed).toMatchObject({ status: "closed", outcome: "got_help" });
    const history = await db().workflowEvent.findMany({ where: { recordId: id }, orderBy: { id: "asc" } });
    expect(history.map((e) => e.toState)).toEqual([
      "awaiting_consent",
      "sent",
      "accepted",
      "meeting_proposed",
      "meeting_arranged",
      "met",
      "closed",
    ]);
  });

  it("refuses a step the referral cannot take now, with a clear message", async () => {
    const sent = await run(newReferral.action, post("/referrals/new", validReferral, socialWorker));
    const id = sent.location!.split("/").pop()!;
    const outcome = await act(staff, id, { intent: "MARK_ATTENDED" });
    expect(outcome.status).toBe(409);
    expect(outcome.data.errors.form.key).toBe("errors.transitionRefused");
  });

  it("redirects a declined referral to another association without retyping it", async () => {
    const sent = await run(newReferral.action, post("/referrals/new", validReferral, socialWorker));
    const id = sent.location!.split("/").pop()!;
    expect((await act(staff, id, { intent: "DECLINE", reason: "no_capacity" })).status).toBe(302);
    const other = await db().association.findFirstOrThrow({ where: { name: "Vaasan Punainen Risti, ystävätoiminta" } });

    // A redirect to an association that does not exist is refused with a message and leaves everything as it was.
    const broken = await act(socialWorker, id, {
      intent: "REDIRECT",
      associationId: crypto.randomUUID(),
      method: "oral",
      consentConfirmed: "on",
    });
    expect(broken.status).toBe(400);
    expect(broken.data.errors.associationId.key).toBe("errors.unknownId");
    expect(await db().referral.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "declined",
      clientFirstName: "Amina",
    });

    const moved = await act(socialWorker, id, {
      intent: "REDIRECT",
      associationId: other.id,
      method: "oral",
      consentConfirmed: "on",
    });
    const newId = moved.location!.split("/").pop()!;
    expect(newId).not.toBe(id);
    const [old, fresh] = await Promise.all([
      db().referral.findUniqueOrThrow({ where: { id }, include: { consent: true } }),
      db().referral.findUniqueOrThrow({ where: { id: newId }, include: { consent: true } }),
    ]);
    expect(old).toMatchObject({ status: "redirected", clientFirstName: null, clientPhone: null, clientAddress: null });
    expect(old.consent?.status).toBe("withdrawn");
    expect(fresh).toMatchObject({
      status: "sent",
      associationId: other.id,
      redirectedFromId: id,
      clientFirstName: "Amina",
      clientPhone: "+358 40 765 4321",
    });
    expect(fresh.consent).toMatchObject({ associationId: other.id, status: "given", method: "oral" });
  });
});

describe("the consent's last day", () => {
  it("keeps the consent valid to the end of its last day in Helsinki, in summer time too", async () => {
    for (const [day, end] of [
      ["2099-07-15", "2099-07-15T20:59:59.000Z"],
      ["2099-01-15", "2099-01-15T21:59:59.000Z"],
    ]) {
      const sent = await run(
        newReferral.action,
        post("/referrals/new", { ...validReferral, validUntil: day }, socialWorker),
      );
      expect(sent.status).toBe(302);
      const consent = await db().consent.findUniqueOrThrow({ where: { referralId: sent.location!.split("/").pop()! } });
      expect(consent.validUntil.toISOString(), day).toBe(end);
    }
  });
});

describe("an activity deleted while referrals point at it", () => {
  it("keeps the referrals, without the activity", async () => {
    const doomed = await db().activity.create({
      data: {
        associationId: activity.associationId,
        titleFi: "Poistuva kerho",
        titleEn: "Club to be removed",
        languages: ["fi"],
        place: "Vaasa",
      },
    });
    const sent = await run(
      newReferral.action,
      post("/referrals/new", { ...validReferral, activityId: doomed.id }, socialWorker),
    );
    const id = sent.location!.split("/").pop()!;
    await db().activity.delete({ where: { id: doomed.id } });
    expect(await db().referral.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "sent",
      activityId: null,
    });
    expect(
      (await run(referralPage.loader, get(`/referrals/${id}`, staff), { referralId: id })).data.referral.activity,
    ).toBeNull();
  });
});
