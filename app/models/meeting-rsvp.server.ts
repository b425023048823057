// Answering a meeting invitation (yes / no / maybe) by a signed link, without signing in (issue 11). The link carries
// the series, the invitee and an expiry, signed with HMAC-SHA-256 under the session secret: nothing is stored for it,
// a changed character breaks the signature, and the link keeps working for changing one's answer until it expires or
// the series stops taking answers (ended or cancelled). Every refusal changes nothing and says why.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { MeetingAnswer } from "@prisma/client";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { isOccurrence } from "~/utils/recurrence.server";
import { ANSWERABLE, inviteesOf } from "./meeting.server";

/** How long a link works: long enough for a series' season; every reminder brings a fresh one. */
export const RSVP_LINK_DAYS = 120;

type Payload = { s: string; u: string; x: number };

const sign = (body: string) => createHmac("sha256", `rsvp:${env().SESSION_SECRET}`).update(body).digest("base64url");

/** The signed token of an invitee's link to a series. */
export function rsvpToken(seriesId: string, userId: string, now = new Date()) {
  const payload: Payload = { s: seriesId, u: userId, x: now.getTime() + RSVP_LINK_DAYS * 86_400_000 };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${sign(body)}`;
}

export const rsvpLink = (seriesId: string, userId: string, now = new Date()) =>
  `${env().APP_URL}/meetings/rsvp?token=${rsvpToken(seriesId, userId, now)}`;

export type LinkProblem = "invalid" | "expired" | "closed";

/** Why a link cannot be used at all (signature, expiry), before anything it carries is read; null when it may be. */
export function linkProblem(token: string, now = new Date()): "invalid" | "expired" | null {
  const verified = verify(token, now);
  return typeof verified === "string" ? verified : null;
}

/** The link's series and invitee when its signature holds and it has not expired; otherwise why not. */
function verify(token: string, now: Date): Payload | "invalid" | "expired" {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return "invalid";
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Payload;
  } catch {
    return "invalid";
  }
  if (typeof payload?.s !== "string" || typeof payload.u !== "string" || typeof payload.x !== "number")
    return "invalid";
  if (payload.x <= now.getTime()) return "expired";
  return payload;
}

const SERIES = {
  id: true,
  title: true,
  kind: true,
  status: true,
  rrule: true,
  firstDate: true,
  startTime: true,
  durationMinutes: true,
  place: true,
  onlineUrl: true,
  languages: true,
  unit: { select: { name: true } },
  exceptions: { select: { originalStart: true, kind: true, movedStart: true } },
} as const;

/** What the RSVP page shows: the series, the invitee's answers so far, or why the link does not work. */
export async function readRsvpLink(token: string, now = new Date()) {
  const verified = verify(token, now);
  if (typeof verified === "string") return { problem: verified } as const;
  const series = await db().meetingSeries.findUnique({ where: { id: verified.s }, select: SERIES });
  if (!series || !(await isInvitee(series.id, verified.u))) return { problem: "invalid" as const };
  if (!ANSWERABLE.includes(series.status)) return { problem: "closed" as const };
  const answers = await db().meetingRsvp.findMany({
    where: { seriesId: series.id, userId: verified.u },
    select: { occurrenceStart: true, answer: true },
  });
  return { series, answers } as const;
}

const isInvitee = async (seriesId: string, userId: string) =>
  (await db().$transaction((tx) => inviteesOf(tx, seriesId))).some((u) => u.id === userId);

/**
 * Saves the invitee's answer for the whole series or one future occurrence. A link that is tampered, expired, not an
 * invitee's (any more) or of a series that no longer takes answers changes nothing.
 */
export async function answerByLink(
  token: string,
  input: { answer: MeetingAnswer; occurrence: Date | null },
  now = new Date(),
): Promise<AnswerOutcome> {
  const verified = verify(token, now);
  if (typeof verified === "string") return verified;
  return saveAnswer(verified.s, verified.u, input, now);
}

export type AnswerOutcome = "saved" | LinkProblem | "no-such-occurrence";

/**
 * Saves an invitee's answer (through their link, or signed in on the series page) for the whole series or one future
 * occurrence; a later answer replaces the earlier one. Someone not (any more) invited, a series that no longer takes
 * answers, or an occurrence the series does not have changes nothing.
 */
export function saveAnswer(
  seriesId: string,
  userId: string,
  input: { answer: MeetingAnswer; occurrence: Date | null },
  now = new Date(),
): Promise<AnswerOutcome> {
  return db().$transaction(async (tx) => {
    const series = await tx.meetingSeries.findUnique({ where: { id: seriesId }, select: SERIES });
    if (!series || !(await inviteesOf(tx, series.id)).some((u) => u.id === userId)) return "invalid";
    if (!ANSWERABLE.includes(series.status)) return "closed";
    if (input.occurrence && (input.occurrence <= now || !isOccurrence(series, input.occurrence)))
      return "no-such-occurrence";
    await tx.meetingRsvp.deleteMany({ where: { seriesId, userId, occurrenceStart: input.occurrence } });
    await tx.meetingRsvp.create({
      data: { seriesId, userId, occurrenceStart: input.occurrence, answer: input.answer, answeredAt: now },
    });
    return "saved";
  });
}
