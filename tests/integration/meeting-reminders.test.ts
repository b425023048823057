// The day-before reminder: the hourly job mails, for each meeting starting within a day, the invitees who said yes or
// have not answered (not those who said no, for the series or for that meeting), once, with a fresh answer link and
// the time in Finnish time; a second run sends nothing more. A meeting with hundreds of invitees is reminded once, with
// one mail (and one delivery job) each, even when two instances run the job at once, and a run that fails in the
// middle is retried without anyone getting a second mail. The running series are read a page at a time, and a meeting
// is found on any page.
import { describe, expect, it } from "vitest";
import { changeSeriesState, createSeries, invite } from "~/models/meeting.server";
import { endFinishedSeries, sendMeetingReminders } from "~/models/meeting-reminders.server";
import { saveAnswer } from "~/models/meeting-rsvp.server";
import { sessionUserById } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { demoEmail } from "../support/requests";

const idOf = async (email: string) => (await db().user.findUniqueOrThrow({ where: { email } })).id;
const liaison = (await sessionUserById(await idOf(demoEmail("liaison"))))!;
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const organiser = await db().unit.findFirstOrThrow({ where: { name: "Järjestöyhteistyö" } });
const sisters = await db().association.findFirstOrThrow({ where: { name: { startsWith: "Monikulttuurinen" } } });

/** A unit of the organiser's county with `size` staff, their languages mixed, and their addresses. */
async function unitWithStaff(prefix: string, size: number) {
  const unit = await db().unit.create({ data: { countyId: organiser.countyId, name: `Yksikkö ${prefix}` } });
  const emails = Array.from({ length: size }, (_, i) => `${prefix}-${i}@example.test`);
  await db().user.createMany({
    data: emails.map((email, i) => ({
      email,
      name: `${prefix} ${i}`,
      role: "social_worker" as const,
      locale: ["fi", "sv", "en"][i % 3]!,
      ...initialRow("account"),
    })),
  });
  const users = await db().user.findMany({ where: { email: { in: emails } }, select: { id: true } });
  await db().unitMembership.createMany({ data: users.map((u) => ({ userId: u.id, unitId: unit.id })) });
  return { unit, emails };
}

/** A scheduled monthly series of the organiser's, from `firstDate` at `startTime` (Helsinki), inviting a unit. */
async function scheduledSeries(title: string, firstDate: string, startTime: string, unitId: string) {
  const { id } = await createSeries(liaison, {
    unitId: organiser.id,
    kind: "introduction",
    title,
    description: "",
    rrule: "FREQ=MONTHLY",
    firstDate: new Date(`${firstDate}T00:00:00Z`),
    startTime,
    durationMinutes: 60,
    place: "Vaasa",
    onlineUrl: null,
    languages: ["fi"],
    hostAssociationId: null,
    capacity: null,
  });
  await invite(liaison, id, { unitIds: [unitId], associationIds: [], userIds: [], personal: false });
  const { version } = await db().meetingSeries.findUniqueOrThrow({ where: { id } });
  await changeSeriesState(liaison, id, "SCHEDULE", version);
  return id;
}

/** How many reminder mails each address got, and how many delivery jobs those mails have. */
async function remindersTo(emails: string[]) {
  const mails = await db().outboxEmail.findMany({
    where: { to: { in: emails }, template: "meeting" },
    select: { id: true, to: true, text: true },
  });
  const perAddress = new Map<string, number>();
  for (const m of mails) perAddress.set(m.to, (perAddress.get(m.to) ?? 0) + 1);
  const [{ jobs }] = await db().$queryRaw<{ jobs: number }[]>`
    SELECT count(*)::int AS jobs FROM graphile_worker._private_jobs
    WHERE payload->>'id' = ANY(${mails.map((m) => m.id)}::text[])`;
  return { mails, perAddress, jobs };
}

