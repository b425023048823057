// A meeting series reaches the invitees' calendars and is kept current there: the mails, delivered by the worker to a
// real SMTP server on loopback, carry iCalendar files that an independent parser (node-ical) reads back. The invitation
// is METHOD:REQUEST with the series' RRULE in Europe/Helsinki (VTIMEZONE included); moving one occurrence sends the
// series again with the moved instance under its RECURRENCE-ID; cancelling one is a METHOD:CANCEL of that instance; a
// later update lists it as EXDATE; cancelling the series is a METHOD:CANCEL of the whole. One UID throughout, and a
// SEQUENCE that rises with every change. Invitees never see each other's addresses.
import type { ParsedMail } from "mailparser";
import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import {
  changeOccurrence,
  changeSeriesState,
  createSeries,
  invite,
  updateSeries,
  type SeriesInput,
} from "~/models/meeting.server";
import { sessionUserById } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { deliverMailToLoopback } from "../support/mail-delivery";
import { demoEmail } from "../support/requests";

const inbox = await deliverMailToLoopback();

const liaisonRow = await db().user.findUniqueOrThrow({ where: { email: demoEmail("liaison") } });
const liaison = (await sessionUserById(liaisonRow.id))!;
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const organiserUnit = await db().unit.findFirstOrThrow({ where: { name: "Järjestöyhteistyö" } });
const sisters = await db().association.findFirstOrThrow({ where: { name: { startsWith: "Monikulttuurinen" } } });
const staffEmail = demoEmail("association_staff");
const workerEmail = demoEmail("social_worker");

const INPUT: SeriesInput = {
  unitId: organiserUnit.id,
  kind: "introduction",
  title: "Introduction meetings in English",
  description: "",
  rrule: "FREQ=MONTHLY;BYDAY=2TU",
  firstDate: new Date("2028-01-11T00:00:00Z"),
  startTime: "17:00",
  durationMinutes: 30,
  place: null,
  onlineUrl: "https://meet.example.org/coact",
  languages: ["en"],
  hostAssociationId: null,
  capacity: null,
};

type Calendar = { mail: ParsedMail; text: string; method?: string; events: VEvent[] };

/** Waits for `count` mails and returns the calendar files sent to `to`, parsed with node-ical, in the order sent. */
async function calendarsTo(to: string, count: number): Promise<Calendar[]> {
  const mails = await inbox.waitFor(count);
  return mails
    .filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address === to)))
    .flatMap((m) => m.attachments.filter((a) => a.contentType.startsWith("text/calendar")).map((a) => ({ m, a })))
    .map(({ m, a }) => {
      const text = a.content.toString("utf8");
      const parsed = ical.sync.parseICS(text);
      const events = Object.values(parsed).filter((c): c is VEvent => c?.type === "VEVENT");
      return { mail: m, text, events, method: /^METHOD:(\w+)\r?$/m.exec(text)?.[1] };
    });
}

const latest = async (to: string) => (await calendarsTo(to, await db().outboxEmail.count())).at(-1)!;
const version = async (id: string) => (await db().meetingSeries.findUniqueOrThrow({ where: { id } })).version;

