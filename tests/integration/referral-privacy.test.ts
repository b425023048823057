// Proves the referral data-protection rules: only the two sides see a referral, the association only what the consent covers and only while it is valid, withdrawal and retention erase the data in the database, every view is access-logged in an append-only log, and e-mails (read back over real SMTP on loopback) carry no client data, also with two app instances.
import type { DataItem, Role } from "@prisma/client";
import { addDays, format } from "date-fns";
import type { ParsedMail } from "mailparser";
import { describe, expect, it } from "vitest";
import type { Locale, MessageKey } from "~/i18n/i18n";
import {
  chaseUnansweredReferrals,
  eraseExpiredPersonalData,
  expireConsents,
  runReferralSchedule,
} from "~/models/referral-schedule.server";
import { activeAccountSnapshot } from "~/models/user.server";
import * as referralPage from "~/routes/referrals+/$referralId._index";
import * as accessLogPage from "~/routes/referrals+/$referralId.access-log";
import * as referralList from "~/routes/referrals+/_index";
import * as newReferral from "~/routes/referrals+/new";
import { CLIENT_FIELD } from "~/utils/choices";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { DEMO_COUNTY } from "../../prisma/seed";
import { deliverMailToLoopback } from "../support/mail-delivery";
import { cookieFor, cookieForRole, demoEmail, get, post, run } from "../support/requests";
import { BASE_CONSENT_TEXT } from "../support/referrals";
import { subjectPattern } from "../support/subjects";

// The app reads SMTP_URL once, so it is set before anything can send; the worker delivers every mail of this file to
// the loopback inbox as soon as it is queued.
const mailsBefore = await db().outboxEmail.count();
const inbox = await deliverMailToLoopback();

// ---- people and organisations ------------------------------------------------------------------------------------

const demoCountyId = (await db().county.findUniqueOrThrow({ where: { name: DEMO_COUNTY } })).id;
const koto = await db().unit.findFirstOrThrow({
  where: { countyId: demoCountyId, name: "Kotoutumisen sosiaalityö (KOTO)" },
});
const familyUnit = await db().unit.findFirstOrThrow({ where: { countyId: demoCountyId, name: "Perhesosiaalityö" } });
const sisarukset = await db().association.findUniqueOrThrow({
  where: { name: "Monikulttuurinen naisyhdistys Sisarukset ry" },
});
const somaliliitto = await db().association.findUniqueOrThrow({ where: { name: "Somaliliitto Pohjanmaa ry" } });

async function createUser(
  email: string,
  role: Role,
  memberships: { unitIds?: string[]; associationIds?: string[] },
  locale = "fi",
) {
  return db().user.create({
    data: {
      email,
      name: `Testi ${email.split("@")[0]}`,
      role,
      locale,
      status: "active",
      snapshot: activeAccountSnapshot(),
      units: { create: (memberships.unitIds ?? []).map((unitId) => ({ unitId })) },
      associations: { create: (memberships.associationIds ?? []).map((associationId) => ({ associationId })) },
    },
  });
}

const otherCounty = await db().county.create({ data: { name: "Toinen hyvinvointialue" } });
const otherCountyUnit = await db().unit.create({
  data: { countyId: otherCounty.id, name: "Toisen alueen järjestöyhteistyö" },
});
await createUser("staff@somaliliitto.example", "association_staff", { associationIds: [somaliliitto.id] });
await createUser("worker@perhe.example", "social_worker", { unitIds: [familyUnit.id] });
await createUser("liaison@toinen.example", "liaison", { unitIds: [otherCountyUnit.id] });
// A second member of the receiving association, reading Finnish: mails go to every staff member.
const secondStaff = await createUser("toinen@sisarukset.example", "association_staff", {
  associationIds: [sisarukset.id],
});

