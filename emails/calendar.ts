// A referral's first meeting as an iCalendar (RFC 5545) invitation or cancellation (RFC 5546 METHOD), attached to the
// meeting e-mails so that it reaches both sides' calendars (docs/decisions/008). One UID per referral meeting; SEQUENCE
// rises with every change, so a calendar replaces the entry it has. It carries the activity, the association and a
// link, never client data.
import { TZDate } from "@date-fns/tz";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { TIME_ZONE } from "~/utils/dates";

export type MeetingCalendar = {
  method: "REQUEST" | "CANCEL";
  /** The same for every version of the meeting: its referral's id and the app's host name. */
  uid: string;
  sequence: number;
  start: Date;
  organizer: { name: string; email: string };
};

/** How long the first meeting is taken to last in the calendar entry. */
const MEETING_MINUTES = 60;

// Finland's rules since 1983 (EU summer time): the VTIMEZONE a calendar needs to read DTSTART;TZID=Europe/Helsinki.
const HELSINKI_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0300",
  "TZNAME:EEST",
  "DTSTART:19700329T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0300",
  "TZOFFSETTO:+0200",
  "TZNAME:EET",
  "DTSTART:19701025T040000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

export function meetingIcs(meeting: MeetingCalendar, text: { summary: string; description: string; url: string }) {
  const cancel = meeting.method === "CANCEL";
  const calendar = ical({
    prodId: { company: "Co-Act", product: "Co-Act" },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.timezone({ name: TIME_ZONE, generator: () => HELSINKI_VTIMEZONE });
  // A TZDate: ical-generator then writes the wall-clock time in Helsinki, whatever the server's own time zone.
  const start = new TZDate(meeting.start, TIME_ZONE);
  calendar.createEvent({
    id: meeting.uid,
    sequence: meeting.sequence,
    start,
    end: new TZDate(start.getTime() + MEETING_MINUTES * 60_000, TIME_ZONE),
    timezone: TIME_ZONE,
    summary: text.summary,
    description: text.description,
    url: text.url,
    organizer: meeting.organizer,
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
