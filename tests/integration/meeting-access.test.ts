// Who may do what with a meeting series, through the real loaders and actions: only the organiser unit's staff, its
// county's liaison and admins change a series (anyone else is refused and nothing changes); invitees see the series they
// are invited to and nothing else, and other invitees' organisations but never their addresses. RSVP links answer
// without signing in, and a tampered, expired or after-the-end link gets a clear page and changes nothing. The private
// calendar feed shows only its owner's meetings, and a reset makes the old URL stop working.
import ical, { type VEvent } from "node-ical";
import type { Role } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { changeSeriesState, createSeries, invite, type SeriesInput } from "~/models/meeting.server";
import { rsvpToken } from "~/models/meeting-rsvp.server";
import { activeAccountSnapshot } from "~/models/user.server";
import * as seriesPage from "~/routes/meetings+/$seriesId._index";
import * as editPage from "~/routes/meetings+/$seriesId.edit";
import * as calendar from "~/routes/meetings+/_index";
import * as feedPage from "~/routes/meetings+/feed";
import * as feed from "~/routes/meetings+/feed.$token";
import * as newSeries from "~/routes/meetings+/new";
import * as rsvp from "~/routes/meetings+/rsvp";
import { sessionUserById } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { fingerprint } from "../support/fingerprint";
import { cookieFor, cookieForRole, demoEmail, get, post, run } from "../support/requests";

const unit = async (name: string) => (await db().unit.findFirstOrThrow({ where: { name } })).id;
const association = async (prefix: string) =>
  (await db().association.findFirstOrThrow({ where: { name: { startsWith: prefix } } })).id;
const koto = await unit("Kotoutumisen sosiaalityö (KOTO)");
const family = await unit("Perhesosiaalityö");
const sisters = await association("Monikulttuurinen");
const somali = await association("Somaliliitto");

async function createUser(email: string, role: Role, memberships: { unitIds?: string[]; associationIds?: string[] }) {
  const user = await db().user.create({
    data: {
      email,
      name: email.split("@")[0],
      role,
      status: "active",
      snapshot: activeAccountSnapshot(),
      units: { create: (memberships.unitIds ?? []).map((id) => ({ unitId: id })) },
      associations: { create: (memberships.associationIds ?? []).map((id) => ({ associationId: id })) },
    },
  });
  return { id: user.id, cookie: await cookieFor(email) };
}

// A social worker of another unit, and staff of an association that is not invited.
const familyWorker = await createUser("perhe@example.org", "social_worker", { unitIds: [family] });
const somaliStaff = await createUser("somali@example.org", "association_staff", { associationIds: [somali] });
// In another county: a liaison who must not reach this county's series.
const otherCounty = await db().county.create({ data: { name: "Toinen hyvinvointialue" } });
const otherUnit = await db().unit.create({ data: { countyId: otherCounty.id, name: "Toisen alueen KOTO" } });
const otherLiaison = await createUser("liaison@toinen.example", "liaison", { unitIds: [otherUnit.id] });

const cookies = {
  admin: await cookieForRole("admin"),
  liaison: await cookieForRole("liaison"),
  socialWorker: await cookieForRole("social_worker"),
  staff: await cookieForRole("association_staff"),
};
const userOf = async (role: Role) =>
  (await sessionUserById((await db().user.findUniqueOrThrow({ where: { email: demoEmail(role) } })).id))!;
const socialWorker = await userOf("social_worker");
const staffUser = await userOf("association_staff");

const INPUT: SeriesInput = {
  unitId: koto,
  kind: "introduction",
  title: "KOTO-tutustuminen",
  description: "",
  rrule: "FREQ=MONTHLY;BYDAY=2TU",
  firstDate: new Date("2099-01-13T00:00:00Z"),
  startTime: "17:00",
  durationMinutes: 30,
  place: "Vaasa",
  onlineUrl: null,
  languages: ["fi", "en"],
  hostAssociationId: null,
  capacity: null,
};