const users = {
  socialWorker: await db().user.findUniqueOrThrow({ where: { email: demoEmail("social_worker") } }),
  staff: await db().user.findUniqueOrThrow({ where: { email: demoEmail("association_staff") } }),
};
const as = {
  socialWorker: await cookieForRole("social_worker"),
  staff: await cookieForRole("association_staff"),
  liaison: await cookieForRole("liaison"),
  admin: await cookieForRole("admin"),
  secondStaff: await cookieFor("toinen@sisarukset.example"),
  otherStaff: await cookieFor("staff@somaliliitto.example"),
  otherUnitWorker: await cookieFor("worker@perhe.example"),
  otherCountyLiaison: await cookieFor("liaison@toinen.example"),
};

// ---- the client, and what must never leak --------------------------------------------------------------------------

const CLIENT = {
  firstName: "Zuhura",
  phone: "+358 40 765 4321",
  email: "zuhura.k@example.net",
  address: "Kirkkopuistikko 27 B 9, Vaasa",
  needs: "Etsii naisten uimavuoroa ja läksykerhoa lapsilleen.",
};
const ALL_ITEMS = ["first_name", "phone", "email", "languages", "address", "needs"];
const PERSONAL_DATA = [
  CLIENT.firstName,
  CLIENT.phone,
  CLIENT.phone.replace(/ /g, ""),
  CLIENT.email,
  CLIENT.address,
  CLIENT.needs,
];

/** The personal data of the client found in a text; empty when there is none. */
const leaks = (text: string) => PERSONAL_DATA.filter((value) => text.toLowerCase().includes(value.toLowerCase()));

// ---- acting through the pages ------------------------------------------------------------------------------------

/** The social worker refers the client to Sisarukset, with consent to `items`, exactly the fields filled. */
async function sendReferral(items: string[], extra: Record<string, string | string[]> = {}) {
  const typed: Record<string, string | string[]> = {
    first_name: CLIENT.firstName,
    phone: CLIENT.phone,
    email: CLIENT.email,
    languages: ["so", "ar"],
    address: CLIENT.address,
    needs: CLIENT.needs,
  };
  const sent = await run(
    newReferral.action,
    post(
      "/referrals/new",
      {
        unitId: koto.id,
        associationId: sisarukset.id,
        ...Object.fromEntries(items.map((item) => [CLIENT_FIELD[item as DataItem], typed[item]])),
        items,
        purpose: "Ensitapaaminen",
        method: "written",
        validUntil: "2099-12-31",
        consentTextId: BASE_CONSENT_TEXT.fi,
        consentConfirmed: "on",
        ...extra,
      },
      as.socialWorker,
    ),
  );
  expect(sent.status, JSON.stringify(sent.data)).toBe(302);
  return sent.location!.split("/").pop()!;
}

const view = (id: string, cookie: string) =>
  run(referralPage.loader, get(`/referrals/${id}`, cookie), { referralId: id });

async function act(id: string, cookie: string, fields: Record<string, string>) {
  const { version } = await db().referral.findUniqueOrThrow({ where: { id } });
  return run(referralPage.action, post(`/referrals/${id}`, { version: String(version), ...fields }, cookie), {
    referralId: id,
  });
}

const listed = async (cookie: string) =>
  (await run(referralList.loader, get("/referrals", cookie))).data.lists.flatMap((l: { rows: { id: string }[] }) =>
    l.rows.map((r) => r.id),
  );
const accessRows = (id: string) => db().accessLog.findMany({ where: { referralId: id }, orderBy: { id: "asc" } });

/** The client columns as they are stored, read past the app's model. */
async function storedClientData(id: string) {
  const [row] = await db().$queryRaw<Record<string, unknown>[]>`
    SELECT client_first_name, client_phone, client_email, client_languages, client_address, client_needs, personal_data_erased_at
    FROM referral WHERE id = ${id}::uuid`;
  return row;
}

function expectErased(row: Record<string, unknown>) {
  expect(row).toMatchObject({
    client_first_name: null,
    client_phone: null,
    client_email: null,
    client_languages: [],
    client_address: null,
    client_needs: null,
  });
  expect(row.personal_data_erased_at).toBeInstanceOf(Date);
}

// ---- the mails as they arrived over SMTP -------------------------------------------------------------------------

