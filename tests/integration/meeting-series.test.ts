// A meeting series through its pages: the form refuses bad input with the message for the field and writes nothing;
// associations sign up for a free presentation slot themselves (a taken slot, a cancelled or past meeting, another
// association, a kind without presenters are refused); attendance is recorded per organisation for a meeting that was
// held and counts in the figures; "from this meeting on" ends the series and continues it as a successor.
import { describe, expect, it } from "vitest";
import { changeOccurrence, changeSeriesState, createSeries, invite, type SeriesInput } from "~/models/meeting.server";
import * as editPage from "~/routes/meetings+/$seriesId.edit";
import * as seriesPage from "~/routes/meetings+/$seriesId._index";
import * as newSeries from "~/routes/meetings+/new";
import { sessionUserById } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { fingerprint } from "../support/fingerprint";
import { cookieForRole, demoEmail, get, post, run } from "../support/requests";

const liaisonCookie = await cookieForRole("liaison");
const staffCookie = await cookieForRole("association_staff");
const liaison = (await sessionUserById(
  (await db().user.findUniqueOrThrow({ where: { email: demoEmail("liaison") } })).id,
))!;
const organiser = await db().unit.findFirstOrThrow({ where: { name: "Järjestöyhteistyö" } });
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const sisters = await db().association.findFirstOrThrow({ where: { name: { startsWith: "Monikulttuurinen" } } });
const cafe = await db().association.findFirstOrThrow({ where: { name: "Kylätalon kahvila" } });
const somali = await db().association.findFirstOrThrow({ where: { name: { startsWith: "Somaliliitto" } } });

const FORM = {
  unitId: organiser.id,
  kind: "introduction",
  title: "Introduction meetings",
  pattern: "monthly_weekday",
  firstDate: "2099-01-13",
  startTime: "17:00",
  durationMinutes: "30",
  endKind: "count",
  count: "6",
  place: "Vaasa",
  languages: "en",
};

const INPUT: SeriesInput = {
  unitId: organiser.id,
  kind: "introduction",
  title: "Esittäytymiset",
  description: "",
  rrule: "FREQ=MONTHLY;BYDAY=2TU;COUNT=6",
  firstDate: new Date("2099-01-13T00:00:00Z"),
  startTime: "17:00",
  durationMinutes: 30,
  place: "Vaasa",
  onlineUrl: null,
  languages: ["en"],
  hostAssociationId: null,
  capacity: null,
};
const versionOf = async (id: string) => (await db().meetingSeries.findUniqueOrThrow({ where: { id } })).version;

async function scheduled(input: Partial<SeriesInput> = {}) {
  const { id } = await createSeries(liaison, { ...INPUT, ...input });
  await invite(liaison, id, { unitIds: [koto.id], associationIds: [sisters.id, cafe.id], userIds: [], personal: true });
  await changeSeriesState(liaison, id, "SCHEDULE", await versionOf(id));
  return id;
}

describe("the series form", () => {
  it("creates a draft with the rule derived from the first date", async () => {
    const created = await run(newSeries.action, post("/meetings/new", FORM, liaisonCookie));
    expect(created.status).toBe(302);
    const id = created.location!.split("/").pop()!;
    const row = await db().meetingSeries.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "draft", rrule: "FREQ=MONTHLY;BYDAY=2TU;COUNT=6", startTime: "17:00" });
  });

  it.each([
    ["no title", { title: "" }, "title", "errors.required"],
    ["an impossible date", { firstDate: "2099-02-30" }, "firstDate", "errors.date"],
    ["a time that is not HH:MM", { startTime: "5 pm" }, "startTime", "meeting.errors.time"],
    ["neither place nor link", { place: "" }, "place", "meeting.errors.placeOrLink"],
    ["a link that is not https", { onlineUrl: "javascript:alert(1)" }, "onlineUrl", "errors.url"],
    ["no language", { languages: [] as string[] }, "languages", "meeting.errors.language"],
    ["a count of zero", { count: "0" }, "count", "meeting.errors.number"],
    ["an unknown pattern", { pattern: "daily" }, "pattern", "errors.invalidChoice"],
    ["an unknown kind", { kind: "party" }, "kind", "errors.invalidChoice"],
    ["an end date that is not a date", { endKind: "until", until: "soon" }, "until", "errors.date"],
  ])("refuses %s with the field's message, writing nothing", async (_, change, field, key) => {
    const before = await fingerprint();
    const outcome = await run(newSeries.action, post("/meetings/new", { ...FORM, ...change }, liaisonCookie));
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors[field]).toEqual(expect.objectContaining({ key }));
    expect(await fingerprint()).toEqual(before);
  });
});

