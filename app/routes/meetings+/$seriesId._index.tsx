// One meeting series at /meetings/:seriesId, for its organisers and its invitees: when and where it meets, the
// occurrences of the coming year (cancelled and moved ones marked) with their presenting association, who is invited
// (organisations, never addresses), the viewer's own answer, and for the organisers the next steps the workflow offers,
// invitations, personal invitations with answered or not, one occurrence's cancellation or move, attendance per
// organisation and the series' figures. A series the user is not part of is not found.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ChoiceGroup } from "~/components/choice-group";
import { Checkbox, FormError, SelectField, TextField } from "~/components/form";
import { useLocale, useT } from "~/i18n/i18n";
import {
  changeOccurrence,
  changeSeriesState,
  getSeries,
  invitationChoices,
  invite,
  isInvited,
  recordAttendance,
  seriesDetails,
  signUpPresenter,
} from "~/models/meeting.server";
import { saveAnswer } from "~/models/meeting-rsvp.server";
import { meetingSeriesMachine, type MeetingSeriesEvent } from "#workflows/meeting-series/meeting-series.machine";
import { offeredEvents } from "#workflows/states";
import { requireUser } from "~/utils/auth.server";
import { MEETING_ANSWERS } from "~/utils/choices";
import { formatDate, formatMeetingTime, formatTime, helsinkiDateTime } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms";
import { LanguageNames } from "~/components/language";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { meetingParty } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { restoreSnapshot } from "~/utils/workflow.server";
import {
  answerSchema,
  attendanceSchema,
  eventSchema,
  inviteSchema,
  occurrenceSchema,
  presenterSchema,
} from "./meetings.server";

