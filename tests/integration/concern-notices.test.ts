// Concern notices (issue 12, acceptance 3): association staff send one; only the county's receiving unit reads the
// person's details, and every such read is written to the access log; the association, the liaison and other units see
// the status and the outcome only; the e-mail to the unit, read back from a real SMTP server on loopback, says only that
// a notice arrived. The unit moves it through received → contact taken → closed with what was done in general terms.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as listPage from "~/routes/concerns+/_index";
import * as newPage from "~/routes/concerns+/new";
import * as noticePage from "~/routes/concerns+/$noticeId";
import { eraseClosedConcernNotices } from "~/models/concern-notice.server";
import { activeAccountSnapshot } from "~/models/user.server";
import { db } from "~/utils/db.server";
import { deliverEmail } from "~/utils/outbox.server";
import { fingerprint } from "../support/fingerprint";
import { freePort } from "../support/ports";
import { cookieFor, cookieForRole, get, post, run } from "../support/requests";
import { startSmtp, type Inbox } from "../support/smtp";

const port = await freePort();
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;

const staff = await cookieForRole("association_staff");
const socialWorker = await cookieForRole("social_worker");
const liaison = await cookieForRole("liaison");
const admin = await cookieForRole("admin");
const staffUser = await db().user.findUniqueOrThrow({
  where: { email: "staff@demo.co-act.fi" },
  include: { associations: true },
});
const ownAssociation = staffUser.associations[0].associationId;
const otherAssociation = await db().association.findFirstOrThrow({
  where: { id: { notIn: staffUser.associations.map((a) => a.associationId) } },
  select: { id: true },
});
const koto = await db().unit.findFirstOrThrow({ where: { receivesConcernNotices: true } });
const familyUnit = await db().unit.findFirstOrThrow({ where: { name: "Perhesosiaalityö" } });

/** A social worker of another unit of the same county: no part in the notice. */
const otherWorker = await db().user.create({
  data: {
    email: "perhe.tyontekija@example.fi",
    name: "Pirjo Perhetyö",
    role: "social_worker",
    status: "active",
    snapshot: activeAccountSnapshot(),
    units: { create: { unitId: familyUnit.id } },
  },
});
const otherWorkerCookie = await cookieFor(otherWorker.email);

const PERSON = {
  personName: "Amina Testihenkilö",
  personPhone: "+358 40 765 4321",
  personEmail: "amina.testi@example.fi",
  personAddress: "Kauppapuistikko 99 B 12, Vaasa",
  situation: "Asuu yksin, ei ole saanut yhteyttä sosiaalipalveluihin ja tarvitsee apua asumisen kanssa.",
};
const PERSONAL_VALUES = [...Object.values(PERSON), "Amina", "765 4321", "Kauppapuistikko", "asumisen"];

let inbox: Inbox;
let noticeId = "";

beforeAll(async () => {
  inbox = await startSmtp(port);
});
afterAll(async () => {
  await inbox.stop();
});

const view = (cookie: string) => run(noticePage.loader, get(`/concerns/${noticeId}`, cookie), { noticeId });
const logRows = () => db().accessLog.findMany({ where: { concernNoticeId: noticeId }, orderBy: { id: "asc" } });
const version = async () => String((await db().concernNotice.findUniqueOrThrow({ where: { id: noticeId } })).version);
const act = async (cookie: string, fields: Record<string, string>) =>
  run(noticePage.action, post(`/concerns/${noticeId}`, { version: await version(), ...fields }, cookie), { noticeId });

describe("sending a notice", () => {
  it("is refused for an association the staff member does not belong to, and by other roles, storing nothing", async () => {
    const before = await fingerprint();
    const foreign = await run(
      newPage.action,
      post("/concerns/new", { associationId: otherAssociation.id, ...PERSON, personLanguages: "ar" }, staff),
    );
    expect(foreign.status).toBe(403);
    for (const cookie of [socialWorker, liaison, admin]) {
      const outcome = await run(
        newPage.action,
        post("/concerns/new", { associationId: ownAssociation, ...PERSON }, cookie),
      );
      expect(outcome.status).toBe(403);
    }
    const invalid = await run(
      newPage.action,
      post("/concerns/new", { associationId: ownAssociation, ...PERSON, personName: "", situation: "" }, staff),
    );
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.data.errors).sort()).toEqual(["personName", "situation"]);
    expect(await fingerprint()).toEqual(before);
  });

  it("goes to the receiving unit, whose members get a mail that says only that a notice arrived", async () => {
    const sent = await run(
      newPage.action,
      post("/concerns/new", { associationId: ownAssociation, ...PERSON, personLanguages: ["ar", "fi"] }, staff),
    );
    expect(sent.status).toBe(302);
    noticeId = sent.location!.split("/").at(-1)!;
    const notice = await db().concernNotice.findUniqueOrThrow({ where: { id: noticeId } });
    expect(notice).toMatchObject({ status: "submitted", unitId: koto.id, associationId: ownAssociation, ...PERSON });

    const mails = await db().outboxEmail.findMany({ where: { template: "concernNoticeArrived" } });
    expect(mails.map((m) => m.to)).toEqual(["social.worker@demo.co-act.fi"]);
    expect(await deliverEmail(mails[0].id)).toBe("sent");
    const [received] = await inbox.waitFor(1);
    expect(received.to).toMatchObject({ text: "social.worker@demo.co-act.fi" });
    expect(received.subject).toContain(notice.reference);
    expect(received.text).toContain(`/concerns/${noticeId}`);
    const everything = `${received.subject}\n${received.text}\n${received.html || ""}`;
    for (const value of PERSONAL_VALUES) expect(everything).not.toContain(value);
  });
});