describe("a meeting series in the invitees' calendars", () => {
  it("is invited, updated per occurrence and cancelled under one UID with a rising SEQUENCE", async () => {
    const { id } = await createSeries(liaison, INPUT);
    await invite(liaison, id, { unitIds: [koto.id], associationIds: [sisters.id], userIds: [], personal: true });
    // Nothing goes out for a draft.
    expect(await db().outboxEmail.count()).toBe(0);
    await changeSeriesState(liaison, id, "SCHEDULE", await version(id));

    const first = await latest(staffEmail);
    const forWorker = await latest(workerEmail);
    for (const calendar of [first, forWorker]) {
      expect(calendar.method).toBe("REQUEST");
      expect(calendar.events).toHaveLength(1);
      const [event] = calendar.events;
      expect(event.uid).toMatch(new RegExp(`^meeting-series-${id}@`));
      expect(event.start.toISOString()).toBe("2028-01-11T15:00:00.000Z");
      expect(event.start.tz).toBe("Europe/Helsinki");
      expect(event.end?.toISOString()).toBe("2028-01-11T15:30:00.000Z");
      expect(calendar.text).toMatch(/^DTSTART;TZID=Europe\/Helsinki:20280111T170000\r?$/m);
      expect(calendar.text).toMatch(/^RRULE:FREQ=MONTHLY;BYDAY=2TU\r?$/m);
      expect(calendar.text).toMatch(/^BEGIN:VTIMEZONE\r?\nTZID:Europe\/Helsinki\r?$/m);
      // node-ical expands the rule itself: the second Tuesday of July (summer time) is still 17:00 in Helsinki.
      const july = event.rrule!.between(new Date("2028-07-01T00:00:00Z"), new Date("2028-07-31T00:00:00Z"));
      expect(july.map((d) => d.getUTCDate())).toEqual([11]);
    }
    expect(forWorker.events[0].uid).toBe(first.events[0].uid);
    // The staff member reads English: the time with its weekday and zone.
    expect(first.mail.subject).toBe("Invitation: Introduction meetings in English");
    expect(first.mail.text).toContain("(Finnish time)");

    // March's meeting moves to Wednesday 15 March 18:00: the series again, with the moved instance.
    await changeOccurrence(
      liaison,
      id,
      { occurrence: new Date("2028-03-14T15:00:00Z"), movedStart: new Date("2028-03-15T16:00:00Z") },
      await version(id),
    );
    const moved = await latest(staffEmail);
    expect(moved.method).toBe("REQUEST");
    expect(moved.text).toMatch(/^RECURRENCE-ID;TZID=Europe\/Helsinki:20280314T170000\r?$/m);
    const master = moved.events.find((e) => e.rrule)!;
    expect(master.uid).toBe(first.events[0].uid);
    expect(Number(master.sequence)).toBeGreaterThan(Number(first.events[0].sequence));
    const instance = Object.values(master.recurrences ?? {})[0] as VEvent;
    expect(instance.start.toISOString()).toBe("2028-03-15T16:00:00.000Z");
    expect(instance.uid).toBe(master.uid);

    // April's meeting is cancelled: a CANCEL of that instance only.
    await changeOccurrence(
      liaison,
      id,
      { occurrence: new Date("2028-04-11T14:00:00Z"), movedStart: null },
      await version(id),
    );
    const cancelledOne = await latest(staffEmail);
    expect(cancelledOne.method).toBe("CANCEL");
    expect(cancelledOne.text).toMatch(/^RECURRENCE-ID;TZID=Europe\/Helsinki:20280411T170000\r?$/m);
    expect(cancelledOne.events).toHaveLength(1);
    const cancelledEvent = cancelledOne.events[0];
    expect(cancelledEvent.rrule).toBeUndefined();
    expect(cancelledEvent.uid).toBe(first.events[0].uid);
    expect(Number(cancelledEvent.sequence)).toBeGreaterThan(Number(master.sequence));
    expect(cancelledOne.mail.subject).toContain("Tue 11 Apr 2028, 17:00");

    // The place changes: the whole series again, April's meeting excluded, March's still moved.
    await updateSeries(liaison, id, { ...INPUT, place: "Kirjasto, Vaasa" }, await version(id));
    const updated = await latest(staffEmail);
    expect(updated.method).toBe("REQUEST");
    expect(updated.text).toMatch(/^EXDATE;TZID=Europe\/Helsinki:20280411T170000\r?$/m);
    const updatedMaster = updated.events.find((e) => e.rrule)!;
    expect(Object.values(updatedMaster.exdate ?? {}).map((d) => (d as Date).toISOString())).toContain(
      "2028-04-11T14:00:00.000Z",
    );
    expect(updatedMaster.location).toBe("Kirjasto, Vaasa / https://meet.example.org/coact");
    expect(Number(updatedMaster.sequence)).toBeGreaterThan(Number(cancelledEvent.sequence));

    // The series is called off: one CANCEL of the whole, the highest SEQUENCE.
    await changeSeriesState(liaison, id, "CANCEL", await version(id));
    const cancelled = await latest(staffEmail);
    expect(cancelled.method).toBe("CANCEL");
    expect(cancelled.events.find((e) => e.rrule)?.uid).toBe(first.events[0].uid);
    expect(Number(cancelled.events[0].sequence)).toBeGreaterThan(Number(updatedMaster.sequence));
    const workerCancelled = await latest(workerEmail);
    expect(workerCancelled.method).toBe("CANCEL");

    // Five mails each, and no invitee's mail shows another invitee's address.
    const all = await inbox.waitFor(await db().outboxEmail.count());
    const toStaff = all.filter((m) => m.text?.includes("Introduction") && JSON.stringify(m.to).includes(staffEmail));
    expect(toStaff).toHaveLength(5);
    for (const mail of all) {
      const text = `${mail.subject}\n${mail.text}\n${mail.html || ""}\n${mail.attachments.map((a) => a.content.toString("utf8")).join("\n")}`;
      const own = JSON.stringify(mail.to);
      for (const other of [staffEmail, workerEmail].filter((e) => !own.includes(e))) expect(text).not.toContain(other);
    }
  });
});
