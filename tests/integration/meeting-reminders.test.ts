// The day-before reminder: the hourly job mails, for each meeting starting within a day, the invitees who said yes or
// have not answered (not those who said no, for the series or for that meeting), once, with a fresh answer link and
// the time in Finnish time; a second run sends nothing more.
import { describe, expect, it } from "vitest";
import { changeSeriesState, createSeries, invite } from "~/models/meeting.server";
import { endFinishedSeries, sendMeetingReminders } from "~/models/meeting-reminders.server";
import { saveAnswer } from "~/models/meeting-rsvp.server";
import { sessionUserById } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { demoEmail } from "../support/requests";

const idOf = async (email: string) => (await db().user.findUniqueOrThrow({ where: { email } })).id;
const liaison = (await sessionUserById(await idOf(demoEmail("liaison"))))!;
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const organiser = await db().unit.findFirstOrThrow({ where: { name: "Järjestöyhteistyö" } });
const sisters = await db().association.findFirstOrThrow({ where: { name: { startsWith: "Monikulttuurinen" } } });

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
});