/** Every mail queued so far, once it has arrived in the loopback inbox. */
async function delivered(): Promise<ParsedMail[]> {
  return inbox.waitFor((await db().outboxEmail.count()) - mailsBefore);
}
const recipient = (m: ParsedMail) =>
  [m.to ?? []]
    .flat()
    .map((a) => a.text)
    .join(", ");
const content = (m: ParsedMail) => [m.subject ?? "", m.text ?? "", typeof m.html === "string" ? m.html : ""].join("\n");
const link = (id: string) => `${env().APP_URL}/referrals/${id}`;
/** A subject as a pattern: the referral's reference, activity, deadline or times in it may be anything. */
const subject = subjectPattern;

/** The mails one person got about one referral with one subject. */
const mailsAbout = (mails: ParsedMail[], id: string, to: string, locale: Locale, key: MessageKey) =>
  mails.filter(
    (m) => recipient(m) === to && subject(locale, key).test(m.subject ?? "") && content(m).includes(link(id)),
  );

// ---- the tests -------------------------------------------------------------------------------------------------

describe("who may see a referral", () => {
  it("staff of another association are refused the page and every step, and do not find it in their list", async () => {
    const id = await sendReferral(ALL_ITEMS);
    expect(await listed(as.staff)).toContain(id);

    expect((await view(id, as.otherStaff)).status).toBe(403);
    expect((await act(id, as.otherStaff, { intent: "ACCEPT" })).status).toBe(403);
    expect((await act(id, as.otherStaff, { intent: "WITHDRAW_CONSENT", confirm: "on" })).status).toBe(403);
    expect((await act(id, as.otherStaff, { intent: "DECLINE", reason: "no_capacity" })).status).toBe(403);
    expect(await listed(as.otherStaff)).not.toContain(id);

    const row = await db().referral.findUniqueOrThrow({ where: { id }, include: { consent: true } });
    expect(row).toMatchObject({ status: "sent", clientFirstName: CLIENT.firstName, personalDataErasedAt: null });
    expect(row.consent?.status).toBe("given");
    expect(await accessRows(id)).toEqual([]);
  });

  it("a social worker of another unit of the same county is refused too", async () => {
    const id = await sendReferral(ALL_ITEMS);
    expect((await view(id, as.otherUnitWorker)).status).toBe(403);
    expect((await act(id, as.otherUnitWorker, { intent: "CANCEL" })).status).toBe(403);
    expect((await act(id, as.otherUnitWorker, { intent: "WITHDRAW_CONSENT", confirm: "on" })).status).toBe(403);
    expect(await listed(as.otherUnitWorker)).not.toContain(id);
    expect(await listed(as.socialWorker)).toContain(id);
    expect((await db().referral.findUniqueOrThrow({ where: { id } })).status).toBe("sent");
    expect(await accessRows(id)).toEqual([]);
  });

  it("the liaison and admins see the county's referrals listed without personal data, and cannot open the client's data", async () => {
    const id = await sendReferral(ALL_ITEMS);
    for (const cookie of [as.liaison, as.admin]) {
      const list = await run(referralList.loader, get("/referrals", cookie));
      expect(list.data.lists.flatMap((l: { rows: { id: string }[] }) => l.rows.map((r) => r.id))).toContain(id);
      expect(leaks(JSON.stringify(list.data))).toEqual([]);
      expect((await view(id, cookie)).status).toBe(403);
    }
    // The two sides' lists carry no personal data either: it is shown only on the referral's own page.
    for (const cookie of [as.socialWorker, as.staff])
      expect(leaks(JSON.stringify((await run(referralList.loader, get("/referrals", cookie))).data))).toEqual([]);
    expect(await accessRows(id)).toEqual([]);
  });
});