describe("reading a notice", () => {
  it("shows the receiving unit the person's details and logs every view", async () => {
    expect(await logRows()).toHaveLength(0);
    const first = await view(socialWorker);
    expect(first.data.notice.personal).toMatchObject(PERSON);
    expect(first.data.notice.personal.personLanguages).toEqual(["ar", "fi"]);
    await view(socialWorker);
    const rows = await logRows();
    expect(rows).toHaveLength(2);
    const worker = await db().user.findUniqueOrThrow({ where: { email: "social.worker@demo.co-act.fi" } });
    expect(rows[0]).toMatchObject({
      concernNoticeId: noticeId,
      referralId: null,
      userId: worker.id,
      organisation: `unit:${koto.id}`,
    });
    expect([...rows[0].fields].sort()).toEqual(["address", "email", "first_name", "languages", "needs", "phone"]);
  });

  it("shows the association, the liaison and another unit's worker none of it, and logs nothing for them", async () => {
    const before = (await logRows()).length;
    for (const cookie of [staff, liaison]) {
      const page = await view(cookie);
      expect(page.status).toBe(200);
      expect(page.data.notice.personal).toBeNull();
      expect(page.data.accessLog).toBeNull();
      expect(page.data.notice.offered).toEqual([]);
      for (const value of PERSONAL_VALUES) expect(JSON.stringify(page.data)).not.toContain(value);
    }
    expect((await view(otherWorkerCookie)).status).toBe(404);
    expect((await view(admin)).status).toBe(403);
    // The lists never carry personal data.
    for (const cookie of [staff, socialWorker, liaison]) {
      const list = await run(listPage.loader, get("/concerns", cookie));
      expect(list.data.notices.map((n: { id: string }) => n.id)).toContain(noticeId);
      for (const value of PERSONAL_VALUES) expect(JSON.stringify(list.data)).not.toContain(value);
    }
    expect((await logRows()).length).toBe(before);
  });
});

describe("handling a notice", () => {
  it("is refused to everyone but the receiving unit, changing nothing", async () => {
    const before = await fingerprint();
    for (const cookie of [staff, liaison]) expect((await act(cookie, { event: "RECEIVE" })).status).toBe(403);
    // Another unit's worker has no part in it at all: not found, as on reading.
    expect((await act(otherWorkerCookie, { event: "RECEIVE" })).status).toBe(404);
    expect((await act(socialWorker, { event: "CLOSE", outcome: "" })).status).toBe(400);
    expect((await act(socialWorker, { event: "TAKE_CONTACT" })).status).toBe(409);
    expect(await fingerprint()).toEqual(before);
  });

  it("goes received → contact taken → closed, and the association reads the outcome in general terms", async () => {
    expect((await act(socialWorker, { event: "RECEIVE" })).status).toBe(302);
    expect((await act(socialWorker, { event: "TAKE_CONTACT" })).status).toBe(302);
    expect(
      (await act(socialWorker, { event: "CLOSE", outcome: "Yhteys saatiin, asiakkuus avattu sosiaalipalveluissa." }))
        .status,
    ).toBe(302);
    const row = await db().concernNotice.findUniqueOrThrow({ where: { id: noticeId } });
    expect(row).toMatchObject({ status: "closed" });
    expect(row.receivedAt && row.contactTakenAt && row.closedAt).toBeTruthy();
    const page = await view(staff);
    expect(page.data.notice).toMatchObject({
      status: "closed",
      outcome: "Yhteys saatiin, asiakkuus avattu sosiaalipalveluissa.",
      personal: null,
    });
  });
});

describe("retention", () => {
  it("erases the person's details and the situation once the retention period after closing has passed", async () => {
    const { closedAt } = await db().concernNotice.findUniqueOrThrow({ where: { id: noticeId } });
    const day = 24 * 3600_000;
    // A day before the period ends nothing is erased; the unit still reads the details.
    expect(await eraseClosedConcernNotices(new Date(closedAt!.getTime() + 89 * day))).toBe(0);
    expect((await view(socialWorker)).data.notice.personal).toMatchObject({ personName: PERSON.personName });
    expect(await eraseClosedConcernNotices(new Date(closedAt!.getTime() + 91 * day))).toBe(1);
    const row = await db().concernNotice.findUniqueOrThrow({ where: { id: noticeId } });
    expect(row).toMatchObject({
      personName: null,
      personPhone: null,
      personEmail: null,
      personAddress: null,
      personLanguages: [],
      situation: null,
      status: "closed",
      outcome: "Yhteys saatiin, asiakkuus avattu sosiaalipalveluissa.",
    });
    for (const value of PERSONAL_VALUES) expect(JSON.stringify(row)).not.toContain(value);
    // The unit's page says so instead, and a view of nothing is not logged.
    const logged = await db().accessLog.count({ where: { concernNoticeId: noticeId } });
    const page = await view(socialWorker);
    expect(page.data.notice).toMatchObject({ personal: null, personalDataErasedAt: expect.any(Date) });
    expect(await db().accessLog.count({ where: { concernNoticeId: noticeId } })).toBe(logged);
    // Running again erases nothing more.
    expect(await eraseClosedConcernNotices(new Date(closedAt!.getTime() + 92 * day))).toBe(0);
  });
});
