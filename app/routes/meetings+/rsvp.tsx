// Answering a meeting invitation at /meetings/rsvp?token=…, from the link in the invitation or reminder e-mail, without
// signing in: yes / no / maybe for the whole series or one coming meeting, changeable through the same link. A link
// that was tampered with, has expired, or belongs to a series that has ended or was cancelled gets a page that says so
// and changes nothing.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/i18n";
import { answerByLink, linkProblem, readRsvpLink } from "~/models/meeting-rsvp.server";
import { MEETING_ANSWERS } from "~/utils/choices";
import { formatMeetingTime, formatTime } from "~/utils/dates";
import { parseForm } from "~/utils/forms";
import { LanguageNames } from "~/components/language";
import { titled } from "~/utils/meta";
import { invalid } from "~/utils/problems.server";
import { nextOccurrences } from "~/utils/recurrence.server";
import { readForm } from "~/utils/request-body.server";
import { answerSchema } from "./meetings.server";

export const meta = titled("meeting.rsvp.title");

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token") ?? "";

const STATUS = { invalid: 404, expired: 410, closed: 409, "no-such-occurrence": 400 } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const link = await readRsvpLink(tokenOf(request));
  if ("problem" in link) {
    const problem = link.problem ?? "invalid";
    return data({ problem, link: null }, { status: STATUS[problem] });
  }
  const { series, answers } = link;
  const next = nextOccurrences(series, series.exceptions, new Date(), 6).filter((o) => !o.cancelled);
  return {
    problem: null,
    link: {
      title: series.title,
      kind: series.kind,
      organiser: series.unit.name,
      place: series.place,
      onlineUrl: series.onlineUrl,
      languages: series.languages,
      occurrences: next.map((o) => ({ key: o.originalStart.toISOString(), start: o.start, end: o.end })),
      answers: answers.map((a) => ({ occurrence: a.occurrenceStart?.toISOString() ?? null, answer: a.answer })),
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const token = tokenOf(request);
  // The link is the authorisation: checked before the form is read.
  const problem = linkProblem(token);
  if (problem) return data({ errors: undefined, problem }, { status: STATUS[problem] });
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(answerSchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  const outcome = await answerByLink(token, { answer: parsed.data.answer, occurrence: parsed.data.occurrence || null });
  if (outcome !== "saved") return data({ errors: undefined, problem: outcome }, { status: STATUS[outcome] });
  return redirect(`/meetings/rsvp?${new URLSearchParams({ token, saved: "1" })}`);
}

export default function RsvpPage() {
  const { problem, link } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const refused = (actionData && "problem" in actionData ? actionData.problem : null) ?? problem;
  if (!link || refused) {
    return (
      <>
        <h1>{t("meeting.rsvp.title")}</h1>
        <p role="alert">{t(`meeting.rsvp.problem.${refused ?? "invalid"}`)}</p>
      </>
    );
  }
  const answerOf = (occurrence: string | null) => link.answers.find((a) => a.occurrence === occurrence)?.answer;
  const whole = answerOf(null);
  return (
    <>
      <h1>{link.title}</h1>
      {params.get("saved") ? (
        <p role="status" className="notice">
          {t("meeting.rsvp.saved")}
        </p>
      ) : null}
      <p>
        {t(`meeting.kind.${link.kind}`)} · {link.organiser} · <LanguageNames codes={link.languages} />
      </p>
      <p>
        {link.place ?? ""} {link.onlineUrl ? <a href={link.onlineUrl}>{t("meeting.onlineLink")}</a> : null}
      </p>
      <section className="card" aria-labelledby="whole">
        <h2 id="whole">{t("meeting.rsvp.wholeSeries")}</h2>
        <p>
          {whole ? t("meeting.rsvp.answered", { answer: t(`meeting.answer.${whole}`) }) : t("meeting.rsvp.notAnswered")}
        </p>
        <Form method="post" className="inline-form">
          {MEETING_ANSWERS.map((a) => (
            <button key={a} type="submit" name="answer" value={a} aria-pressed={whole === a}>
              {t(`meeting.answer.${a}`)}
            </button>
          ))}
        </Form>
      </section>
      <section aria-labelledby="single">
        <h2 id="single">{t("meeting.rsvp.single")}</h2>
        <ul className="list">
          {link.occurrences.map((o) => (
            <li key={o.key}>
              <Form method="post" className="inline-form">
                <input type="hidden" name="occurrence" value={o.key} />
                <span>
                  {formatMeetingTime(o.start, locale)}–{formatTime(o.end, locale)} ({t("activity.helsinkiTime")})
                  {answerOf(o.key) ? ` · ${t(`meeting.answer.${answerOf(o.key)!}`)}` : ""}
                </span>{" "}
                {MEETING_ANSWERS.map((a) => (
                  <button
                    key={a}
                    type="submit"
                    name="answer"
                    value={a}
                    aria-label={`${t(`meeting.answer.${a}`)}: ${formatMeetingTime(o.start, locale)}`}
                  >
                    {t(`meeting.answer.${a}`)}
                  </button>
                ))}
              </Form>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
