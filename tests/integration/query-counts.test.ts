// Proves that the main pages issue as many queries with thousands of rows as with a few (no query per row, no list read
// whole to be counted), and that the referral lists page through a long history without repeating or skipping one.
import type { ContactRequestStatus, ReferralStatus } from "@prisma/client";
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { contactRequestMachine } from "#workflows/contact-request/contact-request.machine";
import { referralMachine } from "#workflows/referral/referral.machine";
import { statesWithTag } from "#workflows/states";
import * as hsdsServices from "~/routes/api+/hsds.services._index";
import * as consentTexts from "~/routes/admin+/consent-texts";
import * as concernList from "~/routes/concerns+/_index";
import * as contactInbox from "~/routes/contact+/inbox";
import * as directory from "~/routes/directory+/_index";
import * as home from "~/routes/home";
import * as countyPath from "~/routes/path+/$countyId";
import * as paths from "~/routes/path+/_index";
import * as meetings from "~/routes/meetings+/_index";
import { AGENDA_PAGE } from "~/routes/meetings+/_index";
import { INBOX_PAGE } from "~/models/contact-request.server";
import { calendarFor } from "~/models/meeting.server";
import { sessionUserById } from "~/utils/auth.server";
import * as networkList from "~/routes/networks+/_index";
import * as networkMatrix from "~/routes/networks+/matrix";
import * as referralList from "~/routes/referrals+/_index";
import * as figures from "~/routes/referrals+/figures";
import * as newReferral from "~/routes/referrals+/new";
import { db } from "~/utils/db.server";
import { referralFields } from "../support/referrals";
import { cookieForRole, demoEmail, get, post, run } from "../support/requests";

const socialWorker = await cookieForRole("social_worker");
const staff = await cookieForRole("association_staff");
const liaison = await cookieForRole("liaison");
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true, county: { name: "Demo-hyvinvointialue" } } });
const sisarukset = await db().association.findUniqueOrThrow({
  where: { name: "Monikulttuurinen naisyhdistys Sisarukset ry" },
});

// Every statement the app sends goes through a pg client (the Prisma driver adapter uses pg).
const sent = vi.spyOn(pg.Client.prototype, "query");

/** The statements one loader call sends; the clock moves on first, so nothing is answered from a short-lived cache. */
async function queriesOf(loader: Parameters<typeof run>[0], path: string, cookie?: string) {
  vi.setSystemTime(Date.now() + 5 * 60_000);
  sent.mockClear();
  const outcome = await run(loader, get(path, cookie));
  expect(outcome.status).toBe(200);
  return sent.mock.calls.length;
}

const pages: [string, Parameters<typeof run>[0], string, string?][] = [
  ["the directory", directory.loader, "/directory"],
  ["a directory search", directory.loader, "/directory?q=kahvila&language=fi&evenings=1"],
  ["the HSDS export", hsdsServices.loader, "/api/hsds/services"],
  ["the social worker's home", home.loader, "/home", socialWorker],
  ["the liaison's home", home.loader, "/home", liaison],
  ["the association staff's home", home.loader, "/home", staff],
  ["the social worker's referrals", referralList.loader, "/referrals", socialWorker],
  ["the association inbox", referralList.loader, "/referrals", staff],
  ["the liaison's referrals", referralList.loader, "/referrals", liaison],
  ["the referral figures", figures.loader, "/referrals/figures", liaison],
  [
    "the liaison's Co-Act path",
    (args) => countyPath.loader({ ...args, params: { countyId: koto.countyId } }),
    `/path/${koto.countyId}`,
    liaison,
  ],
  ["the counties' paths side by side", paths.loader, "/path", await cookieForRole("admin")],
  ["the liaison's meeting calendar", meetings.loader, "/meetings", liaison],
  ["the association staff's meeting month", meetings.loader, "/meetings?view=month", staff],
  ["the contact-point inbox with its figures (liaison)", contactInbox.loader, "/contact/inbox", liaison],
  ["the contact-point inbox (unit)", contactInbox.loader, "/contact/inbox", socialWorker],
  ["the concern notices (unit)", concernList.loader, "/concerns", socialWorker],
  ["the association networks", networkList.loader, "/networks", staff],
  ["the liaison's representation matrix", networkMatrix.loader, "/networks/matrix", liaison],
  ["the consent-text versions (admin)", consentTexts.loader, "/admin/consent-texts", await cookieForRole("admin")],
];

const few = new Map<string, number>();

