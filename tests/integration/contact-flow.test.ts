// The contact request's life on both sides: the liaison routes it, the unit answers (the answer is e-mailed to the
// sender and kept), the sender reads it and replies through their link (which reopens it, with a new target), the county
// closes it. The response target is five working days by the app's working-day module (weekends and Finnish public
// holidays); the reminder goes out once before it is missed; and the liaison's figures per unit (overdue now, median
// time to the first answer) equal a direct count over seeded requests (issue 12, acceptance 2).
import { beforeAll, describe, expect, it } from "vitest";
import * as inboxPage from "~/routes/contact+/inbox";
import * as requestPage from "~/routes/contact+/requests.$requestId";
import * as senderPage from "~/routes/contact+/request";
import { createContactRequest, responseDue, sendContactReminders } from "~/models/contact-request.server";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { fingerprint } from "../support/fingerprint";
import { cookieForRole, get, post, run } from "../support/requests";

const county = await db().county.findFirstOrThrow({ select: { id: true } });
const units = new Map(
  (await db().unit.findMany({ select: { id: true, name: true } })).map((u) => [u.name, u.id] as const),
);
const KOTO = units.get("Kotoutumisen sosiaalityö (KOTO)")!;
const FAMILY = units.get("Perhesosiaalityö")!;
const liaison = await cookieForRole("liaison");
const socialWorker = await cookieForRole("social_worker");
const staff = await cookieForRole("association_staff");

const tokenIn = (text: string) => /\/contact\/request\?token=([\w-]+)/.exec(text)![1];

describe("the response target", () => {
  it("ends with the fifth working day in Helsinki, skipping weekends and Finnish public holidays", () => {
    // Received on Thursday 17 December 2026: Fri 18, Mon 21, Tue 22, Wed 23 are working days; Christmas Eve, Christmas
    // Day, the weekend and Boxing Day are not; Monday 28 is the fifth. Due at its end, midnight Helsinki (UTC+2).
    expect(responseDue(new Date("2026-12-17T10:00:00Z"))).toEqual(new Date("2026-12-28T22:00:00Z"));
    // A plain week in summer time (UTC+3): Monday 1 June 2026 → Monday 8 June.
    expect(responseDue(new Date("2026-06-01T06:00:00Z"))).toEqual(new Date("2026-06-08T21:00:00Z"));
  });
});

