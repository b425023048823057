// The app's one calendar module: iCalendar (RFC 5545) files with an RFC 5546 METHOD for the meeting e-mails and the
// calendar feed (docs/decisions/008, 013). Every entry keeps one UID for its whole life (a referral's first meeting, a
// meeting series); SEQUENCE rises with every change, so a calendar replaces the entry it has instead of adding a copy.
// A recurring series is one VEVENT with its RRULE and EXDATEs for cancelled occurrences, plus one VEVENT per moved
// occurrence with the same UID and a RECURRENCE-ID. Times are written in Europe/Helsinki with its VTIMEZONE. Entries
// carry titles, organisations and links, never client data.
import { TZDate } from "@date-fns/tz";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { TIME_ZONE } from "~/utils/dates";

/** A referral's first meeting, as its mails carry it. */
export type MeetingCalendar = {
  method: "REQUEST" | "CANCEL";
  /** The same for every version of the meeting: its referral's id and the app's host name. */
  uid: string;
  sequence: number;
  start: Date;
  organizer: { name: string; email: string };
};

/** One VEVENT. */
export type CalendarEvent = {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  url: string;
  location?: string | null;
  /** A series' RRULE body (no DTSTART); an UNTIL without Z is Helsinki wall-clock time. */
  rrule?: string | null;
  /** Starts (by the rule) of the series' cancelled occurrences. */
  exdates?: Date[];
  /** This VEVENT is one occurrence of a series: the start the rule gave it. */
  recurrenceId?: Date | null;
  cancelled?: boolean;
};

export type CalendarMethod = "REQUEST" | "CANCEL" | "PUBLISH";

/** How long the referral's first meeting is taken to last in the calendar entry. */
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

const METHODS = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
} as const;

const pad = (n: number) => String(n).padStart(2, "0");
const compact = (d: Date) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;

/** A Helsinki wall-clock moment as RFC 5545 local time ("20280208T170000"). */
const helsinkiLocal = (instant: Date) => {
  const t = new TZDate(instant, TIME_ZONE);
  return compact(
    new Date(Date.UTC(t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds())),
  );
};

/**
 * The RRULE (and EXDATE) lines of a series. RFC 5545 asks for UNTIL in UTC when DTSTART has a TZID: a wall-clock UNTIL
 * is converted from Helsinki time.
 */
function recurrenceLines(rrule: string, exdates: Date[]): string {
  const parts = rrule
    .replace(/^RRULE:/i, "")
    .split(";")
    .map((part) => {
      const until = /^UNTIL=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/i.exec(part);
      if (!until) return part;
      const [, y, mo, d, h, mi, s] = until.map(Number);
      return `UNTIL=${compact(new Date(new TZDate(y, mo - 1, d, h, mi, s, TIME_ZONE).getTime()))}Z`;
    });
  const lines = [`RRULE:${parts.join(";")}`];
  if (exdates.length) lines.push(`EXDATE;TZID=${TIME_ZONE}:${exdates.map(helsinkiLocal).join(",")}`);
  return lines.join("\r\n");
}

/** A calendar file of one or more VEVENTs (a series' master and its moved occurrences share the UID). */
export function calendarFile(
  method: CalendarMethod,
  events: CalendarEvent[],
  organizer?: { name: string; email: string },
): string {
  const calendar = ical({ prodId: { company: "Co-Act", product: "Co-Act" }, method: METHODS[method] });
  calendar.timezone({ name: TIME_ZONE, generator: () => HELSINKI_VTIMEZONE });
  for (const event of events) {
    // TZDates: ical-generator then writes the wall-clock time in Helsinki, whatever the server's own time zone.
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      start: new TZDate(event.start, TIME_ZONE),
      end: new TZDate(event.end, TIME_ZONE),
      timezone: TIME_ZONE,
      summary: event.summary,
      description: event.description,
      url: event.url,
      ...(event.location ? { location: event.location } : {}),
      ...(organizer ? { organizer } : {}),
      ...(event.rrule ? { repeating: recurrenceLines(event.rrule, event.exdates ?? []) } : {}),
      ...(event.recurrenceId ? { recurrenceId: new TZDate(event.recurrenceId, TIME_ZONE) } : {}),
      status: method === "CANCEL" || event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** A referral's first meeting: one hour from its agreed time. */
export function meetingIcs(meeting: MeetingCalendar, text: { summary: string; description: string; url: string }) {
  return calendarFile(
    meeting.method,
    [
      {
        uid: meeting.uid,
        sequence: meeting.sequence,
        start: meeting.start,
        end: new Date(meeting.start.getTime() + MEETING_MINUTES * 60_000),
        ...text,
      },
    ],
    meeting.organizer,
  );
}
