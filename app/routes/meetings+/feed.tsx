// The user's private calendar subscription at /meetings/feed: whether they have a feed URL, and a button that makes a
// new one (the old one stops working at once). The URL is shown once, when it is made: only its hash is stored.
import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/i18n";
import { hasFeed, resetFeed } from "~/models/calendar-feed.server";
import { requireUser } from "~/utils/auth.server";
import { titled } from "~/utils/meta";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("meeting.feed.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { exists: await hasFeed(user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  return { url: await resetFeed(user.id) };
}

export default function FeedPage() {
  const { exists } = useLoaderData<typeof loader>();
  const made = useActionData<typeof action>();
  const t = useT();
  const url = made && "url" in made ? made.url : null;
  return (
    <>
      <p>
        <Link to="/meetings">{t("meeting.backToCalendar")}</Link>
      </p>
      <h1>{t("meeting.feed.title")}</h1>
      <p>{t("meeting.feed.intro")}</p>
      {url ? (
        <div className="card" role="status">
          <p>{t("meeting.feed.copy")}</p>
          <p>
            <label htmlFor="feed-url">{t("meeting.feed.url")}</label>
            <input id="feed-url" readOnly value={url} className="wide" />
          </p>
        </div>
      ) : (
        <p>{t(exists ? "meeting.feed.exists" : "meeting.feed.none")}</p>
      )}
      <Form method="post">
        <button type="submit">{t(exists || url ? "meeting.feed.reset" : "meeting.feed.make")}</button>
      </Form>
    </>
  );
}
