// One referral, as its two sides see it: the referring unit's social workers and the association's staff. Each sees
// what it may (client data only as far as the consent covers), and the buttons of the steps it may take now.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { referralMachine, type ReferralEvent } from "#workflows/referral/referral.machine";
import { FormError, SelectField, TextField, Checkbox } from "~/components/form";
import { plainButtons } from "~/components/referral-steps";
import { useLocale, useT, type MessageKey } from "~/i18n/i18n";
import { answerDeadline, isReferralParty, viewReferral } from "~/models/referral.server";
import { requireUser } from "~/utils/auth.server";
import { CONSENT_METHODS, DECLINE_REASONS, LANGUAGE_CODES, OUTCOMES } from "~/utils/choices";
import { db } from "~/utils/db.server";
import { formatDate, formatDateTime, nextSessions, toHelsinkiInput } from "~/utils/dates";
import { parseForm, type FieldErrors } from "~/utils/forms";
import { LanguageName, LanguageNames, LanguageOption, Localized } from "~/components/language";
import { languageName, namedLanguage, textsOf } from "~/utils/languages";
import { getLocale } from "~/utils/locale.server";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { forbidden } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { referralIntent } from "./referrals.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("referral.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = requireId(params.referralId);
  const exists = await db().referral.count({ where: { id } });
  if (!exists) notFound();
  const referral = await viewReferral(user, id);
  if (!referral) forbidden();
  const redirectTargets = referral.offered.referral.includes("REDIRECT")
    ? await db().association.findMany({
        where: { countyId: referral.unit.countyId, id: { not: referral.associationId } },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      })
    : [];
  // The activity's next sessions, as one-tap times for accepting with a first meeting.
  const sessions =
    referral.offered.referral.includes("ACCEPT") && referral.activity
      ? nextSessions(referral.activity, new Date())
      : [];
  const done = new URL(request.url).searchParams.has("done");
  const awaiting = referralMachine.getStateNodeById(`referral.${referral.status}`).tags.includes("awaiting_answer");
  const deadline = awaiting && referral.sentAt ? answerDeadline(referral.sentAt) : null;
  // The language of the consent text the client was shown, named here (the browser's Unicode data may differ).
  const shownLanguage = referral.consent?.textLanguage
    ? namedLanguage(referral.consent.textLanguage, await getLocale(request, user))
    : null;
  return { referral, redirectTargets, sessions, done, deadline, shownLanguage };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = requireId(params.referralId);
  if (!(await isReferralParty(user, id))) forbidden();
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const formData = form.formData;
  const intent = referralIntent(formData.get("intent"));
  if (!intent) return invalid({ form: { key: "errors.invalidChoice" } });
  const parsed = parseForm(intent.schema, formData);
  if (!parsed.ok) return invalid(parsed.errors);
  try {
    const next = await intent.run(user, id, parsed.data);
    // The page after a step confirms it (and moves the focus there).
    return redirect(`/referrals/${next ?? id}?done`);
  } catch (error) {
    return problemResponse(error);
  }
}

function Step({
  intent,
  version,
  label,
  children,
  danger,
}: {
  intent: string;
  version: number;
  label: MessageKey;
  children?: ReactNode;
  danger?: boolean;
}) {
  const t = useT();
  return (
    <Form method="post" className="card step" noValidate>
      <input type="hidden" name="version" value={version} />
      {children}
      <button type="submit" name="intent" value={intent} className={danger ? "danger" : undefined}>
        {t(label)}
      </button>
    </Form>
  );
}

/** The confirmation after a step: it takes the focus, so that the step's result is read out and seen first. */
function Done({ status }: { status: string }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="notice" role="status" tabIndex={-1} ref={box}>
      {t("referral.done", { status })}
    </div>
  );
}