describe("the day-before reminder", () => {
  it("goes to those who said yes or have not answered, once per meeting", async () => {
    const { id } = await createSeries(liaison, {
      unitId: organiser.id,
      kind: "joint_meeting",
      title: "Yhteistapaaminen",
      description: "",
      rrule: "FREQ=MONTHLY;INTERVAL=3;BYDAY=1TH",
      firstDate: new Date("2099-02-05T00:00:00Z"),
      startTime: "13:00",
      durationMinutes: 120,
      place: "Vaasa",
      onlineUrl: null,
      languages: ["fi"],
      hostAssociationId: null,
      capacity: null,
    });
    await invite(liaison, id, {
      unitIds: [koto.id],
      associationIds: [sisters.id],
      userIds: [liaison.id],
      personal: false,
    });
    const { version } = await db().meetingSeries.findUniqueOrThrow({ where: { id } });
    await changeSeriesState(liaison, id, "SCHEDULE", version);
    // Staff: yes to the series. Social worker: yes to the series but no to 5 Feb. The liaison (named): no answer.
    const first = new Date("2099-02-05T11:00:00Z"); // 13:00 in Helsinki
    expect(await saveAnswer(id, await idOf(demoEmail("association_staff")), { answer: "yes", occurrence: null })).toBe(
      "saved",
    );
    const worker = await idOf(demoEmail("social_worker"));
    expect(await saveAnswer(id, worker, { answer: "yes", occurrence: null })).toBe("saved");
    expect(await saveAnswer(id, worker, { answer: "no", occurrence: first })).toBe("saved");

    // Two days ahead: nothing yet.
    expect(await sendMeetingReminders(new Date(first.getTime() - 48 * 3600_000))).toBe(0);
    // Twenty hours ahead: the reminder.
    const now = new Date(first.getTime() - 20 * 3600_000);
    expect(await sendMeetingReminders(now)).toBe(2);
    const reminders = await db().outboxEmail.findMany({
      where: {
        template: "meeting",
        OR: [{ subject: { startsWith: "Muistutus" } }, { subject: { startsWith: "Reminder" } }],
      },
      select: { to: true, subject: true, text: true },
    });
    expect(reminders.map((m) => m.to).sort()).toEqual([demoEmail("liaison"), demoEmail("association_staff")].sort());
    const english = reminders.find((m) => m.to === demoEmail("association_staff"))!;
    expect(english.subject).toBe("Reminder for tomorrow: Yhteistapaaminen");
    expect(english.text).toContain("Thu 5 Feb 2099, 13:00–15:00 (Finnish time)");
    expect(english.text).toContain("/meetings/rsvp?token=");
    // Once only.
    expect(await sendMeetingReminders(new Date(now.getTime() + 3600_000))).toBe(0);
    expect(await db().meetingReminder.count({ where: { seriesId: id } })).toBe(1);
  });

  it("ends a series once its last meeting is over, as the system, and leaves open-ended ones running", async () => {
    const base = {
      unitId: organiser.id,
      kind: "introduction" as const,
      description: "",
      firstDate: new Date("2099-01-13T00:00:00Z"),
      startTime: "17:00",
      durationMinutes: 30,
      place: "Vaasa",
      onlineUrl: null,
      languages: ["en"],
      hostAssociationId: null,
      capacity: null,
    };
    const finite = await createSeries(liaison, {
      ...base,
      title: "Kolme kertaa",
      rrule: "FREQ=MONTHLY;BYDAY=2TU;COUNT=3",
    });
    const open = await createSeries(liaison, { ...base, title: "Toistaiseksi", rrule: "FREQ=MONTHLY;BYDAY=2TU" });
    for (const { id } of [finite, open])
      await changeSeriesState(
        liaison,
        id,
        "SCHEDULE",
        (await db().meetingSeries.findUniqueOrThrow({ where: { id } })).version,
      );
    // The third meeting: Tuesday 10 March 2099, 17:00–17:30 Helsinki time (15:00–15:30 UTC).
    const status = async (id: string) => (await db().meetingSeries.findUniqueOrThrow({ where: { id } })).status;
    await endFinishedSeries(new Date("2099-03-10T15:29:00Z"));
    expect(await status(finite.id)).toBe("scheduled");
    await endFinishedSeries(new Date("2099-03-10T15:30:00Z"));
    expect(await status(finite.id)).toBe("ended");
    expect(await status(open.id)).toBe("scheduled");
    const event = await db().workflowEvent.findFirstOrThrow({ where: { recordId: finite.id, event: "END" } });
    expect(event).toMatchObject({ fromState: "scheduled", toState: "ended", actorId: null });
  });

  it("reminds a meeting with hundreds of invitees once, a mail and a job each, when two instances run at once", async () => {
    const { unit, emails } = await unitWithStaff("iso", 300);
    const id = await scheduledSeries("Iso infotilaisuus", "2098-03-10", "10:00", unit.id);
    const now = new Date("2098-03-09T12:00:00Z"); // the meeting: 10 March 2098, 10:00 Helsinki (08:00 UTC)
    // The invitation went out when the series was scheduled; only the reminders are counted from here.
    await db().outboxEmail.deleteMany({ where: { to: { in: emails } } });

    const [first, second] = await Promise.all([sendMeetingReminders(now), sendMeetingReminders(now)]);
    expect(first + second).toBe(300);
    expect(Math.min(first, second)).toBe(0);
    const { mails, perAddress, jobs } = await remindersTo(emails);
    expect(mails).toHaveLength(300);
    expect(perAddress.size).toBe(300);
    expect([...perAddress.values()].every((n) => n === 1)).toBe(true);
    expect(jobs).toBe(300);
    // Each with the reader's own answer link.
    const links = mails.map((m) => /\/meetings\/rsvp\?token=(\S+)/.exec(m.text)?.[1]);
    expect(new Set(links).size).toBe(300);
    expect(await db().meetingReminder.count({ where: { seriesId: id } })).toBe(1);
    // The next hour: nothing more.
    expect(await sendMeetingReminders(new Date(now.getTime() + 3600_000))).toBe(0);
    expect((await remindersTo(emails)).mails).toHaveLength(300);
  });

  it("retries a run that failed in the middle without reminding anyone twice", async () => {
    const early = await unitWithStaff("aamu", 40);
    const late = await unitWithStaff("ilta", 40);
    const earlyId = await scheduledSeries("Aamun tilaisuus", "2098-05-12", "09:00", early.unit.id);
    const lateId = await scheduledSeries("Illan tilaisuus", "2098-05-12", "17:00", late.unit.id);
    const everyone = [...early.emails, ...late.emails];
    await db().outboxEmail.deleteMany({ where: { to: { in: everyone } } });
    const now = new Date("2098-05-11T15:00:00Z"); // both meetings (06:00 and 14:00 UTC) within the day

    // The mail to one of the later meeting's invitees cannot be written: the run fails after the earlier meeting.
    await db().$executeRawUnsafe(`CREATE FUNCTION refuse_one_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."to" = '${late.emails[20]}' THEN RAISE EXCEPTION 'the outbox refused a mail'; END IF; RETURN NEW; END $$`);
    await db().$executeRawUnsafe(
      `CREATE TRIGGER refuse_one_mail BEFORE INSERT ON outbox_email FOR EACH ROW EXECUTE FUNCTION refuse_one_mail()`,
    );
    await expect(sendMeetingReminders(now)).rejects.toThrow(/the outbox refused a mail/);
    expect((await remindersTo(early.emails)).mails).toHaveLength(40);
    // None of the later meeting's mails, and not its reminder row: they went together.
    expect((await remindersTo(late.emails)).mails).toHaveLength(0);
    expect(await db().meetingReminder.count({ where: { seriesId: lateId } })).toBe(0);

    await db().$executeRawUnsafe(`DROP TRIGGER refuse_one_mail ON outbox_email`);
    await db().$executeRawUnsafe(`DROP FUNCTION refuse_one_mail()`);
    // The job queue's retry: the later meeting only.
    expect(await sendMeetingReminders(new Date(now.getTime() + 60_000))).toBe(40);
    const { mails, perAddress, jobs } = await remindersTo(everyone);
    expect(mails).toHaveLength(80);
    expect(perAddress.size).toBe(80);
    expect(jobs).toBe(80);
    for (const id of [earlyId, lateId]) expect(await db().meetingReminder.count({ where: { seriesId: id } })).toBe(1);
  });

  it("finds a meeting due however many series run before it (the series are read a page at a time)", async () => {
    const { unit, emails } = await unitWithStaff("sivu", 3);
    const id = await scheduledSeries("Sivujen takana", "2099-06-04", "17:00", unit.id);
    await db().outboxEmail.deleteMany({ where: { to: { in: emails } } }); // the invitations
    // 450 running copies of it whose ids sort before every other series, none meeting that day: more than two pages.
    const fillers = await db().$executeRaw`
      INSERT INTO meeting_series SELECT (jsonb_populate_record(s, jsonb_build_object(
        'id', '00000000-0000-4000-8000-' || lpad(i::text, 12, '0'), 'first_date', '2099-01-20'))).*
      FROM meeting_series s, generate_series(1, 450) i WHERE s.id = ${id}::uuid`;
    expect(fillers).toBe(450);
    try {
      await sendMeetingReminders(new Date("2099-06-03T15:00:00Z")); // the meeting: 14:00 UTC the next day
      const { perAddress } = await remindersTo(emails);
      expect(emails.map((e) => perAddress.get(e))).toEqual([1, 1, 1]);
    } finally {
      await db().$executeRaw`DELETE FROM meeting_series WHERE id::text LIKE '00000000-0000-4000-8000-%'`;
    }
  });
});
