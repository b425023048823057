// The barometer's answer form at /barometer/answer?token=…, reached from the personal link in the invitation e-mail,
// without signing in. Short and phone-sized; every question may be skipped; the answer can be changed through the same
// link until the round closes. An unknown link gets a page that says so and changes nothing.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormError } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useLocale, useT } from "~/i18n/i18n";
import { findAnswerLink, saveAnswer } from "~/models/barometer.server";
import {
  AGREEMENT,
  ASSOCIATION_SIZES,
  CANT_SAY,
  GRADES,
  LEVELS,
  OBSTACLE_SCALE,
  OBSTACLES,
  ORG_TYPES,
  STATEMENTS,
  THEMES,
} from "~/utils/barometer";
import { formatDate } from "~/utils/dates";
import { parseForm, type FieldErrors } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { invalid } from "~/utils/problems.server";
import { answerSchema } from "./barometer.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("barometer.answer.title");

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token") ?? "";

export async function loader({ request }: LoaderFunctionArgs) {
  const link = await findAnswerLink(tokenOf(request));
  if (!link) return data({ link: null }, { status: 404 });
  return { link };
}

export async function action({ request }: ActionFunctionArgs) {
  const token = tokenOf(request);
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(answerSchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  const result = await saveAnswer(token, parsed.data);
  if (result === "unknown") return data({ errors: undefined, refused: "unknown" as const }, { status: 404 });
  if (result === "closed") return data({ errors: undefined, refused: "closed" as const }, { status: 409 });
  return redirect(`/barometer/answer?${new URLSearchParams({ token, saved: "1" })}`);
}

type Saved = Record<string, unknown> | undefined;

type SavedAnswer = {
  orgType: string | null;
  associationSize: string | null;
  immigrantMajority: boolean | null;
  items: unknown;
  grades: unknown;
  obstacles: unknown;
  openText: string | null;
} | null;

/** One question as a row of radio buttons; nothing ticked is a skipped question. */
function Scale({
  name,
  legend,
  options,
  saved,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string; spoken?: string }[];
  saved?: string;
}) {
  return (
    <fieldset className="scale">
      <legend>{legend}</legend>
      <div className="scale-options">
        {options.map((o) => (
          <label key={o.value} className="scale-option">
            <input type="radio" name={name} value={o.value} defaultChecked={saved === o.value} />
            <span>{o.label}</span>
            {o.spoken ? <span className="visually-hidden"> {o.spoken}</span> : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

function AnswerForm({ answer, errors }: { answer: SavedAnswer; errors?: FieldErrors }) {
  const t = useT();
  const items = (answer?.items ?? {}) as Saved;
  const grades = (answer?.grades ?? {}) as Saved;
  const obstacles = (answer?.obstacles ?? {}) as Saved;
  // The numbers fit a phone's width on one row; a screen reader hears what each means.
  const agreement = [
    ...AGREEMENT.map((v) => ({ value: String(v), label: String(v), spoken: t(`barometer.agree.${v}`) })),
    { value: String(CANT_SAY), label: t("barometer.agree.cantSay") },
  ];
  const majority = answer?.immigrantMajority;
  return (
    <Form method="post" noValidate className="barometer-form">
      <FormError errors={errors} />
      <p>{t("barometer.answer.skipAny")}</p>
      <section aria-labelledby="bg">
        <h2 id="bg">{t("barometer.answer.background")}</h2>
        <Scale
          name="orgType"
          legend={t("barometer.q.orgType")}
          options={ORG_TYPES.map((o) => ({ value: o, label: t(`barometer.orgType.${o}`) }))}
          saved={str(answer?.orgType)}
        />
        <Scale
          name="associationSize"
          legend={t("barometer.q.associationSize")}
          options={ASSOCIATION_SIZES.map((s) => ({ value: s, label: t(`barometer.size.${s}`) }))}
          saved={str(answer?.associationSize)}
        />
        <Scale
          name="immigrantMajority"
          legend={t("barometer.q.immigrantMajority")}
          options={[
            { value: "yes", label: t("barometer.yes") },
            { value: "no", label: t("barometer.no") },
          ]}
          saved={majority === true ? "yes" : majority === false ? "no" : undefined}
        />
      </section>
      {THEMES.map((theme) => (
        <section key={theme} aria-labelledby={`theme-${theme}`}>
          <h2 id={`theme-${theme}`}>{t(`barometer.theme.${theme}`)}</h2>
          <p className="hint">{t("barometer.answer.agreeScale")}</p>
          {STATEMENTS.filter((s) => s.theme === theme).map((s) => (
            <Scale
              key={s.code}
              name={`item.${s.code}`}
              legend={t(`barometer.item.${s.code}`)}
              options={agreement}
              saved={str(items?.[s.code])}
            />
          ))}
        </section>
      ))}
      <section aria-labelledby="grades">
        <h2 id="grades">{t("barometer.answer.grades")}</h2>
        {LEVELS.map((level) => (
          <Scale
            key={level}
            name={`grade.${level}`}
            legend={t(`barometer.level.${level}`)}
            options={GRADES.map((g) => ({ value: String(g), label: String(g) }))}
            saved={str(grades?.[level])}
          />
        ))}
      </section>
      <section aria-labelledby="obstacles">
        <h2 id="obstacles">{t("barometer.answer.obstacles")}</h2>
        <p className="hint">{t("barometer.answer.obstacleScale")}</p>
        {OBSTACLES.map((o) => (
          <Scale
            key={o}
            name={`obstacle.${o}`}
            legend={t(`barometer.obstacle.${o}`)}
            options={OBSTACLE_SCALE.map((v) => ({
              value: String(v),
              label: String(v),
              spoken: t(`barometer.obstacleLevel.${v}`),
            }))}
            saved={str(obstacles?.[o])}
          />
        ))}
      </section>
      <p className="hint">{t("barometer.q.openHint")}</p>
      <TextArea
        name="openText"
        label="barometer.q.open"
        maxLength={1000}
        rows={4}
        defaultValue={str(answer?.openText)}
        errors={errors}
      />
      <button type="submit">{t("barometer.answer.submit")}</button>
    </Form>
  );
}

export default function AnswerPage() {
  const { link } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const refused = actionData && "refused" in actionData ? actionData.refused : null;
  if (!link || refused === "unknown")
    return (
      <>
        <h1>{t("barometer.answer.unknownTitle")}</h1>
        <p>{t("barometer.answer.unknownBody")}</p>
      </>
    );
  const closed = !link.answerable || refused === "closed";
  return (
    <>
      <h1>{t("barometer.answer.title")}</h1>
      <p className="muted">
        {link.round.title} · {link.round.countyName}
      </p>
      {searchParams.get("saved") && !actionData ? (
        <p className="notice" role="status">
          {t("barometer.answer.saved", { date: formatDate(link.round.closesAt, locale) })}
        </p>
      ) : null}
      {closed ? (
        <p>{t("barometer.answer.closed")}</p>
      ) : (
        <>
          <p>{t("barometer.answer.intro", { date: formatDate(link.round.closesAt, locale) })}</p>
          <AnswerForm answer={link.answer} errors={actionData?.errors} />
        </>
      )}
    </>
  );
}