describe("what the association sees", () => {
  it("with consent to the first name and languages only, sees exactly those two, and nothing else is even stored", async () => {
    const id = await sendReferral(["first_name", "languages"]);
    const page = await view(id, as.staff);
    expect(page.status).toBe(200);
    expect(page.data.referral.client).toEqual({ first_name: CLIENT.firstName, languages: ["so", "ar"] });
    expect(leaks(JSON.stringify(page.data))).toEqual([CLIENT.firstName]);
    expect(await storedClientData(id)).toMatchObject({
      client_first_name: CLIENT.firstName,
      client_languages: ["so", "ar"],
      client_phone: null,
      client_email: null,
      client_address: null,
      client_needs: null,
      personal_data_erased_at: null,
    });
  });

  it("sees none of it once the daily job has expired the consent after its end date", async () => {
    const tomorrow = format(addDays(new Date(), 1), "yyyy-MM-dd");
    const id = await sendReferral(["first_name", "languages"], { validUntil: tomorrow });
    expect(Object.keys((await view(id, as.staff)).data.referral.client).sort()).toEqual(["first_name", "languages"]);

    await expireConsents(addDays(new Date(), 3));
    expect((await db().consent.findUniqueOrThrow({ where: { referralId: id } })).status).toBe("expired");
    const logged = (await accessRows(id)).length;
    const page = await view(id, as.staff);
    expect(page.status).toBe(200);
    expect(page.data.referral.client).toEqual({});
    expect(leaks(JSON.stringify(page.data))).toEqual([]);
    expect(await accessRows(id)).toHaveLength(logged);
  });

  it("sees none of it the moment the end date passes, before the daily job has run", async () => {
    const id = await sendReferral(["first_name", "languages"]);
    expect((await view(id, as.staff)).data.referral.client).toHaveProperty("first_name");
    await db().consent.update({ where: { referralId: id }, data: { validUntil: new Date(Date.now() - 60_000) } });
    const page = await view(id, as.staff);
    expect(page.data.referral.client).toEqual({});
    expect(leaks(JSON.stringify(page.data))).toEqual([]);
  });

  it("keeps the volunteer's name and phone at the association: they never reach the social worker's view", async () => {
    const volunteer = { volunteerName: "Leila Mäkinen", volunteerPhone: "040 111 2222" };
    const id = await sendReferral(["first_name", "languages"], { interpreting: "on", accompanimentLanguage: "so" });
    expect((await act(id, as.staff, { intent: "ASSIGN_VOLUNTEER", ...volunteer })).status).toBe(302);

    const association = JSON.stringify((await view(id, as.staff)).data);
    expect(association).toContain(volunteer.volunteerName);
    const county = await view(id, as.socialWorker);
    expect(county.data.referral.accompaniment).toMatchObject({
      status: "assigned",
      volunteerName: null,
      volunteerPhone: null,
    });
    expect(JSON.stringify(county.data)).not.toContain(volunteer.volunteerName);
    expect(JSON.stringify(county.data)).not.toContain(volunteer.volunteerPhone);
  });
});

describe("withdrawing consent", () => {
  const withdrawers = [
    { who: "the social worker", cookie: () => as.socialWorker, userId: () => users.socialWorker.id },
    { who: "the association", cookie: () => as.staff, userId: () => users.staff.id },
  ];

  it.each(withdrawers)(
    "by $who erases the client's data from the database at once and tells the association without it",
    async ({ cookie, userId }) => {
      const id = await sendReferral(ALL_ITEMS);
      expect((await act(id, as.staff, { intent: "ACCEPT" })).status).toBe(302);
      expect((await storedClientData(id)).client_phone).toBe(CLIENT.phone);

      expect((await act(id, cookie(), { intent: "WITHDRAW_CONSENT", confirm: "on" })).status).toBe(302);

      expectErased(await storedClientData(id));
      const row = await db().referral.findUniqueOrThrow({ where: { id }, include: { consent: true } });
      expect(row.status).toBe("cancelled");
      expect(row.consent).toMatchObject({ status: "withdrawn", withdrawnById: userId() });
      expect(row.consent?.withdrawnAt).toBeInstanceOf(Date);

      // Neither side sees anything any more, and so nothing is logged as seen.
      const logged = (await accessRows(id)).length;
      for (const c of [as.staff, as.socialWorker]) {
        const page = await view(id, c);
        expect(page.data.referral.client).toEqual({});
        expect(leaks(JSON.stringify(page.data))).toEqual([]);
      }
      expect(await accessRows(id)).toHaveLength(logged);

      const mails = await delivered();
      const told = [
        ...mailsAbout(mails, id, users.staff.email, "en", "email.referralForAssociation.withdrawn.subject"),
        ...mailsAbout(mails, id, secondStaff.email, "fi", "email.referralForAssociation.withdrawn.subject"),
      ];
      expect(told).toHaveLength(2);
      for (const mail of told) expect(leaks(content(mail))).toEqual([]);
    },
  );
});