/** A scheduled series organised by the KOTO unit (its social worker), inviting the staff's association. */
async function scheduledSeries(title = INPUT.title) {
  const { id } = await createSeries(socialWorker, { ...INPUT, title });
  await invite(socialWorker, id, { unitIds: [], associationIds: [sisters], userIds: [], personal: true });
  const { version } = await db().meetingSeries.findUniqueOrThrow({ where: { id } });
  await changeSeriesState(socialWorker, id, "SCHEDULE", version);
  return id;
}
const versionOf = async (id: string) => String((await db().meetingSeries.findUniqueOrThrow({ where: { id } })).version);

describe("editing a meeting series", () => {
  it("is for the organiser unit's staff, the county's liaison and admins only", async () => {
    const id = await scheduledSeries();
    // Allowed: the KOTO social worker (organiser unit), the county's liaison, an admin: the edit page opens.
    for (const cookie of [cookies.socialWorker, cookies.liaison, cookies.admin]) {
      const page = await run(editPage.loader, get(`/meetings/${id}/edit`, cookie), { seriesId: id });
      expect(page.status).toBe(200);
    }
    // A liaison's change goes through, and raises the calendar SEQUENCE.
    const before = await db().meetingSeries.findUniqueOrThrow({ where: { id } });
    const changed = await run(
      seriesPage.action,
      post(
        `/meetings/${id}`,
        {
          intent: "occurrence",
          occurrence: "2099-02-10T15:00:00.000Z",
          change: "cancel",
          version: await versionOf(id),
        },
        cookies.liaison,
      ),
      { seriesId: id },
    );
    expect(changed.status).toBe(302);
    expect((await db().meetingSeries.findUniqueOrThrow({ where: { id } })).sequence).toBe(before.sequence + 1);

    // Refused, with nothing changed: an invited association's staff (403: they see the series), a social worker of
    // another unit, uninvited staff and another county's liaison (404: they do not even see it).
    const refusals = [
      { cookie: cookies.staff, status: 403 },
      { cookie: familyWorker.cookie, status: 404 },
      { cookie: somaliStaff.cookie, status: 404 },
      { cookie: otherLiaison.cookie, status: 404 },
    ];
    for (const { cookie, status } of refusals) {
      const snapshot = await fingerprint();
      const attempts: Record<string, string | string[]>[] = [
        { event: "CANCEL", version: await versionOf(id) },
        {
          intent: "occurrence",
          occurrence: "2099-03-10T15:00:00.000Z",
          change: "cancel",
          version: await versionOf(id),
        },
        { intent: "invite", associationIds: [somali] },
        { intent: "attendance", occurrence: "2099-01-13T15:00:00.000Z", associationIds: [sisters] },
      ];
      for (const fields of attempts) {
        const outcome = await run(seriesPage.action, post(`/meetings/${id}`, fields, cookie), { seriesId: id });
        expect(outcome.status, JSON.stringify(fields)).toBe(status);
      }
      const edit = await run(
        editPage.action,
        post(`/meetings/${id}/edit`, { unitId: koto, title: "Kaapattu" }, cookie),
        { seriesId: id },
      );
      expect(edit.status).toBe(status);
      expect(await fingerprint()).toEqual(snapshot);
    }
    // Association staff may not start a series at all; a social worker not for another unit.
    const snapshot = await fingerprint();
    expect((await run(newSeries.loader, get("/meetings/new", cookies.staff))).status).toBe(403);
    const foreign = await run(
      newSeries.action,
      post(
        "/meetings/new",
        {
          unitId: family,
          kind: "joint_meeting",
          title: "Vieras",
          pattern: "quarterly",
          firstDate: "2099-02-05",
          startTime: "13:00",
          durationMinutes: "120",
          endKind: "never",
          place: "Vaasa",
          languages: "fi",
        },
        cookies.socialWorker,
      ),
    );
    expect(foreign.status).toBe(403);
    expect(await fingerprint()).toEqual(snapshot);
  });

  it("shows invitees the series they are invited to, with organisations but no addresses, and nothing else", async () => {
    const invited = await scheduledSeries("Kutsuttujen sarja");
    const { id: notInvited } = await createSeries(socialWorker, { ...INPUT, title: "Sisäinen sarja" });
    await changeSeriesState(socialWorker, notInvited, "SCHEDULE", Number(await versionOf(notInvited)));

    const agenda = await run(calendar.loader, get("/meetings?view=month&month=2099-01", cookies.staff));
    const titles = new Set(agenda.data.occurrences.map((o: { title: string }) => o.title));
    expect(titles.has("Kutsuttujen sarja")).toBe(true);
    expect(titles.has("Sisäinen sarja")).toBe(false);
    expect(
      (await run(seriesPage.loader, get(`/meetings/${notInvited}`, cookies.staff), { seriesId: notInvited })).status,
    ).toBe(404);

    const page = await run(seriesPage.loader, get(`/meetings/${invited}`, cookies.staff), { seriesId: invited });
    expect(page.status).toBe(200);
    expect(page.data.editable).toBe(false);
    expect(page.data.invited.associations.map((a: { name: string }) => a.name)).toEqual([
      "Monikulttuurinen naisyhdistys Sisarukset ry",
    ]);
    // Not the personal-invitation bookkeeping, not the figures, not people, not an address.
    expect(page.data.invited.associations[0].answered).toBeNull();
    expect(page.data.figures).toBeNull();
    expect(JSON.stringify(page.data)).not.toMatch(/@/);
    // A draft is the organisers' only.
    const { id: draft } = await createSeries(socialWorker, { ...INPUT, title: "Luonnos" });
    await invite(socialWorker, draft, { unitIds: [], associationIds: [sisters], userIds: [], personal: false });
    expect((await run(seriesPage.loader, get(`/meetings/${draft}`, cookies.staff), { seriesId: draft })).status).toBe(
      404,
    );
    // The month filter by kind and language.
    const other = await run(
      calendar.loader,
      get("/meetings?view=month&month=2099-01&kind=annual_session", cookies.staff),
    );
    expect(other.data.occurrences).toEqual([]);
    const english = await run(calendar.loader, get("/meetings?view=month&month=2099-01&language=en", cookies.staff));
    expect(english.data.occurrences.length).toBeGreaterThan(0);
  });
});

