// One barometer round at /barometer/:roundId for its manager: where it stands, who is invited and how many answered,
// choosing invitees (the county's associations and units, or named addresses), and the round's next steps
// (open with a closing date, close, reopen, publish) as the workflow offers them.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ChoiceGroup } from "~/components/choice-group";
import { FormError, TextField } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useLocale, useT } from "~/i18n/i18n";
import { changeRound, getRound, invite, inviteeChoices } from "~/models/barometer.server";
import { barometerRoundMachine, type BarometerRoundEvent } from "#workflows/barometer-round/barometer-round.machine";
import { offeredEvents } from "#workflows/states";
import { formatDate } from "~/utils/dates";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { barometerParty, requirePermission } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { restoreSnapshot } from "~/utils/workflow.server";
import { eventSchema, inviteSchema } from "./barometer.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("barometer.round");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "barometer:manage");
  const round = await getRound(user, requireId(params.roundId));
  if (!round) notFound();
  const events = offeredEvents<BarometerRoundEvent["type"]>(
    barometerRoundMachine,
    restoreSnapshot("barometer-round", round),
    barometerParty(user),
  );
  const [associations, units] = await inviteeChoices(round.countyId);
  const { snapshot: _snapshot, ...shown } = round;
  return { round: shown, events, associations, units };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "barometer:manage");
  const roundId = requireId(params.roundId);
  // Authorised before the form is read: a round of another county is simply not found, whatever was sent.
  if (!(await getRound(user, roundId))) notFound();
  const body = await readForm(request);
  if (!body.ok) return body.refusal;
  const form = body.formData;
  try {
    if (form.get("intent") === "invite") {
      const parsed = parseForm(inviteSchema, form);
      if (!parsed.ok) return invalid(parsed.errors, 400, "invite");
      const added = await invite(user, roundId, parsed.data);
      return redirect(`/barometer/${roundId}?invited=${added}`);
    }
    const parsed = parseForm(eventSchema, form);
    if (!parsed.ok) return invalid(parsed.errors, 400, "event");
    await changeRound(user, roundId, parsed.data.event, {
      expectedVersion: parsed.data.version,
      closesAt: parsed.data.closesAt,
    });
    return redirect(`/barometer/${roundId}`);
  } catch (error) {
    return problemResponse(error);
  }
}

export default function RoundPage() {
  const { round, events, associations, units } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const t = useT();
  const locale = useLocale();
  const inviting = round.status === "draft" || round.status === "open";
  const opening = events.filter((e) => e === "OPEN" || e === "REOPEN");
  const others = events.filter((e) => e === "CLOSE" || e === "PUBLISH");
  return (
    <>
      <p>
        <Link to="/barometer">{t("barometer.backToRounds")}</Link>
      </p>
      <h1>{round.title}</h1>
      <p>
        <span className="badge">{t(`barometer.status.${round.status}`)}</span>
      </p>
      <dl>
        <dt>{t("barometer.county")}</dt>
        <dd>{round.county.name}</dd>
        <dt>{t("barometer.closingDate")}</dt>
        <dd>{formatDate(round.closesAt, locale)}</dd>
        <dt>{t("barometer.invited")}</dt>
        <dd>{t("barometer.invitedCount", { invited: round._count.invitations, sent: round.sent })}</dd>
        <dt>{t("barometer.answers")}</dt>
        <dd>{round._count.answers}</dd>
      </dl>
      {round.status === "closed" || round.status === "published" ? (
        <p>
          <Link className="button" to={`/barometer/${round.id}/results`}>
            {t("barometer.seeResults")}
          </Link>
        </p>
      ) : null}

      {events.length ? (
        <section className="card" aria-labelledby="next-steps">
          <h2 id="next-steps">{t("barometer.nextSteps")}</h2>
          {actionData?.target === "event" ? <FormError errors={errors} /> : null}
          {opening.map((event) => (
            <Form method="post" key={event} noValidate>
              <input type="hidden" name="version" value={round.version} />
              <TextField
                name="closesAt"
                label="barometer.closingDate"
                type="date"
                defaultValue={new Date(round.closesAt).toISOString().slice(0, 10)}
                errors={actionData?.target === "event" ? errors : undefined}
              />
              <button type="submit" name="event" value={event}>
                {t(`barometer.event.${event}`)}
              </button>
            </Form>
          ))}
          {others.map((event) => (
            <Form method="post" key={event}>
              <input type="hidden" name="version" value={round.version} />
              <button type="submit" name="event" value={event}>
                {t(`barometer.event.${event}`)}
              </button>
            </Form>
          ))}
        </section>
      ) : null}

      {inviting ? (
        <section className="card" aria-labelledby="invite">
          <h2 id="invite">{t("barometer.invite")}</h2>
          <p>{t(round.status === "open" ? "barometer.inviteOpen" : "barometer.inviteDraft")}</p>
          <Form method="post" noValidate>
            {actionData?.target === "invite" ? <FormError errors={errors} /> : null}
            <input type="hidden" name="intent" value="invite" />
            <ChoiceGroup
              name="associationIds"
              legend="barometer.inviteAssociations"
              options={associations.map((a) => ({ value: a.id, label: a.name }))}
              selected={[]}
            />
            <ChoiceGroup
              name="unitIds"
              legend="barometer.inviteUnits"
              options={units.map((u) => ({ value: u.id, label: u.name }))}
              selected={[]}
            />
            <TextArea
              name="emails"
              label="barometer.inviteEmails"
              rows={3}
              errors={actionData?.target === "invite" ? errors : undefined}
            />
            <button type="submit">{t("barometer.addInvitees")}</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
