// /path/:countyId — a county's Co-Act path as a picture a liaison reads at a glance: the ten steps in order, each with
// its number, name, state (symbol and word), owner, target date, evidence in one line and the next suggested action;
// the liaison's (or an admin's) changes as the workflow offers them; the timeline of every transition. Printable.
// Planning a step (its owner and target date) opens that step's plan form at /path/:countyId?plan=<step>: the county's
// staff are listed once, for that step, not in a form per step.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormError, SelectField, TextField } from "~/components/form";
import { StatusMark } from "~/components/path-status";
import { useLocale, useT, type MessageKey } from "~/i18n/i18n";
import {
  EvidenceMissing,
  evidenceText,
  moveStep,
  readPath,
  reevaluatePaths,
  type StepEventType,
} from "~/models/coact-path.server";
import { countyExists } from "~/models/county.server";
import { STEP_KEYS } from "~/utils/coact-evidence";
import { requireUser } from "~/utils/auth.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { forbidden, mayReadPath, pathParty } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { ConcurrentChange, TransitionRefused } from "~/utils/workflow.server";
import { FieldProblem } from "~/models/user.server";
import { stepEventSchema } from "./path.server";

export const meta = titled("path.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const plan = new URL(request.url).searchParams.get("plan");
  const planning = STEP_KEYS.find((key) => key === plan);
  const path = await readPath(user, requireId(params.countyId), { planning });
  if (!path) notFound();
  // The evidence line in the reader's language, written here: its dates are formatted for the reader.
  const steps = path.steps.map(({ evidence: { explanation, ...evidence }, ...step }) => ({
    ...step,
    evidence: { ...evidence, text: evidenceText(user, explanation) },
  }));
  return { ...path, steps, admin: user.role === "admin" };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const countyId = requireId(params.countyId);
  // Authorised before the form is read: another county's path is not found, and in the county only its liaison (or an
  // admin) moves steps.
  if (!mayReadPath(user, countyId)) notFound();
  if (!pathParty(user, countyId)) forbidden();
  if (!(await countyExists(countyId))) notFound();
  const body = await readForm(request);
  if (!body.ok) return body.refusal;
  const form = body.formData;
  if (form.get("intent") === "reevaluate") {
    const done = await reevaluatePaths(new Date(), [countyId]);
    return redirect(`/path/${countyId}?checked=${done.checked}&lapsed=${done.lapsed}&restored=${done.restored}`);
  }
  const parsed = parseForm(stepEventSchema, form);
  const target = typeof form.get("step") === "string" ? String(form.get("step")) : undefined;
  if (!parsed.ok) return invalid(parsed.errors, 400, target);
  const { step, event, version, ...change } = parsed.data;
  try {
    await moveStep(user, countyId, step, { event, expectedVersion: version, ...change });
    return redirect(`/path/${countyId}#step-${step}`);
  } catch (error) {
    if (error instanceof EvidenceMissing)
      return invalid(
        { form: { key: "path.refused", params: { explanation: evidenceText(user, error.explanation) } } },
        409,
        step,
      );
    if (error instanceof ConcurrentChange) return invalid({ form: { key: "path.conflict" } }, 409, step);
    if (error instanceof FieldProblem) return invalid({ [error.field]: { key: error.key } }, 400, step);
    if (error instanceof TransitionRefused) return invalid({ form: { key: "errors.transitionRefused" } }, 409, step);
    return problemResponse(error);
  }
}

type Path = ReturnType<typeof useLoaderData<typeof loader>>;
type Step = Path["steps"][number];

/** The next suggested action, from the step's state and whether its evidence holds. */
function nextAction(step: Step): MessageKey {
  if ((step.status === "planned" || step.status === "in_progress") && step.evidence.holds) return "path.next.ready";
  return `path.next.${step.status}`;
}