describe("routing, answering, replying, closing", () => {
  let id = "";
  let firstToken = "";
  const version = async () => String((await db().contactRequest.findUniqueOrThrow({ where: { id } })).version);
  const act = async (cookie: string, fields: Record<string, string>) =>
    run(requestPage.action, post(`/contact/requests/${id}`, { version: await version(), ...fields }, cookie), {
      requestId: id,
    });

  beforeAll(async () => {
    const created = await createContactRequest({
      countyId: county.id,
      kind: "invitation",
      topic: "events_and_meetings",
      senderOrganisation: "Vaasan Kurdit ry",
      senderName: "Rojda Esimerkki",
      senderEmail: "rojda.flow@example.fi",
      message: "Kutsu kevätjuhlaan",
      locale: "en",
      associationId: null,
      attachments: [],
    });
    firstToken = created.token;
    id = (await db().contactRequest.findUniqueOrThrow({ where: { reference: created.reference } })).id;
  });

  it("waits for the liaison: the unit cannot see it, the liaison routes it", async () => {
    expect(
      (await run(requestPage.loader, get(`/contact/requests/${id}`, socialWorker), { requestId: id })).status,
    ).toBe(404);
    const page = await run(requestPage.loader, get(`/contact/requests/${id}`, liaison), { requestId: id });
    expect(page.data.request.offered).toEqual(expect.arrayContaining(["ROUTE", "CLOSE"]));
    expect(page.data.request.offered).not.toContain("ANSWER");
    // A unit of another county, or no unit, is refused and changes nothing.
    const before = await fingerprint();
    const wrong = await act(liaison, { intent: "route", unitId: "00000000-0000-4000-8000-000000000000" });
    expect(wrong.status).toBe(400);
    expect(await fingerprint()).toEqual(before);
    expect((await act(liaison, { intent: "route", unitId: KOTO })).status).toBe(302);
    expect(await db().contactRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "routed",
      unitId: KOTO,
    });
  });

  it("is answered by the unit: the answer is kept and e-mailed to the sender in their language, with a link", async () => {
    // Only the liaison routes; association staff have no part at all.
    const page = await run(requestPage.loader, get(`/contact/requests/${id}`, socialWorker), { requestId: id });
    expect([...page.data.request.offered].sort()).toEqual(["ANSWER", "CLOSE"]);
    expect((await run(requestPage.loader, get(`/contact/requests/${id}`, staff), { requestId: id })).status).toBe(403);
    const before = await fingerprint();
    expect((await act(socialWorker, { intent: "route", unitId: FAMILY })).status).toBe(403);
    expect((await act(socialWorker, { intent: "answer", body: "" })).status).toBe(400);
    expect(
      (
        await run(
          requestPage.action,
          post(`/contact/requests/${id}`, { intent: "answer", body: "Vanha", version: "0" }, socialWorker),
          { requestId: id },
        )
      ).status,
    ).toBe(409);
    expect(await fingerprint()).toEqual(before);

    expect((await act(socialWorker, { intent: "answer", body: "Thank you, two of us will come." })).status).toBe(302);
    const row = await db().contactRequest.findUniqueOrThrow({ where: { id }, include: { messages: true } });
    expect(row.status).toBe("answered");
    expect(row.firstAnsweredAt).not.toBeNull();
    expect(row.messages).toMatchObject([{ author: "county", body: "Thank you, two of us will come." }]);
    const mail = await db().outboxEmail.findFirstOrThrow({
      where: { to: "rojda.flow@example.fi", template: "contactAnswer" },
    });
    expect(mail.locale).toBe("en");
    expect(mail.text).toContain("Thank you, two of us will come.");
    // The answer carries the same link as the receipt.
    expect(tokenIn(mail.text)).toBe(firstToken);
    {
      const t = firstToken;
      const sender = await run(senderPage.loader, get(`/contact/request?token=${t}`));
      expect(sender.data.request.messages.map((m: { body: string }) => m.body)).toEqual([
        "Thank you, two of us will come.",
      ]);
      expect(sender.data.request.mayReply).toBe(true);
      expect(sender.data.request).not.toHaveProperty("senderEmail");
    }
  });

  it("is reopened by the sender's reply, back with the unit, with a new target; an unknown link changes nothing", async () => {
    const before = await fingerprint();
    const unknown = await run(senderPage.action, post(`/contact/request?token=nope`, { body: "Hei" }));
    expect(unknown.status).toBe(404);
    expect(await fingerprint()).toEqual(before);
    const replied = await run(senderPage.action, post(`/contact/request?token=${firstToken}`, { body: "Great!" }));
    expect(replied.status).toBe(302);
    const row = await db().contactRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "routed", unitId: KOTO, remindedAt: null });
    expect(row.dueAt.getTime()).toBeGreaterThan(Date.now());
    expect(
      await db().outboxEmail.count({
        where: {
          to: "social.worker@demo.co-act.fi",
          template: "contactForCounty",
          subject: { contains: row.reference },
        },
      }),
    ).toBe(2); // routed, and the reply
  });

  it("is closed by the county, and reopened once more by a reply", async () => {
    expect((await act(socialWorker, { intent: "answer", body: "See you!" })).status).toBe(302);
    expect((await act(socialWorker, { intent: "close" })).status).toBe(302);
    expect((await db().contactRequest.findUniqueOrThrow({ where: { id } })).status).toBe("closed");
    const sender = await run(senderPage.loader, get(`/contact/request?token=${firstToken}`));
    expect(sender.data.request.status).toBe("closed");
    expect(
      (await run(senderPage.action, post(`/contact/request?token=${firstToken}`, { body: "Yksi asia vielä" }))).status,
    ).toBe(302);
    expect((await db().contactRequest.findUniqueOrThrow({ where: { id } })).status).toBe("routed");
  });
});

describe("routing rules", () => {
  it("are set by the liaison per topic; a new request on that topic goes straight to the unit", async () => {
    const before = await fingerprint();
    const rules = { countyId: county.id, "route.other": FAMILY, "route.integration_services": KOTO };
    expect((await run(inboxPage.action, post("/contact/inbox", rules, socialWorker))).status).toBe(403);
    const wrong = await run(
      inboxPage.action,
      post("/contact/inbox", { ...rules, "route.other": "00000000-0000-4000-8000-000000000000" }, liaison),
    );
    expect(wrong).toMatchObject({ status: 400, data: { errors: { "route.other": { key: "errors.unknownId" } } } });
    expect(await fingerprint()).toEqual(before);

    expect((await run(inboxPage.action, post("/contact/inbox", rules, liaison))).status).toBe(302);
    const saved = await db().contactRoute.findMany({
      where: { countyId: county.id },
      select: { topic: true, unitId: true },
    });
    expect(saved.sort((a, b) => a.topic.localeCompare(b.topic))).toEqual([
      { topic: "integration_services", unitId: KOTO },
      { topic: "other", unitId: FAMILY },
    ]);
    const page = await run(inboxPage.loader, get("/contact/inbox", liaison));
    expect(page.data.rules[0].contactRoutes).toHaveLength(2);
    const created = await createContactRequest({
      countyId: county.id,
      kind: "message",
      topic: "other",
      senderOrganisation: "Reititys ry",
      senderName: "R",
      senderEmail: "reititys@example.fi",
      message: "Hei",
      locale: "fi",
      associationId: null,
      attachments: [],
    });
    expect(await db().contactRequest.findUniqueOrThrow({ where: { reference: created.reference } })).toMatchObject({
      status: "routed",
      unitId: FAMILY,
    });
  });
});

