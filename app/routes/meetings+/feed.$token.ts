// The private calendar feed at /meetings/feed/<token>.ics: the meeting series of the URL's owner, for calendar apps to
// subscribe to without signing in. An unknown or reset token is a plain 404 that says nothing about any meeting.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedCalendar } from "~/models/calendar-feed.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const token = (params.token ?? "").replace(/\.ics$/, "");
  const calendar = await feedCalendar(token);
  if (!calendar) throw new Response("Not found", { status: 404 });
  return new Response(calendar, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
