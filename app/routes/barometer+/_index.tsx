// The partnership barometer at /barometer for the county's liaison and admins: the county's rounds, newest first, and
// a form to start a new one (a draft: invitees are chosen and the round opened on its own page).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CountyField, FormError, TextField } from "~/components/form";
import { useLocale, useT } from "~/i18n/i18n";
import { barometerCounties, createRound, listRounds } from "~/models/barometer.server";
import { formatDate } from "~/utils/dates";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { requirePermission } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { roundSchema } from "./barometer.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("barometer.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "barometer:manage");
  const [rounds, counties] = await Promise.all([listRounds(user), barometerCounties(user)]);
  return { rounds, counties };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "barometer:manage");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(roundSchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  if (parsed.data.closesAt <= new Date()) return invalid({ closesAt: { key: "errors.dateInPast" } });
  try {
    const round = await createRound(user, parsed.data);
    return redirect(`/barometer/${round.id}`);
  } catch (error) {
    return problemResponse(error);
  }
}

export default function BarometerRounds() {
  const { rounds, counties } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("barometer.title")}</h1>
      <p>{t("barometer.intro")}</p>
      <section aria-labelledby="rounds">
        <h2 id="rounds">{t("barometer.rounds")}</h2>
        {rounds.length === 0 ? <p>{t("barometer.noRounds")}</p> : null}
        <ul className="list">
          {rounds.map((r) => (
            <li key={r.id}>
              <Link to={`/barometer/${r.id}`}>{r.title}</Link>{" "}
              <span className="badge">{t(`barometer.status.${r.status}`)}</span>{" "}
              <span className="muted">
                {r.county.name} · {t("barometer.closesOn", { date: formatDate(r.closesAt, locale) })} ·{" "}
                {t("barometer.answerCount", { answers: r._count.answers, invited: r._count.invitations })}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {counties.length ? (
        <section className="card" aria-labelledby="new-round">
          <h2 id="new-round">{t("barometer.newRound")}</h2>
          <Form method="post" noValidate>
            <FormError errors={errors} />
            <CountyField counties={counties} label="barometer.county" errors={errors} />
            <TextField name="title" label="barometer.roundTitle" maxLength={120} autoComplete="off" errors={errors} />
            <TextField name="closesAt" label="barometer.closingDate" type="date" errors={errors} />
            <button type="submit">{t("barometer.create")}</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