describe("answering by a signed link, without signing in", () => {
  it("saves the answer, and refuses a tampered, expired or after-the-end link with a clear page, changing nothing", async () => {
    const id = await scheduledSeries("Linkkisarja");
    const token = rsvpToken(id, staffUser.id);
    const page = await run(rsvp.loader, get(`/meetings/rsvp?token=${token}`));
    expect(page.status).toBe(200);
    expect(page.data.link.title).toBe("Linkkisarja");

    const saved = await run(rsvp.action, post(`/meetings/rsvp?token=${token}`, { answer: "yes" }));
    expect(saved.status).toBe(302);
    const changedMind = await run(
      rsvp.action,
      post(`/meetings/rsvp?token=${token}`, { answer: "no", occurrence: "2099-02-10T15:00:00.000Z" }),
    );
    expect(changedMind.status).toBe(302);
    expect(
      await db().meetingRsvp.findMany({
        where: { seriesId: id, userId: staffUser.id },
        orderBy: { occurrenceStart: "asc" },
        select: { answer: true, occurrenceStart: true },
      }),
    ).toEqual([
      { answer: "no", occurrenceStart: new Date("2099-02-10T15:00:00.000Z") },
      { answer: "yes", occurrenceStart: null },
    ]);

    const [body, signature] = token.split(".");
    const payload = JSON.parse(Buffer.from(body, "base64url").toString());
    const otherSeries = Buffer.from(JSON.stringify({ ...payload, u: socialWorker.id })).toString("base64url");
    const flipped = signature.slice(0, -2) + (signature.at(-2) === "A" ? "B" : "A") + signature.at(-1);
    const expired = rsvpToken(id, staffUser.id, new Date(Date.now() - 200 * 86_400_000));
    const cases: [string, string, number, string][] = [
      ["a changed signature", `${body}.${flipped}`, 404, "invalid"],
      ["a payload for someone else with the old signature", `${otherSeries}.${signature}`, 404, "invalid"],
      ["garbage", "not-a-token", 404, "invalid"],
      ["nothing", "", 404, "invalid"],
      ["an expired link", expired, 410, "expired"],
    ];
    for (const [what, bad, status, problem] of cases) {
      const snapshot = await fingerprint();
      const shown = await run(rsvp.loader, get(`/meetings/rsvp?token=${encodeURIComponent(bad)}`));
      expect(shown.status, what).toBe(status);
      expect(shown.data.problem, what).toBe(problem);
      const answered = await run(
        rsvp.action,
        post(`/meetings/rsvp?token=${encodeURIComponent(bad)}`, { answer: "maybe" }),
      );
      expect(answered.status, what).toBe(status);
      expect(answered.data.problem, what).toBe(problem);
      expect(await fingerprint(), what).toEqual(snapshot);
    }

    // An occurrence the series does not have, or one already past, changes nothing either.
    const snapshot = await fingerprint();
    const wrong = await run(
      rsvp.action,
      post(`/meetings/rsvp?token=${token}`, { answer: "yes", occurrence: "2099-02-11T15:00:00.000Z" }),
    );
    expect(wrong.status).toBe(400);
    expect(await fingerprint()).toEqual(snapshot);

    // The series ends: the same, once good link now says so and changes nothing.
    await changeSeriesState(socialWorker, id, "END", Number(await versionOf(id)));
    const ended = await fingerprint();
    const after = await run(rsvp.loader, get(`/meetings/rsvp?token=${token}`));
    expect(after.status).toBe(409);
    expect(after.data.problem).toBe("closed");
    const reused = await run(rsvp.action, post(`/meetings/rsvp?token=${token}`, { answer: "maybe" }));
    expect(reused.status).toBe(409);
    expect(reused.data.problem).toBe("closed");
    expect(await fingerprint()).toEqual(ended);
  });
});