describe("retention", () => {
  it("keeps a closed referral's personal data for 90 days after closing, then erases it and keeps the statistics", async () => {
    expect(env().REFERRAL_RETENTION_DAYS).toBe(90);
    const id = await sendReferral(ALL_ITEMS);
    const steps: Record<string, string>[] = [
      { intent: "ACCEPT" },
      // A meeting that has begun: attendance is recorded from its start on.
      { intent: "ARRANGE_MEETING", at: "2020-03-03T17:30" },
      { intent: "MARK_ATTENDED" },
      { intent: "CLOSE", outcome: "got_help" },
    ];
    for (const fields of steps) {
      expect((await act(id, as.staff, fields)).status).toBe(302);
    }
    const closed = await db().referral.findUniqueOrThrow({ where: { id } });
    expect(closed.closedAt).toBeInstanceOf(Date);

    await eraseExpiredPersonalData(addDays(closed.closedAt!, 89));
    expect(await storedClientData(id)).toMatchObject({
      client_first_name: CLIENT.firstName,
      client_phone: CLIENT.phone,
      personal_data_erased_at: null,
    });

    const clock = addDays(closed.closedAt!, 91);
    await eraseExpiredPersonalData(clock);
    const erased = await storedClientData(id);
    expectErased(erased);
    expect(erased.personal_data_erased_at).toEqual(clock);
    const after = await db().referral.findUniqueOrThrow({ where: { id }, include: { consent: true } });
    expect(after).toMatchObject({
      status: "closed",
      outcome: "got_help",
      unitId: koto.id,
      associationId: sisarukset.id,
      sentAt: closed.sentAt,
      answeredAt: closed.answeredAt,
      meetingAt: closed.meetingAt,
      closedAt: closed.closedAt,
      createdAt: closed.createdAt,
    });
    expect(after.consent?.items.sort()).toEqual([...ALL_ITEMS].sort());
  });

  it("never erases a referral that is still going on, however old", async () => {
    const id = await sendReferral(ALL_ITEMS);
    expect((await act(id, as.staff, { intent: "ACCEPT" })).status).toBe(302);
    await eraseExpiredPersonalData(addDays(new Date(), 3650));
    expect(await storedClientData(id)).toMatchObject({
      client_first_name: CLIENT.firstName,
      client_address: CLIENT.address,
      personal_data_erased_at: null,
    });
  });
});