describe("the liaison's figures and the reminders", () => {
  const HOUR = 3600_000;
  const now = Date.now();

  /** Requests with known times, straight into the table: [unit, hours to the first answer or null, overdue?]. */
  const SEEDED: [string | null, number | null, boolean][] = [
    [KOTO, 3, false],
    [KOTO, 30, false],
    [KOTO, 50, false],
    [KOTO, 7.5, false],
    [KOTO, null, true],
    [KOTO, null, true],
    [KOTO, null, false],
    [FAMILY, 100, false],
    [FAMILY, null, true],
    [null, null, true],
    [null, null, false],
  ];

  beforeAll(async () => {
    // Only these requests count: the earlier tests' rows are removed (the figures are compared with the table anyway).
    await db().contactRequest.deleteMany({});
    let n = 0;
    for (const [unitId, hours, overdue] of SEEDED) {
      const createdAt = new Date(now - 200 * HOUR);
      const answered = hours !== null;
      await db().contactRequest.create({
        data: {
          reference: `YP-SEED-${String(++n).padStart(4, "0")}`,
          countyId: county.id,
          kind: "message",
          topic: "other",
          senderOrganisation: "Seed ry",
          senderName: "Seed",
          senderEmail: `seed${n}@example.fi`,
          message: "seed",
          tokenHash: `seed-${n}`,
          unitId,
          ...initialRow("contact-request"),
          status: answered ? "answered" : unitId ? "routed" : "received",
          createdAt,
          firstAnsweredAt: answered ? new Date(createdAt.getTime() + hours * HOUR) : null,
          dueAt: new Date(now + (overdue ? -HOUR : 100 * HOUR)),
        },
      });
    }
  });

  it("counts overdue requests and the median response time per unit, equal to a direct count", async () => {
    const page = await run(inboxPage.loader, get("/contact/inbox", liaison));
    expect(page.status).toBe(200);
    // The direct count, from the rows themselves.
    const rows = await db().contactRequest.findMany({
      select: { unitId: true, status: true, dueAt: true, createdAt: true, firstAnsweredAt: true },
    });
    const byUnit = new Map<string | null, typeof rows>();
    for (const r of rows) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
    const median = (xs: number[]) => {
      if (!xs.length) return null;
      const s = [...xs].sort((a, b) => a - b);
      const mid = s.length / 2;
      return Number.isInteger(mid) ? (s[mid - 1] + s[mid]) / 2 : s[Math.floor(mid)];
    };
    const expected = [...byUnit].map(([unitId, list]) => {
      const hours = list
        .filter((r) => r.firstAnsweredAt)
        .map((r) => (r.firstAnsweredAt!.getTime() - r.createdAt.getTime()) / HOUR);
      const m = median(hours);
      return {
        unitId,
        received: list.length,
        overdue: list.filter(
          (r) => (r.status === "received" || r.status === "routed") && r.dueAt.getTime() < Date.now(),
        ).length,
        answered: hours.length,
        medianHours: m === null ? null : Math.round(m * 10) / 10,
      };
    });
    expect(page.data.figures).toHaveLength(expected.length);
    expect(page.data.figures).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))));
    // And the seeded truth, by hand: KOTO answered after 3, 7.5, 30, 50 hours (median 18.75), two overdue.
    expect(page.data.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: KOTO, received: 7, overdue: 2, answered: 4, medianHours: 18.8 }),
        expect.objectContaining({ unitId: FAMILY, received: 2, overdue: 1, answered: 1, medianHours: 100 }),
        expect.objectContaining({ unitId: null, received: 2, overdue: 1, answered: 0, medianHours: null }),
      ]),
    );
    // Social workers see their inbox, not the figures; association staff have no inbox.
    expect((await run(inboxPage.loader, get("/contact/inbox", socialWorker))).data.figures).toBeNull();
    expect((await run(inboxPage.loader, get("/contact/inbox", staff))).status).toBe(403);
  });

  it("reminds the unit (or the liaison) once about each request whose target ends by the next working day", async () => {
    const before = await db().outboxEmail.count({
      where: { template: "contactForCounty", subject: { contains: "YP-SEED" } },
    });
    expect(before).toBe(0);
    // The waiting ones: four overdue; the three due in 100 hours are not reminded yet.
    expect(await sendContactReminders(new Date(now))).toBe(4);
    expect(await sendContactReminders(new Date(now))).toBe(0);
    const reminded = await db().contactRequest.findMany({
      where: { remindedAt: { not: null } },
      select: { reference: true },
    });
    expect(reminded).toHaveLength(4);
    const mails = await db().outboxEmail.findMany({
      where: { template: "contactForCounty", subject: { contains: "YP-SEED" } },
      select: { to: true },
    });
    // KOTO's two and FAMILY's one go to the unit's members (FAMILY has none); the unrouted one to the liaison.
    expect(mails.map((m) => m.to).sort()).toEqual([
      "liaison@demo.co-act.fi",
      "social.worker@demo.co-act.fi",
      "social.worker@demo.co-act.fi",
    ]);
  });
});