async function addActivities(count: number, from: number) {
  await db().$executeRaw`
    INSERT INTO activity (id, association_id, title_fi, title_en, description_fi, languages, target_groups, weekday,
      starts_at, ends_at, updated_at)
    SELECT gen_random_uuid(), ${sisarukset.id}::uuid, 'Iltakahvila ' || i, 'Evening café ' || i, 'Kahvia ja juttua',
      ARRAY['fi', 'ar'], ARRAY['women'], 1 + i % 7, '17:00', '19:00', now()
    FROM generate_series(${from}::int, ${from + count - 1}::int) i`;
}

/** Contact requests to the county, spread over its units (and unrouted), states, targets and answer times. */
async function addContactRequests(count: number, from: number) {
  await db().$executeRaw`
    INSERT INTO contact_request (id, reference, county_id, kind, topic, sender_organisation, sender_name, sender_email,
      message, token_hash, unit_id, status, snapshot, due_at, created_at, first_answered_at, updated_at)
    SELECT gen_random_uuid(), 'YP-QC-' || i, ${koto.countyId}::uuid, 'message', 'other', 'Yhdistys ' || i, 'Lähettäjä',
      'sender' || i || '@example.fi', 'Hei', 'qc-' || i, CASE WHEN i % 3 = 0 THEN NULL ELSE ${koto.id}::uuid END,
      s.status::"ContactRequestStatus", jsonb_build_object('value', s.status, 'status', 'active'),
      now() + (i % 11 - 5) * interval '1 day', now() - i * interval '1 hour',
      CASE WHEN s.status IN ('answered', 'closed') THEN now() - i * interval '1 hour' + interval '20 hours' END, now()
    FROM generate_series(${from}::int, ${from + count - 1}::int) i
    CROSS JOIN LATERAL (SELECT (ARRAY['received', 'routed', 'answered', 'closed'])[1 + i % 4] AS status) s`;
}

/** Concern notices from the staff's association to the receiving unit. */
async function addConcernNotices(count: number) {
  await db().$executeRaw`
    INSERT INTO concern_notice (id, county_id, unit_id, association_id, created_by_id, reference, status, snapshot,
      person_name, situation, updated_at)
    SELECT gen_random_uuid(), ${koto.countyId}::uuid, ${koto.id}::uuid, ${sisarukset.id}::uuid,
      (SELECT id FROM app_user WHERE email = 'staff@demo.co-act.fi'), 'HI-QC-' || gen_random_uuid(), 'submitted',
      '{"value": "submitted", "status": "active"}', 'Henkilö ' || i, 'Tarvitsee apua', now()
    FROM generate_series(1, ${count}::int) i`;
}

/** Copies of one referral sent through the form, in the given states, each changed a minute apart. */
async function addReferrals(count: number, statuses: string[]) {
  const created = await run(
    newReferral.action,
    post("/referrals/new", referralFields(koto.id, sisarukset.id), socialWorker),
  );
  expect(created.status).toBe(302);
  const id = created.location!.split("/").pop()!;
  await db().$executeRaw`
    INSERT INTO referral (id, unit_id, created_by_id, association_id, status, snapshot, machine_version, client_languages,
      sent_at, created_at, updated_at)
    SELECT gen_random_uuid(), r.unit_id, r.created_by_id, r.association_id,
      (${statuses}::text[])[1 + i % cardinality(${statuses}::text[])]::"ReferralStatus",
      jsonb_set(r.snapshot, '{value}', to_jsonb((${statuses}::text[])[1 + i % cardinality(${statuses}::text[])])),
      r.machine_version, '{}', r.sent_at, r.created_at, r.updated_at - i * interval '1 minute'
    FROM referral r CROSS JOIN generate_series(1, ${count}::int) i WHERE r.id = ${id}::uuid`;
}

/** Monthly meeting series of the KOTO unit inviting the staff's association, with a moved meeting and attendance. */
async function addMeetingSeries(count: number, from: number) {
  await db().$executeRaw`
    INSERT INTO meeting_series (id, unit_id, kind, title, rrule, first_date, start_time, duration_minutes, place,
      languages, status, snapshot, machine_version, updated_at)
    SELECT ('3ee70000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, ${koto.id}::uuid, 'introduction',
      'Tutustuminen ' || i, 'FREQ=MONTHLY;BYMONTHDAY=' || (1 + i % 28), (current_date - (i % 300))::date, '17:00', 30,
      'Vaasa', ARRAY['fi'], 'scheduled', '{"value": "scheduled", "status": "active"}', 1, now()
    FROM generate_series(${from}::int, ${from + count - 1}::int) i`;
  await db().$executeRaw`
    INSERT INTO meeting_invitation (id, series_id, association_id)
    SELECT gen_random_uuid(), s.id, ${sisarukset.id}::uuid FROM meeting_series s
    WHERE s.id::text LIKE '3ee70000-%' ON CONFLICT DO NOTHING`;
  await db().$executeRaw`
    INSERT INTO meeting_exception (id, series_id, original_start, kind)
    SELECT gen_random_uuid(), s.id, (s.first_date + time '17:00') AT TIME ZONE 'Europe/Helsinki', 'cancelled'
    FROM meeting_series s WHERE s.id::text LIKE '3ee70000-%' ON CONFLICT DO NOTHING`;
}