describe("the access log", () => {
  it("gets one row for every view of personal data: who, for which organisation, exactly the fields shown", async () => {
    const id = await sendReferral(["first_name", "phone", "languages"]);

    const county = await view(id, as.socialWorker);
    let rows = await accessRows(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: users.socialWorker.id, organisation: `unit:${koto.id}`, reason: "view" });
    expect([...rows[0].fields].sort()).toEqual(Object.keys(county.data.referral.client).sort());
    expect([...rows[0].fields].sort()).toEqual(["first_name", "languages", "phone"]);

    await view(id, as.staff);
    await view(id, as.staff);
    await view(id, as.secondStaff);
    rows = await accessRows(id);
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => [r.userId, r.organisation])).toEqual([
      [users.staff.id, `association:${sisarukset.id}`],
      [users.staff.id, `association:${sisarukset.id}`],
      [secondStaff.id, `association:${sisarukset.id}`],
    ]);
    for (const row of rows.slice(1)) expect([...row.fields].sort()).toEqual(["first_name", "languages", "phone"]);
  });

  it("gets no row for a view that shows no personal data, nor for a refused one", async () => {
    const id = await sendReferral(["first_name"]);
    await db().consent.update({ where: { referralId: id }, data: { validUntil: new Date(Date.now() - 60_000) } });
    expect((await view(id, as.staff)).status).toBe(200);
    for (const cookie of [as.liaison, as.admin, as.otherStaff, as.otherUnitWorker])
      expect((await view(id, cookie)).status).toBe(403);
    expect(await accessRows(id)).toEqual([]);
  });

  it("cannot be changed or deleted, not even by the app's own database user", async () => {
    const id = await sendReferral(["first_name"]);
    await view(id, as.staff);
    const [row] = await accessRows(id);
    await expect(
      db()
        .$executeRaw`UPDATE access_log SET fields = '{}', user_id = ${users.socialWorker.id}::uuid WHERE id = ${row.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`DELETE FROM access_log WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db().accessLog.deleteMany({ where: { referralId: id } })).rejects.toThrow();
    expect(await accessRows(id)).toEqual([row]);
  });

  it("is shown to the county's liaison and to admins, and refused to another county's liaison and to the two sides", async () => {
    const id = await sendReferral(["first_name", "phone"]);
    await view(id, as.socialWorker);
    await view(id, as.staff);
    const stored = await accessRows(id);

    for (const cookie of [as.liaison, as.admin]) {
      const page = await run(accessLogPage.loader, get(`/referrals/${id}/access-log`, cookie), { referralId: id });
      expect(page.status).toBe(200);
      expect(
        page.data.rows.map((r: { id: string; who: string; organisation: string; fields: string[] }) => [
          r.id,
          r.who,
          r.organisation,
          [...r.fields].sort(),
        ]),
      ).toEqual([
        [
          String(stored[0].id),
          `${users.socialWorker.name} (${users.socialWorker.email})`,
          `unit:${koto.id}`,
          ["first_name", "phone"],
        ],
        [
          String(stored[1].id),
          `${users.staff.name} (${users.staff.email})`,
          `association:${sisarukset.id}`,
          ["first_name", "phone"],
        ],
      ]);
      expect(leaks(JSON.stringify(page.data))).toEqual([]);
    }
    for (const cookie of [as.otherCountyLiaison, as.socialWorker, as.staff]) {
      expect(
        (await run(accessLogPage.loader, get(`/referrals/${id}/access-log`, cookie), { referralId: id })).status,
      ).toBe(403);
    }
    // Reading the log is not reading the client's data.
    expect(await accessRows(id)).toHaveLength(2);
  });
});