/** What the association's staff do first with a new referral: accept it with a time, one tap for a next session. */
function AcceptAndPropose({ version, sessions, errors }: { version: number; sessions: Date[]; errors?: FieldErrors }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card primary-action" aria-labelledby="accept-and-propose">
      <h2 id="accept-and-propose">{t("referral.acceptAndPropose")}</h2>
      {sessions.length ? (
        <Form method="post" noValidate>
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="intent" value="ACCEPT_AND_PROPOSE" />
          <p className="hint">{t("referral.nextSessions")}</p>
          <div className="grid">
            {sessions.map((session) => (
              <button key={String(session)} type="submit" name="time" value={toHelsinkiInput(session)}>
                {t("referral.acceptWithTime", { time: formatDateTime(session, locale) })}
              </button>
            ))}
          </div>
        </Form>
      ) : null}
      <Form method="post" noValidate className="step">
        <input type="hidden" name="version" value={version} />
        <TextField
          name="time"
          type="datetime-local"
          label="referral.otherTime"
          hint="activityForm.timeHint"
          errors={errors}
        />
        <button type="submit" name="intent" value="ACCEPT_AND_PROPOSE" className="secondary">
          {t("referral.acceptAndPropose")}
        </button>
      </Form>
    </section>
  );
}

export default function ReferralPage() {
  const { referral: r, redirectTargets, sessions, done, deadline, shownLanguage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const t = useT();
  const locale = useLocale();
  const can = (event: ReferralEvent["type"]) => r.offered.referral.includes(event);
  const buttons = plainButtons(r.offered.referral);
  const languageOptions = LANGUAGE_CODES.map((code) => <LanguageOption key={code} code={code} />);
  return (
    <>
      <p>
        <Link to="/referrals">{t("referral.backToList")}</Link>
      </p>
      <h1>
        {t("referral.title")}: {r.activity ? <Localized texts={textsOf(r.activity, "title")} /> : r.association.name}
      </h1>
      <p>
        <span className="badge">{t(`referral.status.${r.status}`)}</span>{" "}
        <span className="muted">
          {r.association.name} · {r.unit.name}
          {r.sentAt ? ` · ${t("referral.sentAt", { date: formatDateTime(r.sentAt, locale) })}` : ""}
          {deadline ? ` · ${t("referral.answerBy", { date: formatDate(deadline, locale) })}` : ""}
        </span>
      </p>
      {r.declineReason ? (
        <p>
          {t("referral.declineReason")}: {t(`referral.declineReason.${r.declineReason}`)}
          {r.declineText ? ` – ${r.declineText}` : ""}
        </p>
      ) : null}
      {r.outcome ? (
        <p>
          {t("referral.outcome")}: {t(`referral.outcome.${r.outcome}`)}
          {r.outcomeText ? ` – ${r.outcomeText}` : ""}
        </p>
      ) : null}
      {done && !errors ? <Done status={t(`referral.status.${r.status}`)} /> : null}
      <FormError errors={errors} />
      {errors?.form?.key === "errors.concurrentChange" ? (
        <p>
          <Link to={`/referrals/${r.id}`} reloadDocument>
            {t("referral.reload")}
          </Link>
        </p>
      ) : null}

      {can("ACCEPT") && r.party === "association" ? (
        <AcceptAndPropose version={r.version} sessions={sessions.map((d) => new Date(d))} errors={errors} />
      ) : null}

      {r.meetingAt ? (
        <section className="card notice" aria-labelledby="meeting">
          <h2 id="meeting">{t("referral.meeting")}</h2>
          <p className="meeting-time">
            {formatDateTime(r.meetingAt, locale)} ({t("activity.helsinkiTime")})
          </p>
        </section>
      ) : null}
      {r.proposedTimes.length && !r.meetingAt ? (
        <section className="card" aria-labelledby="proposed">
          <h2 id="proposed">{t("referral.proposedTimes")}</h2>
          <ul className="list">
            {r.proposedTimes.map((time) => (
              <li key={String(time)}>
                {formatDateTime(time, locale)} ({t("activity.helsinkiTime")})
                {can("CONFIRM_TIME") ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="version" value={r.version} />
                    <input type="hidden" name="at" value={new Date(time).toISOString()} />{" "}
                    <button type="submit" name="intent" value="CONFIRM_TIME" className="secondary">
                      {t("referral.event.CONFIRM_TIME")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="client">
        <h2 id="client">{t("referral.client")}</h2>
        {Object.keys(r.client).length === 0 ? (
          <p>{r.personalDataErasedAt ? t("referral.dataErased") : t("referral.noClientData")}</p>
        ) : (
          <dl>
            {Object.entries(r.client).map(([item, value]) => (
              <div key={item} className="dl-row">
                <dt>{t(`referral.item.${item as keyof typeof r.client}`)}</dt>
                <dd>{Array.isArray(value) ? <LanguageNames codes={value} /> : value}</dd>
              </div>
            ))}
          </dl>
        )}
        {r.activity ? (
          <p>
            {t("referral.activity")}: <Localized texts={textsOf(r.activity, "title")} />
            {r.activity.capacity !== "open" ? ` (${t(`capacity.${r.activity.capacity}`)})` : ""}
          </p>
        ) : null}
      </section>

      {r.consent ? (
        <section className="card" aria-labelledby="consent">
          <h2 id="consent">{t("referral.consent")}</h2>
          <dl>
            <dt>{t("referral.consentItems")}</dt>
            <dd>{r.consent.items.map((i) => t(`referral.item.${i}`)).join(", ")}</dd>
            <dt>{t("referral.purpose")}</dt>
            <dd>{r.consent.purpose}</dd>
            <dt>{t("referral.method")}</dt>
            <dd>
              {t(`referral.method.${r.consent.method}`)}
              {r.consent.interpreterUsed
                ? ` · ${t("referral.withInterpreter", { language: languageName(r.consent.interpreterLanguage ?? "", locale) })}`
                : ""}
            </dd>
            <dt>{t("referral.recordedAt")}</dt>
            <dd>{formatDateTime(r.consent.recordedAt, locale)}</dd>
            {r.consent.textVersion === null ? null : (
              <>
                <dt>{t("consent.shownText")}</dt>
                <dd>
                  {shownLanguage ? (
                    <>
                      <LanguageName code={shownLanguage.code} /> ·{" "}
                    </>
                  ) : null}
                  {t("consent.version", { version: r.consent.textVersion })}
                  {r.consent.textId && r.party === "county" ? (
                    <>
                      {" "}
                      <Link to={`/referrals/consent-text?text=${r.consent.textId}`}>{t("consentText.title")}</Link>
                    </>
                  ) : null}
                </dd>
              </>
            )}
            <dt>{t("referral.validUntil")}</dt>
            <dd>{formatDate(r.consent.validUntil, locale)}</dd>
            <dt>{t("referral.consentStatus")}</dt>
            <dd>{t(`referral.consentStatus.${r.consent.status}`)}</dd>
          </dl>
        </section>
      ) : null}

      {r.accompaniment ? (
        <section className="card" aria-labelledby="accompaniment">
          <h2 id="accompaniment">{t("referral.accompaniment")}</h2>
          <p>
            {[
              r.accompaniment.pickup ? t("referral.pickup") : null,
              r.accompaniment.interpreting
                ? t("referral.interpreting", {
                    language: languageName(r.accompaniment.interpreterLanguage ?? "", locale),
                  })
                : null,
            ]
              .filter(Boolean)
              .join(" · ")}{" "}
            <span className="badge">{t(`accompaniment.status.${r.accompaniment.status}`)}</span>
          </p>
          {r.party === "association" && r.accompaniment.volunteerName ? (
            <p>
              {t("referral.volunteer")}: {r.accompaniment.volunteerName} {r.accompaniment.volunteerPhone}
            </p>
          ) : null}
          {r.offered.accompaniment.includes("ASSIGN") ? (
            <Form method="post" noValidate className="step">
              <TextField
                name="volunteerName"
                label="referral.volunteerName"
                defaultValue={r.accompaniment.volunteerName ?? ""}
                errors={errors}
              />
              <TextField
                name="volunteerPhone"
                type="tel"
                label="referral.volunteerPhone"
                defaultValue={r.accompaniment.volunteerPhone ?? ""}
                errors={errors}
              />
              <button type="submit" name="intent" value="ASSIGN_VOLUNTEER">
                {t("accompaniment.event.ASSIGN")}
              </button>
            </Form>
          ) : null}
          {r.offered.accompaniment.includes("DONE") ? (
            <Form method="post">
              <button type="submit" name="intent" value="ACCOMPANIMENT_DONE" className="secondary">
                {t("accompaniment.event.DONE")}
              </button>
            </Form>
          ) : null}
          {r.offered.accompaniment.includes("CANCEL") ? (
            <Form method="post">
              <button type="submit" name="intent" value="ACCOMPANIMENT_CANCEL" className="secondary">
                {t("accompaniment.event.CANCEL")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="next-steps">
        <h2 id="next-steps">{t("referral.nextSteps")}</h2>
        {r.offered.referral.filter((s) => s !== "CONFIRM_TIME").length === 0 ? <p>{t("referral.noSteps")}</p> : null}
        <div className="grid">
          {buttons.map((event) => (
            <Step key={event} intent={event} version={r.version} label={`referral.event.${event}`} />
          ))}
          {can("DECLINE") ? (
            <Step intent="DECLINE" version={r.version} label="referral.event.DECLINE">
              <SelectField name="reason" label="referral.declineReason" defaultValue="" errors={errors}>
                <option value="">{t("referral.chooseReason")}</option>
                {DECLINE_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`referral.declineReason.${reason}`)}
                  </option>
                ))}
              </SelectField>
              <TextField name="text" id="decline-text" label="referral.otherReason" maxLength={500} errors={errors} />
            </Step>
          ) : null}
          {can("PROPOSE_TIMES") ? (
            <Step intent="PROPOSE_TIMES" version={r.version} label="referral.event.PROPOSE_TIMES">
              <TextField
                name="time1"
                type="datetime-local"
                label="referral.time1"
                hint="activityForm.timeHint"
                errors={errors}
              />
              <TextField name="time2" type="datetime-local" label="referral.time2" errors={errors} />
              <TextField name="time3" type="datetime-local" label="referral.time3" errors={errors} />
            </Step>
          ) : null}
          {can("ARRANGE_MEETING") ? (
            <Step intent="ARRANGE_MEETING" version={r.version} label="referral.event.ARRANGE_MEETING">
              <TextField
                name="at"
                type="datetime-local"
                label="referral.agreedTime"
                hint="activityForm.timeHint"
                defaultValue={r.meetingAt ? toHelsinkiInput(r.meetingAt) : ""}
                errors={errors}
              />
            </Step>
          ) : null}
          {can("CLOSE") ? (
            <Step intent="CLOSE" version={r.version} label="referral.event.CLOSE">
              <SelectField name="outcome" label="referral.outcome" errors={errors}>
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`referral.outcome.${o}`)}
                  </option>
                ))}
              </SelectField>
              <TextField name="text" id="outcome-text" label="referral.otherOutcome" maxLength={500} errors={errors} />
            </Step>
          ) : null}
          {can("REDIRECT") ? (
            <Step intent="REDIRECT" version={r.version} label="referral.event.REDIRECT">
              <SelectField name="associationId" id="redirect-association" label="referral.association" errors={errors}>
                {redirectTargets.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </SelectField>
              <SelectField name="method" id="redirect-method" label="referral.method" errors={errors}>
                {CONSENT_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`referral.method.${m}`)}
                  </option>
                ))}
              </SelectField>
              <Checkbox name="interpreterUsed" label={t("referral.interpreterUsed")} errors={errors} />
              <SelectField
                name="interpreterLanguage"
                id="redirect-interpreter"
                label="referral.interpreterLanguage"
                errors={errors}
              >
                <option value="">–</option>
                {languageOptions}
              </SelectField>
              <Checkbox name="consentConfirmed" label={t("referral.redirectConsent")} errors={errors} />
            </Step>
          ) : null}
        </div>
      </section>

      {can("CANCEL") || r.offered.consent.includes("WITHDRAW") ? (
        <section className="card danger-zone" aria-labelledby="ending">
          <h2 id="ending">{t("referral.ending")}</h2>
          {can("CANCEL") ? <Step intent="CANCEL" version={r.version} label="referral.event.CANCEL" danger /> : null}
          {r.offered.consent.includes("WITHDRAW") ? (
            <Form method="post" noValidate>
              <Checkbox name="confirm" label={t("referral.confirmWithdrawal")} errors={errors} />
              <button type="submit" name="intent" value="WITHDRAW_CONSENT" className="danger">
                {t("consent.event.WITHDRAW")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