/** Networks of the KOTO unit's county that concern it, each with a representative, and meetings with attendance. */
async function addNetworks(count: number, from: number) {
  await db().$executeRaw`
    INSERT INTO network (id, county_id, name, theme)
    SELECT ('4e700000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, ${koto.countyId}::uuid, 'Verkosto ' || i, 'T'
    FROM generate_series(${from}::int, ${from + count - 1}::int) i`;
  await db().$executeRaw`
    INSERT INTO network_relevance (network_id, unit_id)
    SELECT n.id, ${koto.id}::uuid FROM network n WHERE n.id::text LIKE '4e700000-%' ON CONFLICT DO NOTHING`;
  await db().$executeRaw`
    INSERT INTO network_representative (id, network_id, unit_id, person_id, term_start, status, snapshot)
    SELECT gen_random_uuid(), n.id, ${koto.id}::uuid, u.id, current_date, 'active', '{"value": "active"}'
    FROM network n, app_user u
    WHERE n.id::text LIKE '4e700000-%' AND u.email = 'social.worker@demo.co-act.fi'
      AND NOT EXISTS (SELECT 1 FROM network_representative r WHERE r.network_id = n.id)`;
  await db().$executeRaw`
    UPDATE meeting_series SET network_id = ('4e700000-0000-4000-8000-' || lpad(to_hex(${from}::int), 12, '0'))::uuid
    WHERE id::text LIKE '3ee70000-%' AND network_id IS NULL`;
  await db().$executeRaw`
    INSERT INTO meeting_attendance (id, series_id, occurrence_start, unit_id)
    SELECT gen_random_uuid(), s.id, now() - interval '1 month', ${koto.id}::uuid
    FROM meeting_series s WHERE s.id::text LIKE '3ee70000-%' ON CONFLICT DO NOTHING`;
}

/** Older reviewed versions of the consent text, in Arabic and Somali. */
async function addConsentTexts(count: number, from: number) {
  await db().$executeRaw`
    INSERT INTO consent_text (id, language, version_label, title, before_list, after_list, item_names, field_labels,
      reviewer_name, reviewed_on)
    SELECT gen_random_uuid(), (ARRAY['ar', 'so'])[1 + i % 2], 'qc-' || i, 'Otsikko', ARRAY['Ennen'], ARRAY['Jälkeen'],
      '{}', '{}', 'Tarkastaja', current_date
    FROM generate_series(${from}::int, ${from + count - 1}::int) i`;
}

beforeAll(async () => {
  await addActivities(3, 1);
  await addReferrals(3, ["sent", "accepted", "closed"]);
  await addMeetingSeries(3, 1);
  await addContactRequests(4, 1);
  await addConcernNotices(3);
  await addNetworks(3, 1);
  await addConsentTexts(3, 1);
  // Once before measuring: the first call of a loader may load what later calls keep (e.g. the filter choices).
  for (const [, loader, path, cookie] of pages) await run(loader, get(path, cookie));
  for (const [name, loader, path, cookie] of pages) few.set(name, await queriesOf(loader, path, cookie));
  await addActivities(2_000, 4);
  await addReferrals(600, ["sent", "no_answer", "accepted", "meeting_arranged", "met", "closed", "cancelled"]);
  await addMeetingSeries(400, 4);
  await addContactRequests(3_000, 5);
  await addConcernNotices(500);
  await addNetworks(300, 4);
  await addConsentTexts(500, 4);
});

describe("queries per page", () => {
  it.each(pages)(
    "%s issues as many queries with thousands of rows as with a few",
    async (name, loader, path, cookie) => {
      expect(few.get(name)).toBeGreaterThan(0);
      expect(await queriesOf(loader, path, cookie)).toBe(few.get(name));
    },
  );
});