describe("presenters", () => {
  it("are associations signing up for a free slot of an introduction series themselves", async () => {
    const id = await scheduled();
    const sign = (fields: Record<string, string>) =>
      run(seriesPage.action, post(`/meetings/${id}`, { intent: "present", ...fields }, staffCookie), { seriesId: id });
    const march = "2099-03-10T15:00:00.000Z";
    expect((await sign({ occurrence: march, associationId: sisters.id })).status).toBe(302);
    expect(
      await db().meetingPresenter.findMany({
        where: { seriesId: id },
        select: { associationId: true, occurrenceStart: true },
      }),
    ).toEqual([{ associationId: sisters.id, occurrenceStart: new Date(march) }]);

    await changeOccurrence(
      liaison,
      id,
      { occurrence: new Date("2099-04-14T14:00:00.000Z"), movedStart: null },
      await versionOf(id),
    );
    const before = await fingerprint();
    const refusals: [string, Record<string, string>, number, string?][] = [
      ["a taken slot", { occurrence: march, associationId: cafe.id }, 400, "meeting.errors.slotTaken"],
      [
        "a cancelled meeting",
        { occurrence: "2099-04-14T14:00:00.000Z", associationId: cafe.id },
        400,
        "meeting.errors.noSuchOccurrence",
      ],
      [
        "a time the series has no meeting at",
        { occurrence: "2099-03-11T15:00:00.000Z", associationId: cafe.id },
        400,
        "meeting.errors.noSuchOccurrence",
      ],
      [
        "an association the user is not staff of",
        { occurrence: "2099-05-12T14:00:00.000Z", associationId: somali.id },
        403,
      ],
    ];
    for (const [what, fields, status, key] of refusals) {
      const outcome = await sign(fields);
      expect(outcome.status, what).toBe(status);
      if (key) expect(outcome.data.errors.occurrence.key, what).toBe(key);
    }
    expect(await fingerprint()).toEqual(before);

    // A joint meeting has no presenters.
    const joint = await scheduled({ kind: "joint_meeting", title: "Yhteistapaaminen" });
    const refused = await run(
      seriesPage.action,
      post(`/meetings/${joint}`, { intent: "present", occurrence: march, associationId: sisters.id }, staffCookie),
      { seriesId: joint },
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors.form.key).toBe("meeting.errors.noPresenters");
  });
});

describe("attendance", () => {
  it("is recorded per organisation for a meeting that was held, and counted in the figures", async () => {
    // Held: the first meetings were in 2020.
    const id = await scheduled({ firstDate: new Date("2020-01-14T00:00:00Z"), rrule: "FREQ=MONTHLY;BYDAY=2TU" });
    const record = (fields: Record<string, string | string[]>) =>
      run(seriesPage.action, post(`/meetings/${id}`, { intent: "attendance", ...fields }, liaisonCookie), {
        seriesId: id,
      });
    const before = await fingerprint();
    const future = await record({ occurrence: "2099-01-13T15:00:00.000Z", associationIds: [sisters.id] });
    expect(future.status).toBe(400);
    expect(future.data.errors.occurrence.key).toBe("meeting.errors.notYetHeld");
    expect(await fingerprint()).toEqual(before);

    expect(
      (await record({ occurrence: "2020-01-14T15:00:00.000Z", associationIds: [sisters.id], unitIds: [koto.id] }))
        .status,
    ).toBe(302);
    expect(
      (await record({ occurrence: "2020-02-11T15:00:00.000Z", associationIds: [sisters.id, cafe.id] })).status,
    ).toBe(302);
    // Recorded again: replaced, not added.
    expect(
      (await record({ occurrence: "2020-02-11T15:00:00.000Z", associationIds: [sisters.id, cafe.id] })).status,
    ).toBe(302);
    expect(await db().meetingAttendance.count({ where: { seriesId: id } })).toBe(4);

    const page = await run(seriesPage.loader, get(`/meetings/${id}`, liaisonCookie), { seriesId: id });
    expect(page.data.figures).toEqual({ invited: expect.any(Number), answered: 0, came: 3, reachedFirstTime: 2 });
    // The personal invitation list says who has not answered.
    expect(
      page.data.invited.associations.map((a: { name: string; answered: boolean }) => [a.name, a.answered]),
    ).toEqual([
      [sisters.name, false],
      [cafe.name, false],
    ]);
  });
});

describe("changing from a meeting on", () => {
  it("ends the series before that meeting and continues it as a successor with the new values", async () => {
    const id = await scheduled({ title: "Jaettava sarja" });
    const outcome = await run(
      editPage.action,
      post(
        `/meetings/${id}/edit`,
        {
          ...FORM,
          title: "Jaettava sarja",
          startTime: "18:00",
          from: "2099-03-10T15:00:00.000Z",
          version: String(await versionOf(id)),
        },
        liaisonCookie,
      ),
      { seriesId: id },
    );
    expect(outcome.status).toBe(302);
    const successorId = outcome.location!.split("/").pop()!;
    expect(successorId).not.toBe(id);
    const [old, successor] = await Promise.all([
      db().meetingSeries.findUniqueOrThrow({ where: { id } }),
      db().meetingSeries.findUniqueOrThrow({ where: { id: successorId } }),
    ]);
    expect(old).toMatchObject({ status: "ended", rrule: "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20990309T235959" });
    expect(successor).toMatchObject({
      status: "scheduled",
      predecessorId: id,
      startTime: "18:00",
      rrule: "FREQ=MONTHLY;BYDAY=2TU;COUNT=4",
      firstDate: new Date("2099-03-10T00:00:00Z"),
    });
    expect(await db().meetingInvitation.count({ where: { seriesId: successorId } })).toBe(3);
    // Nothing to split at the first meeting: refused, nothing changed.
    const before = await fingerprint();
    const first = await run(
      editPage.action,
      post(
        `/meetings/${successorId}/edit`,
        { ...FORM, from: "2099-03-10T16:00:00.000Z", version: String(await versionOf(successorId)) },
        liaisonCookie,
      ),
      { seriesId: successorId },
    );
    expect(first.status).toBe(400);
    expect(await fingerprint()).toEqual(before);
  });
});
