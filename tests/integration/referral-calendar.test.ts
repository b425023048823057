// The first meeting reaches both sides' calendars: the meeting e-mails, delivered by the worker to a real SMTP server on
// loopback, carry an iCalendar file that an independent parser (node-ical) reads back: METHOD:REQUEST with a stable
// UID, DTSTART in Europe/Helsinki with its VTIMEZONE, a higher SEQUENCE after a change, METHOD:CANCEL after consent is
// withdrawn; and no client data anywhere in it.
import type { ParsedMail } from "mailparser";
import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import * as referralPage from "~/routes/referrals+/$referralId._index";
import * as newReferral from "~/routes/referrals+/new";
import { db } from "~/utils/db.server";
import { deliverMailToLoopback } from "../support/mail-delivery";
import { cookieForRole, demoEmail, post, run } from "../support/requests";
import { BASE_CONSENT_TEXT } from "../support/referrals";

const inbox = await deliverMailToLoopback();

const socialWorker = await cookieForRole("social_worker");
const staff = await cookieForRole("association_staff");
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const activity = await db().activity.findFirstOrThrow({ where: { titleFi: "Naisten iltakahvila" } });
const CLIENT = { firstName: "Zuhura", phone: "+358 40 765 4321", needs: "Etsii naisten uimavuoroa." };

async function act(id: string, cookie: string, fields: Record<string, string>) {
  const { version } = await db().referral.findUniqueOrThrow({ where: { id } });
  const outcome = await run(
    referralPage.action,
    post(`/referrals/${id}`, { version: String(version), ...fields }, cookie),
    { referralId: id },
  );
  expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
}

/** Waits until `count` mails have arrived, and gives the calendar files among the mails to `to`, parsed. */
async function calendarsTo(to: string, count: number) {
  const mails = await inbox.waitFor(count);
  return mails
    .filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address === to)))
    .flatMap((m) => m.attachments.filter((a) => a.contentType.startsWith("text/calendar")).map((a) => ({ m, a })))
    .map(({ m, a }) => {
      const text = a.content.toString("utf8");
      const parsed = ical.sync.parseICS(text);
      const event = Object.values(parsed).find((c): c is VEvent => c?.type === "VEVENT")!;
      return { mail: m, text, event, method: /^METHOD:(\w+)\r?$/m.exec(text)?.[1] };
    });
}

const mailText = (m: ParsedMail) => `${m.subject}\n${m.text}\n${m.html || ""}`;

describe("the first meeting in both sides' calendars", () => {
  it("is sent as a request, updated with the same UID and a higher SEQUENCE, and cancelled after withdrawal", async () => {
    const sent = await run(
      newReferral.action,
      post(
        "/referrals/new",
        {
          unitId: koto.id,
          associationId: activity.associationId,
          activityId: activity.id,
          ...CLIENT,
          items: ["first_name", "phone", "needs"],
          purpose: "Ensitapaaminen",
          method: "oral",
          validUntil: "2099-12-31",
          consentTextId: BASE_CONSENT_TEXT.fi,
          consentConfirmed: "on",
        },
        socialWorker,
      ),
    );
    expect(sent.status).toBe(302);
    const id = sent.location!.split("/").pop()!;
    await act(id, staff, { intent: "ACCEPT" });
    // Agreed for 7 March 2028 at 17:30 in Helsinki (winter time, UTC+2), then moved to 6 June at 10:00 (summer time).
    // (Not further ahead: node-ical's time zone data reads 2099 in June as winter time.)
    await act(id, staff, { intent: "ARRANGE_MEETING", at: "2028-03-07T17:30" });
    const queuedAfterFirst = await db().outboxEmail.count();
    const staffEmail = demoEmail("association_staff");
    const workerEmail = demoEmail("social_worker");

    const [first] = await calendarsTo(staffEmail, queuedAfterFirst);
    const [forWorker] = await calendarsTo(workerEmail, queuedAfterFirst);
    for (const calendar of [first, forWorker]) {
      expect(calendar.method).toBe("REQUEST");
      expect(calendar.event.uid).toMatch(new RegExp(`^referral-${id}-first-meeting@`));
      expect(calendar.event.start.toISOString()).toBe("2028-03-07T15:30:00.000Z");
      expect(calendar.event.start.tz).toBe("Europe/Helsinki");
      expect(calendar.text).toMatch(/^DTSTART;TZID=Europe\/Helsinki:20280307T173000\r?$/m);
      expect(calendar.text).toMatch(/^BEGIN:VTIMEZONE\r?\nTZID:Europe\/Helsinki\r?$/m);
    }
    expect(forWorker.event.uid).toBe(first.event.uid);
    // The mail itself says the time, in Finnish time, and names the activity.
    expect(first.mail.subject).toContain("7 Mar 2028, 17:30 (Finnish time)");
    expect(first.mail.subject).toContain("Women's evening café");

    await act(id, staff, { intent: "ARRANGE_MEETING", at: "2028-06-06T10:00" });
    const moved = (await calendarsTo(staffEmail, await db().outboxEmail.count())).at(-1)!;
    expect(moved.method).toBe("REQUEST");
    expect(moved.event.uid).toBe(first.event.uid);
    expect(Number(moved.event.sequence)).toBeGreaterThan(Number(first.event.sequence));
    expect(moved.event.start.toISOString()).toBe("2028-06-06T07:00:00.000Z");

    await act(id, socialWorker, { intent: "WITHDRAW_CONSENT", confirm: "on" });
    const cancelled = (await calendarsTo(staffEmail, await db().outboxEmail.count())).at(-1)!;
    expect(cancelled.method).toBe("CANCEL");
    expect(cancelled.event.uid).toBe(first.event.uid);
    expect(Number(cancelled.event.sequence)).toBeGreaterThan(Number(moved.event.sequence));

    // No client data in any calendar file, nor in any mail.
    const everything = (await inbox.waitFor(await db().outboxEmail.count())).map(mailText).join("\n");
    const calendars = [first, forWorker, moved, cancelled].map((c) => c.text).join("\n");
    for (const value of [...Object.values(CLIENT), CLIENT.phone.replace(/ /g, "")]) {
      expect(everything).not.toContain(value);
      expect(calendars).not.toContain(value);
    }
  });
});
