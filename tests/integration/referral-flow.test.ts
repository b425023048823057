// The whole referral, through the pages' actions: a social worker sends it with consent, the association accepts,
// proposes a time and gets a pickup volunteer, the social worker confirms the time, the client comes, it is closed.
import { describe, expect, it, vi } from "vitest";
import * as newReferral from "~/routes/referrals+/new";
import * as referralPage from "~/routes/referrals+/$referralId._index";
import * as referralList from "~/routes/referrals+/_index";
import * as figures from "~/routes/referrals+/figures";
import { toHelsinkiInput } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { fingerprint } from "../support/fingerprint";
import { cookieForRole, get, post, run } from "../support/requests";
import { pickupReferral } from "../support/referrals";

const socialWorker = await cookieForRole("social_worker");
const staff = await cookieForRole("association_staff");
const admin = await cookieForRole("admin");
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const activity = await db().activity.findFirstOrThrow({ where: { titleFi: "Naisten iltakahvila" } });

const validReferral = pickupReferral(koto.id, activity);

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

    // The meeting's time comes: attendance can be recorded from its start on.
    await db().referral.update({ where: { id }, data: { meetingAt: new Date(Date.now() - 60_000) } });
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

  it("sends exactly what is filled: a filled field the consent does not cover, or a consented one left empty, is refused", async () => {
    const before = await fingerprint();
    // Name and e-mail filled, only the phone and the needs consented to (what once went through with the rest dropped).
    const uncovered = await run(
      newReferral.action,
      post(
        "/referrals/new",
        { ...validReferral, email: "amina@example.org", needs: "Suomen kieli", items: ["phone", "needs"] },
        socialWorker,
      ),
    );
    expect(uncovered.status).toBe(400);
    expect(uncovered.data.errors).toMatchObject({
      firstName: { key: "errors.filledNotConsented" },
      email: { key: "errors.filledNotConsented" },
      languages: { key: "errors.filledNotConsented" },
      address: { key: "errors.filledNotConsented" },
    });
    expect(uncovered.data.errors.phone).toBeUndefined();
    // The e-mail consented to but left empty.
    const missing = await run(
      newReferral.action,
      post("/referrals/new", { ...validReferral, items: [...validReferral.items, "email"] }, socialWorker),
    );
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.data.errors)).toEqual(["email"]);
    expect(missing.data.errors.email.key).toBe("errors.consentedItemMissing");
    expect(await fingerprint()).toEqual(before);
  });

  it("records attendance only from the meeting's start, and keeps it and the outcome after consent is withdrawn", async () => {
    const totals = async () =>
      (await run(figures.loader, get("/referrals/figures", admin))).data.total as {
        accepted: number;
        outcomes: object;
      };
    const before = await totals();
    const sent = await run(newReferral.action, post("/referrals/new", validReferral, socialWorker));
    const id = sent.location!.split("/").pop()!;
    expect((await act(staff, id, { intent: "ACCEPT" })).status).toBe(302);
    const inAnHour = toHelsinkiInput(new Date(Date.now() + 3_600_000));
    expect((await act(staff, id, { intent: "ARRANGE_MEETING", at: inAnHour })).status).toBe(302);

    // Before the meeting: not offered, and refused if sent anyway.
    const offered = async () =>
      (await run(referralPage.loader, get(`/referrals/${id}`, staff), { referralId: id })).data.referral.offered
        .referral as string[];
    expect(await offered()).not.toContain("MARK_ATTENDED");
    expect(await offered()).not.toContain("MARK_NO_SHOW");
    const early = await act(staff, id, { intent: "MARK_ATTENDED" });
    expect(early.status).toBe(409);
    expect(early.data.errors.form.key).toBe("errors.transitionRefused");
    expect((await db().referral.findUniqueOrThrow({ where: { id } })).status).toBe("meeting_arranged");

    // From its start on (the meeting moved to a minute ago), it is.
    const aMinuteAgo = toHelsinkiInput(new Date(Date.now() - 60_000));
    expect((await act(staff, id, { intent: "ARRANGE_MEETING", at: aMinuteAgo })).status).toBe(302);
    expect(await offered()).toEqual(expect.arrayContaining(["MARK_ATTENDED", "MARK_NO_SHOW"]));
    expect((await act(staff, id, { intent: "MARK_ATTENDED" })).status).toBe(302);

    // Withdrawal erases the client's data at once and keeps what happened; the outcome can still be recorded.
    const withdraw = await run(
      referralPage.action,
      post(`/referrals/${id}`, { intent: "WITHDRAW_CONSENT", confirm: "on" }, socialWorker),
      { referralId: id },
    );
    expect(withdraw.status).toBe(302);
    const kept = await db().referral.findUniqueOrThrow({ where: { id } });
    expect(kept).toMatchObject({ status: "met", closedAt: null, clientFirstName: null, clientPhone: null });
    expect(kept.personalDataErasedAt).toBeInstanceOf(Date);
    expect((await act(staff, id, { intent: "CLOSE", outcome: "got_help" })).status).toBe(302);
    expect(await db().referral.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "closed",
      outcome: "got_help",
    });
    // The figures may lag a minute behind the referrals (referral-figures.server.ts): read them a minute later.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61_000 });
    const after = await totals().finally(() => vi.useRealTimers());
    expect(after.accepted).toBe(before.accepted + 1);
    expect(after.outcomes).toEqual({
      ...before.outcomes,
      got_help: (before.outcomes as Record<string, number>).got_help + 1,
    });
  });

  it("lets the association accept and propose a time in one step, offering the activity's next sessions", async () => {
    const sent = await run(newReferral.action, post("/referrals/new", validReferral, socialWorker));
    const id = sent.location!.split("/").pop()!;
    const page = await run(referralPage.loader, get(`/referrals/${id}`, staff), { referralId: id });
    const sessions: Date[] = page.data.sessions;
    expect(sessions).toHaveLength(3);
    // Its facts include the answer deadline, the same as in the inbox.
    expect(page.data.deadline).toBeInstanceOf(Date);
    const mailsBefore = await db().outboxEmail.count({ where: { template: "referralForCounty" } });
    const outcome = await act(staff, id, { intent: "ACCEPT_AND_PROPOSE", time: toHelsinkiInput(sessions[0]) });
    expect(outcome).toMatchObject({ status: 302, location: `/referrals/${id}?done` });
    const row = await db().referral.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("meeting_proposed");
    expect(row.answeredAt).toBeInstanceOf(Date);
    expect(row.proposedTimes.map((t) => t.toISOString())).toEqual([new Date(sessions[0]).toISOString()]);
    const history = await db().workflowEvent.findMany({ where: { recordId: id }, orderBy: { id: "asc" } });
    expect(history.map((e) => e.event)).toEqual(["SUBMIT", "CONSENT_RECORDED", "ACCEPT", "PROPOSE_TIMES"]);
    // One mail to the social worker, saying both.
    expect(await db().outboxEmail.count({ where: { template: "referralForCounty" } })).toBe(mailsBefore + 1);
    // A time already past is refused, and nothing changes.
    const other = await run(newReferral.action, post("/referrals/new", validReferral, socialWorker));
    const otherId = other.location!.split("/").pop()!;
    const past = await act(staff, otherId, { intent: "ACCEPT_AND_PROPOSE", time: "2020-01-07T17:30" });
    expect(past.status).toBe(400);
    expect(past.data.errors.time.key).toBe("errors.dateInPast");
    expect((await db().referral.findUniqueOrThrow({ where: { id: otherId } })).status).toBe("sent");
  });

  it("lists new referrals in the inbox by what they are, who sent them, how long they waited and by when to answer", async () => {
    const older = (await run(newReferral.action, post("/referrals/new", validReferral, socialWorker))).location!;
    const newer = (await run(newReferral.action, post("/referrals/new", validReferral, socialWorker))).location!;
    const [olderId, newerId] = [older, newer].map((l) => l.split("/").pop()!);
    await db().referral.update({ where: { id: olderId }, data: { sentAt: new Date(Date.now() - 3 * 86_400_000) } });
    const inbox = async () => {
      const lists = (await run(referralList.loader, get("/referrals", staff))).data.lists;
      return lists[0].rows as { id: string; unopened: boolean; waitingDays: number; deadline: Date }[];
    };
    const rows = (await inbox()).filter((r) => r.id === olderId || r.id === newerId);
    // The longest waiting first.
    expect(rows.map((r) => r.id)).toEqual([olderId, newerId]);
    expect(rows[0]).toMatchObject({
      activity: { titleFi: "Naisten iltakahvila" },
      unitName: koto.name,
      waitingDays: 3,
      unopened: true,
    });
    expect(rows[0].deadline.getTime()).toBeLessThan(rows[1].deadline.getTime());
    // Opened by the staff: no longer "New".
    await run(referralPage.loader, get(`/referrals/${olderId}`, staff), { referralId: olderId });
    expect((await inbox()).find((r) => r.id === olderId)?.unopened).toBe(false);
    expect((await inbox()).find((r) => r.id === newerId)?.unopened).toBe(true);
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
    const newId = new URL(moved.location!, "http://x").pathname.split("/").pop()!;
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
