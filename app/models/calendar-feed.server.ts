// A user's private calendar subscription (issue 11): a secret URL that serves the meeting series they organise or are
// invited to as an iCalendar feed, for Outlook, Google or a phone to subscribe to. Only the SHA-256 of the URL's token
// is stored; resetting it replaces the hash, so the old URL stops working at once. The feed is built for the token's
// owner with the same scope as their pages: it shows nothing they could not see signed in.
import { createHash, randomBytes } from "node:crypto";
import { calendarFile } from "#emails/calendar";
import { asLocale, translator } from "~/i18n/i18n";
import { sessionUserById } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { feedSeries, seriesEvents, seriesUrl } from "./meeting.server";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export const feedUrl = (token: string) => `${env().APP_URL}/meetings/feed/${token}.ics`;

/** Whether the user has a feed URL (the URL itself is shown only once, when made). */
export async function hasFeed(userId: string) {
  return (await db().calendarFeed.count({ where: { userId } })) === 1;
}

/** Makes the user's feed URL, or a new one in place of the old: the old one stops working. Returns the new URL. */
export async function resetFeed(userId: string) {
  const token = randomBytes(24).toString("base64url");
  await db().calendarFeed.upsert({
    where: { userId },
    create: { userId, tokenHash: hash(token) },
    update: { tokenHash: hash(token), createdAt: new Date() },
  });
  return feedUrl(token);
}

/** The feed behind a token, as iCalendar text, or null for a token that is unknown (reset, mistyped, made up). */
export async function feedCalendar(token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const feed = await db().calendarFeed.findUnique({ where: { tokenHash: hash(token) }, select: { userId: true } });
  if (!feed) return null;
  const user = await sessionUserById(feed.userId);
  if (!user) return null;
  const t = translator(asLocale(user.locale));
  const series = await feedSeries(user);
  return calendarFile(
    "PUBLISH",
    series.flatMap((s) =>
      seriesEvents(s).map((event) => ({
        ...event,
        summary: s.title,
        description: t("meeting.calendar.description", { organiser: s.unit.name, url: seriesUrl(s.id) }),
        url: seriesUrl(s.id),
      })),
    ),
  );
}