export const meta = titled("meeting.series");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = await getSeries(user, requireId(params.seriesId));
  if (!found) notFound();
  const { series, editable } = found;
  const now = new Date();
  const details = await seriesDetails(series, editable, now);
  const events = editable
    ? offeredEvents<MeetingSeriesEvent["type"]>(
        meetingSeriesMachine,
        restoreSnapshot(
          "meeting-series",
          await db().meetingSeries.findUniqueOrThrow({
            where: { id: series.id },
            select: { snapshot: true, machineVersion: true, status: true },
          }),
        ),
        meetingParty(user),
      ).filter((e) => e !== "CHANGE")
    : [];
  const amInvited = await db().$transaction((tx) => isInvited(tx, series.id, user.id));
  const myAnswers = amInvited
    ? await db().meetingRsvp.findMany({
        where: { seriesId: series.id, userId: user.id },
        select: { occurrenceStart: true, answer: true },
      })
    : [];
  const myAssociations = await db().association.findMany({
    where: { id: { in: user.associationIds }, countyId: series.unit.countyId },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const choices = editable ? await invitationChoices(series.unit.countyId) : null;
  const { exceptions: _exceptions, ...shown } = series;
  return {
    series: shown,
    editable,
    events,
    amInvited,
    myAnswers,
    myAssociations,
    choices,
    now: now.toISOString(),
    ...details,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const seriesId = requireId(params.seriesId);
  // Authorised before the form is read: a series the user is not part of is simply not found.
  const found = await getSeries(user, seriesId);
  if (!found) notFound();
  const body = await readForm(request);
  if (!body.ok) return body.refusal;
  const form = body.formData;
  const intent = form.get("intent");
  const done = redirect(`/meetings/${seriesId}`);
  try {
    switch (intent) {
      case "answer": {
        const parsed = parseForm(answerSchema, form);
        if (!parsed.ok) return invalid(parsed.errors, 400, "answer");
        const outcome = await saveAnswer(seriesId, user.id, {
          answer: parsed.data.answer,
          occurrence: parsed.data.occurrence || null,
        });
        if (outcome !== "saved") return invalid({ form: { key: `meeting.rsvp.problem.${outcome}` } }, 409, "answer");
        return done;
      }
      case "present": {
        const parsed = parseForm(presenterSchema, form);
        if (!parsed.ok) return invalid(parsed.errors, 400, "present");
        await signUpPresenter(user, seriesId, parsed.data);
        return done;
      }
      default:
        break;
    }
    // Everything below changes the series: its organisers only.
    if (!found.editable) throw new Response("Forbidden", { status: 403 });
    switch (intent) {
      case "invite": {
        const parsed = parseForm(inviteSchema, form);
        if (!parsed.ok) return invalid(parsed.errors, 400, "invite");
        await invite(user, seriesId, parsed.data);
        return done;
      }
      case "occurrence": {
        const parsed = parseForm(occurrenceSchema, form);
        if (!parsed.ok) return invalid(parsed.errors, 400, "occurrence");
        const movedStart = parsed.data.change === "move" ? helsinkiDateTime(parsed.data.movedStart ?? "") : null;
        if (parsed.data.change === "move" && !movedStart)
          return invalid({ movedStart: { key: "errors.date" } }, 400, "occurrence");
        await changeOccurrence(user, seriesId, { occurrence: parsed.data.occurrence, movedStart }, parsed.data.version);
        return done;
      }
      case "attendance": {
        const parsed = parseForm(attendanceSchema, form);
        if (!parsed.ok) return invalid(parsed.errors, 400, "attendance");
        await recordAttendance(user, seriesId, parsed.data);
        return done;
      }
      default: {
        const parsed = parseForm(eventSchema, form);
        if (!parsed.ok) return invalid(parsed.errors, 400, "event");
        await changeSeriesState(user, seriesId, parsed.data.event, parsed.data.version);
        return done;
      }
    }
  } catch (error) {
    return problemResponse(error);
  }
}

export default function SeriesPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const target = actionData && "target" in actionData ? actionData.target : undefined;
  const errorsFor = (name: string) => (target === name ? actionData?.errors : undefined);
  const t = useT();
  const locale = useLocale();
  const { series } = data;
  const now = new Date(data.now);
  const presenterAt = new Map(data.presenters.map((p) => [new Date(p.occurrenceStart).getTime(), p.association]));
  const answerFor = (start: string | null) =>
    data.myAnswers.find((a) => (a.occurrenceStart ? new Date(a.occurrenceStart).toISOString() : null) === start)
      ?.answer;
  const seriesAnswer = answerFor(null);
  const cameAt = (start: string) => data.attendance.filter((a) => new Date(a.occurrenceStart).toISOString() === start);
  const orgs = [
    ...data.invited.units.map((u) => ({ ...u, type: "unitIds" as const })),
    ...data.invited.associations.map((a) => ({ ...a, type: "associationIds" as const })),
  ];
  const answerable = series.status === "scheduled";
  return (
    <>
      <p>
        <Link to="/meetings">{t("meeting.backToCalendar")}</Link>
      </p>
      <h1>{series.title}</h1>
      <p>
        <span className="badge">{t(`meeting.status.${series.status}`)}</span>{" "}
        <span className="badge">{t(`meeting.kind.${series.kind}`)}</span>
      </p>
      {series.description ? <p>{series.description}</p> : null}
      <dl>
        <dt>{t("meeting.organiserUnit")}</dt>
        <dd>{series.unit.name}</dd>
        {series.hostAssociation ? (
          <>
            <dt>{t("meeting.hostAssociation")}</dt>
            <dd>{series.hostAssociation.name}</dd>
          </>
        ) : null}
        <dt>{t("meeting.when")}</dt>
        <dd>
          {t("meeting.whenText", {
            first: formatDate(series.firstDate, locale),
            time: series.startTime,
            minutes: series.durationMinutes,
          })}{" "}
          ({t("activity.helsinkiTime")})
        </dd>
        <dt>{t("meeting.where")}</dt>
        <dd>
          {series.place ?? ""}
          {series.place && series.onlineUrl ? " · " : ""}
          {series.onlineUrl ? <a href={series.onlineUrl}>{t("meeting.onlineLink")}</a> : null}
        </dd>
        <dt>{t("meeting.languages")}</dt>
        <dd>
          <LanguageNames codes={series.languages} />
        </dd>
        {series.capacity ? (
          <>
            <dt>{t("meeting.capacity")}</dt>
            <dd>{series.capacity}</dd>
          </>
        ) : null}
      </dl>

      {data.editable ? (
        <section className="card" aria-labelledby="next-steps">
          <h2 id="next-steps">{t("meeting.nextSteps")}</h2>
          <FormError errors={errorsFor("event")} />
          {data.events.map((event) => (
            <Form method="post" key={event} className="inline-form">
              <input type="hidden" name="version" value={series.version} />
              <button type="submit" name="event" value={event}>
                {t(`meeting.event.${event}`)}
              </button>
            </Form>
          ))}{" "}
          {series.status === "draft" || series.status === "scheduled" ? (
            <Link to={`/meetings/${series.id}/edit`}>{t("meeting.edit")}</Link>
          ) : null}
        </section>
      ) : null}

      {data.amInvited && answerable ? (
        <section className="card" aria-labelledby="your-answer">
          <h2 id="your-answer">{t("meeting.rsvp.yourAnswer")}</h2>
          <FormError errors={errorsFor("answer")} />
          <p>
            {seriesAnswer
              ? t("meeting.rsvp.answered", { answer: t(`meeting.answer.${seriesAnswer}`) })
              : t("meeting.rsvp.notAnswered")}
          </p>
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="answer" />
            {MEETING_ANSWERS.map((a) => (
              <button key={a} type="submit" name="answer" value={a} aria-pressed={seriesAnswer === a}>
                {t(`meeting.answer.${a}`)}
              </button>
            ))}
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="occurrences">
        <h2 id="occurrences">{t("meeting.occurrences")}</h2>
        <FormError errors={errorsFor("present") ?? errorsFor("occurrence") ?? errorsFor("attendance")} />
        {data.occurrences.length === 0 ? <p>{t("meeting.noOccurrences")}</p> : null}
        <ul className="list">
          {data.occurrences.map((o) => {
            const key = new Date(o.originalStart).toISOString();
            const start = new Date(o.start);
            const past = start <= now;
            const presenter = presenterAt.get(new Date(o.originalStart).getTime());
            const came = cameAt(key);
            return (
              <li key={key} className="card occurrence">
                <h3>
                  {formatMeetingTime(start, locale)}–{formatTime(o.end, locale)}
                  {o.cancelled ? <span className="badge warn"> {t("meeting.occurrence.cancelled")}</span> : null}
                  {o.moved ? <span className="badge"> {t("meeting.occurrence.moved")}</span> : null}
                </h3>
                {series.kind === "introduction" ? (
                  <p>
                    {presenter
                      ? t("meeting.presenter", { name: presenter.name })
                      : o.cancelled
                        ? null
                        : t("meeting.freeSlot")}
                  </p>
                ) : null}
                {series.kind === "introduction" &&
                !presenter &&
                !past &&
                !o.cancelled &&
                answerable &&
                data.myAssociations.length ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="present" />
                    <input type="hidden" name="occurrence" value={key} />
                    {data.myAssociations.length === 1 ? (
                      <input type="hidden" name="associationId" value={data.myAssociations[0].id} />
                    ) : (
                      <SelectField name="associationId" id={`presenter-${key}`} label="meeting.presentingAssociation">
                        {data.myAssociations.map((a) => (
                          <option key={a.id} value={a.id}>
                            {a.name}
                          </option>
                        ))}
                      </SelectField>
                    )}
                    <button type="submit">{t("meeting.signUpToPresent")}</button>
                  </Form>
                ) : null}
                {data.amInvited && answerable && !past && !o.cancelled ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="answer" />
                    <input type="hidden" name="occurrence" value={key} />
                    <span>
                      {t("meeting.rsvp.thisOne")}
                      {answerFor(key) ? ` (${t(`meeting.answer.${answerFor(key)!}`)})` : ""}:
                    </span>{" "}
                    {MEETING_ANSWERS.map((a) => (
                      <button
                        key={a}
                        type="submit"
                        name="answer"
                        value={a}
                        aria-label={`${t(`meeting.answer.${a}`)}: ${formatMeetingTime(start, locale)}`}
                      >
                        {t(`meeting.answer.${a}`)}
                      </button>
                    ))}
                  </Form>
                ) : null}
                {data.editable && !past && !o.cancelled && answerable ? (
                  <details>
                    <summary>{t("meeting.changeOccurrence")}</summary>
                    <Form method="post">
                      <input type="hidden" name="intent" value="occurrence" />
                      <input type="hidden" name="occurrence" value={key} />
                      <input type="hidden" name="version" value={series.version} />
                      <TextField
                        name="movedStart"
                        id={`moved-${key}`}
                        label="meeting.movedStart"
                        type="datetime-local"
                      />
                      <button type="submit" name="change" value="move">
                        {t("meeting.moveOccurrence")}
                      </button>{" "}
                      <button type="submit" name="change" value="cancel">
                        {t("meeting.cancelOccurrence")}
                      </button>
                    </Form>
                  </details>
                ) : null}
                {data.editable && past && !o.cancelled ? (
                  <details open={came.length === 0}>
                    <summary>{t("meeting.attendance", { count: came.length })}</summary>
                    <Form method="post">
                      <input type="hidden" name="intent" value="attendance" />
                      <input type="hidden" name="occurrence" value={key} />
                      <fieldset>
                        <legend>{t("meeting.whoCame")}</legend>
                        {orgs.map((org) => (
                          // Ids of their own: the invitation form's checkboxes use name-value ids.
                          <div className="checkbox" key={`${key}-${org.id}`}>
                            <input
                              type="checkbox"
                              id={`came-${key}-${org.id}`}
                              name={org.type}
                              value={org.id}
                              defaultChecked={came.some((c) => c.unitId === org.id || c.associationId === org.id)}
                            />
                            <label htmlFor={`came-${key}-${org.id}`}>{org.name}</label>
                          </div>
                        ))}
                      </fieldset>
                      <button type="submit">{t("meeting.saveAttendance")}</button>
                    </Form>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="invited">
        <h2 id="invited">{t("meeting.invited")}</h2>
        {orgs.length === 0 && data.invited.people.length === 0 ? <p>{t("meeting.noneInvited")}</p> : null}
        <ul className="list">
          {data.invited.units.map((u) => (
            <li key={u.id}>{u.name}</li>
          ))}
          {data.invited.associations.map((a) => (
            <li key={a.id}>
              {a.name}
              {a.personal ? <span className="badge"> {t("meeting.personal")}</span> : null}
              {data.editable && a.personal ? (
                <span className="muted">
                  {" "}
                  · {t(a.answered ? "meeting.personalAnswered" : "meeting.personalNotAnswered")}
                </span>
              ) : null}
            </li>
          ))}
          {data.invited.people.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      </section>

      {data.figures ? (
        <section className="card" aria-labelledby="figures">
          <h2 id="figures">{t("meeting.figures")}</h2>
          <dl>
            <dt>{t("meeting.figures.invited")}</dt>
            <dd>{data.figures.invited}</dd>
            <dt>{t("meeting.figures.answered")}</dt>
            <dd>{data.figures.answered}</dd>
            <dt>{t("meeting.figures.came")}</dt>
            <dd>{data.figures.came}</dd>
            <dt>{t("meeting.figures.firstTime")}</dt>
            <dd>{data.figures.reachedFirstTime}</dd>
          </dl>
        </section>
      ) : null}

      {data.choices && (series.status === "draft" || series.status === "scheduled") ? (
        <section className="card" aria-labelledby="invite">
          <h2 id="invite">{t("meeting.invite")}</h2>
          <p>{t(series.status === "scheduled" ? "meeting.inviteScheduled" : "meeting.inviteDraft")}</p>
          <Form method="post" noValidate>
            <FormError errors={errorsFor("invite")} />
            <input type="hidden" name="intent" value="invite" />
            <ChoiceGroup
              name="associationIds"
              legend="meeting.inviteAssociations"
              options={data.choices.associations.map((a) => ({
                value: a.id,
                label: `${a.name}${a.multicultural ? ` (${t("meeting.multicultural")})` : ""}`,
              }))}
              selected={[]}
            />
            <Checkbox name="personal" label={t("meeting.invitePersonally")} />
            <ChoiceGroup
              name="unitIds"
              legend="meeting.inviteUnits"
              options={data.choices.units.map((u) => ({ value: u.id, label: u.name }))}
              selected={[]}
            />
            <ChoiceGroup
              name="userIds"
              legend="meeting.invitePeople"
              options={data.choices.people.map((p) => ({ value: p.id, label: p.name }))}
              selected={[]}
            />
            <button type="submit">{t("meeting.addInvitees")}</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