describe("referral lists", () => {
  it("show one page of each list and reach every referral, newest change first, by following 'older'", async () => {
    const first = await run(referralList.loader, get("/referrals", socialWorker));
    const closed = first.data.lists.find((l: { key: string }) => l.key === "closed");
    expect(closed.rows).toHaveLength(25);
    const seen: string[] = [];
    let page = closed;
    while (page) {
      seen.push(...page.rows.map((r: { id: string }) => r.id));
      if (!page.next) break;
      const next = await run(
        referralList.loader,
        get(`/referrals?closed=${encodeURIComponent(page.next)}`, socialWorker),
      );
      page = next.data.lists.find((l: { key: string }) => l.key === "closed");
    }
    const expected = await db().referral.findMany({
      where: { unitId: koto.id, status: { notIn: statesWithTag<ReferralStatus>(referralMachine, "open") } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(150);
    expect(seen).toEqual(expected.map((r) => r.id));
  });

  it("start from the newest when the page address is not one they wrote", async () => {
    const outcome = await run(referralList.loader, get("/referrals?closed=yesterday", socialWorker));
    expect(outcome.status).toBe(200);
    const closed = outcome.data.lists.find((l: { key: string }) => l.key === "closed");
    expect(closed.rows).toHaveLength(25);
  });
});

describe("the meeting agenda", () => {
  type Shown = { seriesId: string; originalStart: string; start: string };
  it(
    "shows a page of meetings at a time and reaches the next ones in order by following 'later'",
    { timeout: 120_000 },
    async () => {
      const seen: Shown[] = [];
      let path = "/meetings";
      for (let page = 0; page < 5; page++) {
        const outcome = await run(meetings.loader, get(path, liaison));
        expect(outcome.status).toBe(200);
        expect(outcome.data.occurrences.length).toBeLessThanOrEqual(AGENDA_PAGE);
        expect(outcome.data.paged).toBe(page > 0);
        seen.push(...outcome.data.occurrences);
        if (!outcome.data.later) break;
        expect(outcome.data.occurrences).toHaveLength(AGENDA_PAGE);
        path = `/meetings?after=${encodeURIComponent(outcome.data.later)}`;
      }
      expect(seen.length).toBeGreaterThan(2 * AGENDA_PAGE);
      const keys = seen.map((o) => `${o.seriesId} ${o.originalStart}`);
      expect(new Set(keys).size).toBe(keys.length);
      // The same meetings, in the same order, as the calendar gives for the whole stretch at once.
      const user = (await sessionUserById(
        (await db().user.findUniqueOrThrow({ where: { email: demoEmail("liaison") } })).id,
      ))!;
      const all = await calendarFor(
        user,
        { from: new Date(seen[0].start), to: new Date(new Date(seen.at(-1)!.start).getTime() + 1) },
        { kind: null, language: null },
      );
      // (The stretch ends at the last one's start: other meetings at that very time follow on the next page.)
      expect(keys).toEqual(all.slice(0, keys.length).map((o) => `${o.series.id} ${o.originalStart.toISOString()}`));
    },
  );

  it("starts from the coming meetings when the page address is not one it wrote", async () => {
    const first = await run(meetings.loader, get("/meetings", liaison));
    const odd = await run(meetings.loader, get("/meetings?after=tomorrow", liaison));
    expect(odd.status).toBe(200);
    expect(odd.data.paged).toBe(false);
    expect(odd.data.occurrences).toEqual(first.data.occurrences);
  });
});

describe("the contact-point inbox", () => {
  it.each(["open", "closed"] as const)(
    "shows a page of %s requests at a time and reaches every one in order by following its link",
    async (list) => {
      const seen: string[] = [];
      let path = "/contact/inbox";
      for (;;) {
        const outcome = await run(contactInbox.loader, get(path, liaison));
        expect(outcome.status).toBe(200);
        const rows = outcome.data[list] as { id: string }[];
        expect(rows.length).toBeLessThanOrEqual(INBOX_PAGE);
        seen.push(...rows.map((r) => r.id));
        const next = outcome.data[list === "open" ? "nextOpen" : "nextClosed"];
        if (!next) break;
        path = `/contact/inbox?${list}=${encodeURIComponent(next)}`;
      }
      const open = statesWithTag<ContactRequestStatus>(contactRequestMachine, "open");
      const expected = await db().contactRequest.findMany({
        where: { countyId: koto.countyId, status: list === "open" ? { in: open } : { notIn: open } },
        orderBy: list === "open" ? [{ dueAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      expect(expected.length).toBeGreaterThan(10 * INBOX_PAGE);
      expect(seen).toEqual(expected.map((r) => r.id));
    },
  );
});