function StepForms({ step, path }: { step: Step; path: Path }) {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const mine = actionData?.target === step.step;
  const errors = mine ? actionData?.errors : undefined;
  const hidden = (
    <>
      <input type="hidden" name="step" value={step.step} />
      <input type="hidden" name="version" value={step.version} />
    </>
  );
  const id = (name: string) => `${step.step}-${name}`;
  const planning = path.planning === step.step;
  const comment = (event: StepEventType) => (
    <TextField id={id(`${event}-comment`)} name="comment" label="path.form.comment" maxLength={500} errors={errors} />
  );
  return (
    <details className="path-change no-print" open={mine || planning}>
      <summary>{t("path.changeStep", { number: step.number, step: t(`path.step.${step.step}`) })}</summary>
      {mine ? <FormError errors={errors} /> : null}
      {step.events.map((event) =>
        // The plan form, with the county's staff to choose the owner from, is on the page for one step at a time.
        event === "PLAN" && !planning ? (
          <p key={event} className="path-form">
            <Link className="button" to={`?plan=${step.step}#step-${step.step}`} preventScrollReset>
              {t("path.event.PLAN")}
            </Link>
          </p>
        ) : (
          <Form method="post" key={event} noValidate className="path-form">
            {hidden}
            {event === "PLAN" ? (
              <>
                <SelectField
                  id={id("owner")}
                  name="ownerId"
                  label="path.form.owner"
                  defaultValue={step.owner?.id ?? ""}
                  errors={errors}
                >
                  <option value="">{t("path.form.chooseOwner")}</option>
                  {path.owners.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  id={id("target-date")}
                  name="targetDate"
                  type="date"
                  label="path.form.targetDate"
                  defaultValue={step.targetDate ? String(step.targetDate).slice(0, 10) : ""}
                  errors={errors}
                />
              </>
            ) : null}
            {event === "SKIP" ? (
              <TextField id={id("reason")} name="reason" label="path.form.reason" maxLength={500} errors={errors} />
            ) : null}
            {comment(event)}
            <button type="submit" name="event" value={event} className={event === "SKIP" ? "secondary" : undefined}>
              {t(`path.event.${event}`)}
            </button>
          </Form>
        ),
      )}
    </details>
  );
}

function PathStep({ step, path }: { step: Step; path: Path }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li className={`path-step path-step-${step.status}`} id={`step-${step.step}`}>
      <span className="path-marker" aria-hidden="true">
        {step.number}
      </span>
      <div className="path-body">
        <h2>
          <span className="visually-hidden">{t("path.stepNumber", { number: step.number })}: </span>
          {t(`path.step.${step.step}`)} <StatusMark status={step.status} />
        </h2>
        <dl className="path-facts">
          <dt>{t("path.owner")}</dt>
          <dd>{step.owner?.name ?? t("path.noOwner")}</dd>
          <dt>{t("path.targetDate")}</dt>
          <dd>{step.targetDate ? formatDate(step.targetDate, locale) : t("path.noTargetDate")}</dd>
          <dt>{t("path.evidenceLabel")}</dt>
          <dd>
            {step.evidence.text}
            {step.evidence.stale ? <span className="badge warn"> {t("path.staleMark")}</span> : null}
          </dd>
          {step.status === "skipped" && step.skipReason ? (
            <>
              <dt>{t("path.skipReasonLabel")}</dt>
              <dd>{step.skipReason}</dd>
            </>
          ) : null}
          <dt>{t("path.nextLabel")}</dt>
          <dd>{t(nextAction(step))}</dd>
        </dl>
        {step.events.length ? <StepForms step={step} path={path} /> : null}
      </div>
    </li>
  );
}

export default function CountyPath() {
  const path = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [search] = useSearchParams();
  const count = (...statuses: string[]) => path.steps.filter((s) => statuses.includes(s.status)).length;
  const checked = search.get("checked");
  return (
    <>
      {path.admin ? (
        <p className="no-print">
          <Link to="/path">{t("path.overview.title")}</Link>
        </p>
      ) : null}
      <h1>{t("path.countyTitle", { county: path.county.name })}</h1>
      <p>{t("path.intro")}</p>
      <p>
        <strong>
          {t("path.summary", {
            established: count("established"),
            active: count("planned", "in_progress"),
            lapsed: count("lapsed"),
            skipped: count("skipped"),
          })}
        </strong>
      </p>
      {checked !== null ? (
        <div className="notice" role="status">
          {t("path.reevaluate.done", {
            checked,
            lapsed: search.get("lapsed") ?? "0",
            restored: search.get("restored") ?? "0",
          })}
        </div>
      ) : null}
      <p className="actions no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t("path.print")}
        </button>
      </p>

      <ol className="path" aria-label={t("path.title")}>
        {path.steps.map((step) => (
          <PathStep key={step.step} step={step} path={path} />
        ))}
      </ol>

      {path.leads ? (
        <section className="card no-print" aria-labelledby="reevaluate">
          <h2 id="reevaluate">{t("path.reevaluate.button")}</h2>
          <p>{t("path.reevaluate.intro")}</p>
          <Form method="post">
            <button type="submit" name="intent" value="reevaluate">
              {t("path.reevaluate.button")}
            </button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="timeline">
        <h2 id="timeline">{t("path.timeline.title")}</h2>
        {path.timeline.length === 0 ? (
          <p>{t("path.timeline.none")}</p>
        ) : (
          // Focusable, so that a keyboard can scroll the table sideways on a narrow screen (axe: scrollable-region-focusable).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="timeline">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("path.timeline.when")}</th>
                  <th scope="col">{t("path.timeline.who")}</th>
                  <th scope="col">{t("path.timeline.step")}</th>
                  <th scope="col">{t("path.timeline.change")}</th>
                  <th scope="col">{t("path.timeline.comment")}</th>
                </tr>
              </thead>
              <tbody>
                {path.timeline.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDateTime(e.createdAt, locale)}</td>
                    <td>{e.actor?.name ?? t("path.timeline.system")}</td>
                    <td>{t(`path.step.${e.step}`)}</td>
                    <td>
                      {t(`path.status.${e.fromState}`)} → {t(`path.status.${e.toState}`)}
                    </td>
                    <td>{e.comment ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