describe("the private calendar feed", () => {
  const tokenOf = (url: string) => /\/meetings\/feed\/([^/]+)\.ics$/.exec(url)![1];
  const feedOf = (token: string) => run(feed.loader, get(`/meetings/feed/${token}.ics`), { token: `${token}.ics` });

  it("shows only its owner's meetings, and stops working when its owner resets it", async () => {
    const mine = await scheduledSeries("Henkilökunnan sarja");
    const { id: notMine } = await createSeries(socialWorker, { ...INPUT, title: "Ei kutsua" });
    await changeSeriesState(socialWorker, notMine, "SCHEDULE", Number(await versionOf(notMine)));

    const made = await run(feedPage.action, post("/meetings/feed", {}, cookies.staff));
    const first = tokenOf(made.data.url);
    const served = await feedOf(first);
    expect(served.status).toBe(200);
    expect(served.headers?.get("Content-Type")).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(served.data)).filter((c): c is VEvent => c?.type === "VEVENT");
    const uids = new Set(events.map((e) => e.uid));
    expect([...uids].some((u) => u.startsWith(`meeting-series-${mine}@`))).toBe(true);
    expect([...uids].some((u) => u.startsWith(`meeting-series-${notMine}@`))).toBe(false);
    // Every series in it is one the owner sees signed in.
    const visible = await db().meetingSeries.findMany({
      where: {
        invitations: { some: { associationId: { in: staffUser.associationIds } } },
        status: { in: ["scheduled", "ended"] },
      },
      select: { id: true },
    });
    expect([...uids].map((u) => /^meeting-series-([0-9a-f-]+)@/.exec(u)![1]).sort()).toEqual(
      visible.map((s) => s.id).sort(),
    );
    expect(served.data).not.toMatch(/demo\.co-act\.fi/);

    // The organiser's own feed has the other series too.
    const organiserFeed = tokenOf(
      (await run(feedPage.action, post("/meetings/feed", {}, cookies.socialWorker))).data.url,
    );
    expect((await feedOf(organiserFeed)).data).toContain(`meeting-series-${notMine}@`);

    // Reset: the old URL is a plain 404, the new one works.
    const reset = tokenOf((await run(feedPage.action, post("/meetings/feed", {}, cookies.staff))).data.url);
    expect(reset).not.toBe(first);
    expect((await feedOf(first)).status).toBe(404);
    expect((await feedOf(reset)).status).toBe(200);
    expect((await feedOf("made-up-token-made-up-token")).status).toBe(404);
  });
});