describe("e-mails about referrals", () => {
  it("say what needs attention and link to the referral, with no name, phone, e-mail or address of the client", async () => {
    // A: new, accepted, times proposed, consent withdrawn. B: new, declined. C: new, reminded, back for no answer.
    const a = await sendReferral(ALL_ITEMS);
    expect((await act(a, as.staff, { intent: "ACCEPT" })).status).toBe(302);
    expect(
      (await act(a, as.staff, { intent: "PROPOSE_TIMES", time1: "2099-03-03T17:30", time2: "2099-03-04T10:00" }))
        .status,
    ).toBe(302);
    expect((await act(a, as.socialWorker, { intent: "WITHDRAW_CONSENT", confirm: "on" })).status).toBe(302);
    const b = await sendReferral(ALL_ITEMS);
    expect((await act(b, as.staff, { intent: "DECLINE", reason: "no_capacity" })).status).toBe(302);
    const c = await sendReferral(ALL_ITEMS);
    const sentAt = (await db().referral.findUniqueOrThrow({ where: { id: c } })).sentAt!;
    await chaseUnansweredReferrals(addDays(sentAt, 7)); // five working days
    await chaseUnansweredReferrals(addDays(sentAt, 14)); // ten working days
    expect((await db().referral.findUniqueOrThrow({ where: { id: c } })).status).toBe("no_answer");

    const mails = await delivered();
    const sw = users.socialWorker.email;
    const expected: [string, string, Locale, MessageKey][] = [
      [a, users.staff.email, "en", "email.referralForAssociation.new.subject"],
      [a, secondStaff.email, "fi", "email.referralForAssociation.new.subject"],
      [a, sw, "fi", "email.referralForCounty.accepted.subject"],
      [a, sw, "fi", "email.referralForCounty.times_proposed.subject"],
      [a, users.staff.email, "en", "email.referralForAssociation.withdrawn.subject"],
      [a, secondStaff.email, "fi", "email.referralForAssociation.withdrawn.subject"],
      [b, users.staff.email, "en", "email.referralForAssociation.new.subject"],
      [b, sw, "fi", "email.referralForCounty.declined.subject"],
      [c, users.staff.email, "en", "email.referralForAssociation.new.subject"],
      [c, users.staff.email, "en", "email.referralForAssociation.reminder.subject"],
      [c, secondStaff.email, "fi", "email.referralForAssociation.reminder.subject"],
      [c, sw, "fi", "email.referralForCounty.no_answer.subject"],
    ];
    for (const [id, to, locale, key] of expected) {
      const found = mailsAbout(mails, id, to, locale, key);
      expect(found, `${key} to ${to}`).toHaveLength(1);
      expect(found[0].text).toContain(link(id));
      expect(found[0].html).toContain(`href="${link(id)}"`);
    }
    // Every referral mail this file caused, not only the ones above, links to its referral; no mail at all leaks.
    const queued = await db().outboxEmail.findMany({
      where: { template: { startsWith: "referral" } },
      select: { to: true, subject: true },
    });
    const referralMails = mails.filter((m) => queued.some((q) => q.to === recipient(m) && q.subject === m.subject));
    expect(referralMails).toHaveLength(queued.length);
    for (const mail of referralMails) expect(content(mail)).toMatch(/\/referrals\/[0-9a-f-]{36}/);
    for (const mail of mails) expect(leaks(content(mail)), `${mail.subject} to ${recipient(mail)}`).toEqual([]);
  });
});

describe("the daily referral job on two app instances at once", () => {
  it("reminds each association staff member once and records one reminder", async () => {
    const id = await sendReferral(ALL_ITEMS);
    const sentAt = (await db().referral.findUniqueOrThrow({ where: { id } })).sentAt!;
    await Promise.all([chaseUnansweredReferrals(addDays(sentAt, 7)), chaseUnansweredReferrals(addDays(sentAt, 7))]);

    expect(await db().workflowEvent.count({ where: { recordId: id, event: "REMIND" } })).toBe(1);
    const mails = await delivered();
    expect(
      mailsAbout(mails, id, users.staff.email, "en", "email.referralForAssociation.reminder.subject"),
    ).toHaveLength(1);
    expect(
      mailsAbout(mails, id, secondStaff.email, "fi", "email.referralForAssociation.reminder.subject"),
    ).toHaveLength(1);
    const reminders = mails.filter((m) => content(m).includes(link(id)) && /Reminder|Muistutus/.test(m.subject ?? ""));
    expect(reminders).toHaveLength(2);

    // Ten working days: back to the social worker once, whole schedule run by both instances.
    await Promise.all([runReferralSchedule(addDays(sentAt, 14)), runReferralSchedule(addDays(sentAt, 14))]);
    expect(await db().workflowEvent.count({ where: { recordId: id, event: "NO_ANSWER" } })).toBe(1);
    expect(
      mailsAbout(await delivered(), id, users.socialWorker.email, "fi", "email.referralForCounty.no_answer.subject"),
    ).toHaveLength(1);
  });

  it("erases each expired referral once", async () => {
    const id = await sendReferral(ALL_ITEMS);
    expect((await act(id, as.socialWorker, { intent: "CANCEL" })).status).toBe(302);
    const clock = addDays(new Date(), 91);
    const due = await db().referral.count({
      where: {
        status: { in: ["closed", "cancelled", "redirected", "declined"] },
        personalDataErasedAt: null,
        closedAt: { lt: addDays(clock, -90) },
      },
    });
    expect(due).toBeGreaterThan(0);
    const [first, second] = await Promise.all([eraseExpiredPersonalData(clock), eraseExpiredPersonalData(clock)]);
    expect(first + second).toBe(due);
    expectErased(await storedClientData(id));
  });

  it("erases a backlog larger than one batch, a batch per transaction, each referral once with two instances", async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) {
      const id = await sendReferral(ALL_ITEMS);
      expect((await act(id, as.socialWorker, { intent: "CANCEL" })).status).toBe(302);
      ids.push(id);
    }
    const clock = addDays(new Date(), 91);
    const where = {
      status: { in: ["closed" as const, "cancelled" as const, "redirected" as const, "declined" as const] },
      personalDataErasedAt: null,
      closedAt: { lt: addDays(clock, -90) },
    };
    const due = await db().referral.count({ where });
    expect(due).toBeGreaterThanOrEqual(3);
    // Batches of two: the backlog takes several transactions, and both instances go on until none is left.
    const [first, second] = await Promise.all([eraseExpiredPersonalData(clock, 2), eraseExpiredPersonalData(clock, 2)]);
    expect(first + second).toBe(due);
    expect(await db().referral.count({ where })).toBe(0);
    for (const id of ids) expectErased(await storedClientData(id));
  });
});

describe("the data's end, whatever happened before", () => {
  it("lets an expired consent still be withdrawn, which erases the data at once", async () => {
    const id = await sendReferral(ALL_ITEMS);
    await db().consent.updateMany({ where: { referralId: id }, data: { validUntil: new Date(Date.now() - 1000) } });
    await expireConsents();
    expect((await db().consent.findUniqueOrThrow({ where: { referralId: id } })).status).toBe("expired");
    expect((await act(id, as.socialWorker, { intent: "WITHDRAW_CONSENT", confirm: "on" })).status).toBe(302);
    expectErased(await storedClientData(id));
  });

  it("tells the social worker when the association records a withdrawal", async () => {
    const id = await sendReferral(["first_name"]);
    expect((await act(id, as.staff, { intent: "WITHDRAW_CONSENT", confirm: "on" })).status).toBe(302);
    const mail = await db().outboxEmail.findFirst({
      where: { to: users.socialWorker.email, template: "referralForCounty", text: { contains: `/referrals/${id}` } },
    });
    expect(mail?.subject).toMatch(subject("fi", "email.referralForCounty.withdrawn.subject"));
    expect(leaks(`${mail?.subject}\n${mail?.text}\n${mail?.html}`)).toEqual([]);
  });

  it("asks for interpreting only with consent to share the client's languages", async () => {
    const refused = await run(
      newReferral.action,
      post(
        "/referrals/new",
        {
          unitId: koto.id,
          associationId: sisarukset.id,
          firstName: CLIENT.firstName,
          items: ["first_name"],
          purpose: "Ensitapaaminen",
          method: "written",
          validUntil: "2099-12-31",
          consentTextId: BASE_CONSENT_TEXT.fi,
          consentConfirmed: "on",
          interpreting: "on",
          accompanimentLanguage: "so",
        },
        as.socialWorker,
      ),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors.interpreting.key).toBe("errors.interpretingNeedsLanguages");
  });

  it("keeps the access log even from TRUNCATE", async () => {
    await expect(db().$executeRawUnsafe("TRUNCATE access_log")).rejects.toThrow(/append-only/);
  });

  it("erases free texts that may name the client, together with the client fields", async () => {
    const id = await sendReferral(["first_name"]);
    expect(
      (await act(id, as.staff, { intent: "DECLINE", reason: "other", text: `${CLIENT.firstName} muutti pois` })).status,
    ).toBe(302);
    expect((await act(id, as.socialWorker, { intent: "WITHDRAW_CONSENT", confirm: "on" })).status).toBe(302);
    expect((await db().referral.findUniqueOrThrow({ where: { id } })).declineText).toBeNull();
  });
});
