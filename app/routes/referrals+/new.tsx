// A social worker refers a client to an association with the client's recorded consent: one form, about a minute.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { addMonths, format } from "date-fns";
import { ChoiceGroup } from "~/components/choice-group";
import { useEffect, useRef, useState } from "react";
import type { DataItem } from "@prisma/client";
import { Checkbox, ErrorText, FormError, SelectField, TextField } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useT } from "~/i18n/i18n";
import { createReferral } from "~/models/referral.server";
import { choosableConsentTexts } from "~/models/consent-text.server";
import { getLocale } from "~/utils/locale.server";
import { CLIENT_FIELD, DATA_ITEMS, LANGUAGE_CODES } from "~/utils/choices";
import { requirePermission } from "~/utils/permissions.server";
import { db } from "~/utils/db.server";
import { parseForm, type FieldErrors } from "~/utils/forms";
import { LanguageName, LanguageNames, LanguageOption, languageChoices, useLocalizedPlain } from "~/components/language";
import { textsOf } from "~/utils/languages";
import { titled } from "~/utils/meta";
import { invalid, problemResponse } from "~/utils/problems.server";
import { newReferralSchema } from "./referrals.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("referral.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "referral:create");
  const url = new URL(request.url);
  const activityId = url.searchParams.get("activityId");
  const activity =
    activityId && /^[0-9a-f-]{36}$/.test(activityId)
      ? await db().activity.findUnique({ where: { id: activityId }, select: { id: true, associationId: true } })
      : null;
  const associationId = activity?.associationId ?? url.searchParams.get("associationId") ?? "";
  const [units, associations, consentTexts] = await Promise.all([
    db().unit.findMany({ where: { id: { in: user.unitIds } }, select: { id: true, name: true } }),
    db().association.findMany({
      where: { countyId: { in: user.countyIds } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        offersPickup: true,
        offersInterpreting: true,
        activities: {
          orderBy: { titleFi: "asc" },
          select: { id: true, titleFi: true, titleSv: true, titleEn: true, capacity: true, referralWelcome: true },
        },
      },
    }),
    choosableConsentTexts(await getLocale(request, user)),
  ]);
  return {
    units,
    associations,
    chosen: { associationId, activityId: activity?.id ?? "" },
    validUntil: format(addMonths(new Date(), 6), "yyyy-MM-dd"),
    consentTexts,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "referral:create");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(newReferralSchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  const input = parsed.data;
  const association = await db().association.findFirst({
    where: { id: input.associationId, countyId: { in: user.countyIds } },
    select: { id: true },
  });
  if (!association) return invalid({ associationId: { key: "errors.unknownId" } });
  if (
    input.activityId &&
    !(await db().activity.count({ where: { id: input.activityId, associationId: association.id } }))
  )
    return invalid({ activityId: { key: "errors.unknownId" } });
  try {
    const id = await createReferral(user, {
      unitId: input.unitId,
      associationId: input.associationId,
      activityId: input.activityId,
      client: {
        firstName: input.firstName,
        phone: input.phone,
        email: input.email,
        languages: input.languages,
        address: input.address,
        needs: input.needs,
      },
      consent: {
        items: input.items,
        purpose: input.purpose,
        method: input.method,
        interpreterUsed: input.interpreterUsed,
        interpreterLanguage: input.interpreterLanguage,
        validUntil: input.validUntil,
        textId: input.consentTextId,
      },
      accompaniment: {
        pickup: input.pickup,
        interpreting: input.interpreting,
        interpreterLanguage: input.accompanimentLanguage,
      },
    });
    return redirect(`/referrals/${id}`);
  } catch (error) {
    return problemResponse(error);
  }
}

type Filled = { item: DataItem; value: string }[];

/** The client items filled in the form, with what was filled, as the consent will cover them. */
function filledItems(form: HTMLFormElement): Filled {
  const data = new FormData(form);
  return DATA_ITEMS.flatMap((item) => {
    const values = data
      .getAll(CLIENT_FIELD[item])
      .map((v) => String(v).trim())
      .filter(Boolean);
    return values.length ? [{ item, value: values.join(", ") }] : [];
  });
}

/**
 * What the client agrees to share, shown back in words next to the one consent confirmation: exactly what is filled.
 * The list is sent with the form, and the server refuses it if it does not match the filled fields.
 */
function SharedItems({ filled, errors }: { filled: Filled; errors?: FieldErrors }) {
  const t = useT();
  const shown = (item: DataItem, value: string) =>
    item === "languages" ? <LanguageNames codes={value.split(", ")} /> : value;
  return (
    <div className="field" id="items" tabIndex={-1}>
      <p id="items-label">{t("referral.consentItems")}</p>
      <div aria-live="polite">
        {filled.length ? (
          <ul className="shared-items">
            {filled.map(({ item, value }) => (
              <li key={item}>
                {t(`referral.item.${item}`)}: {shown(item, value)}
                <input type="hidden" name="items" value={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">{t("referral.nothingFilled")}</p>
        )}
      </div>
      <ErrorText id="items-error" error={errors?.items} />
    </div>
  );
}

/**
 * Which consent text the client was shown: the current reviewed version of each language, named in itself and in the
 * interface language, the interface language's first; each with a link to its printable page.
 */
function ConsentTextChoice({
  texts,
  errors,
}: {
  texts: Awaited<ReturnType<typeof choosableConsentTexts>>;
  errors?: FieldErrors;
}) {
  const t = useT();
  const error = errors?.consentTextId;
  return (
    <fieldset
      className="choice-group"
      id="consentTextId"
      tabIndex={-1}
      aria-describedby={["consentTextId-hint", error ? "consentTextId-error" : ""].filter(Boolean).join(" ")}
    >
      <legend>{t("consent.textChoice")}</legend>
      <p id="consentTextId-hint" className="hint">
        {t("consent.textChoiceHint")}
      </p>
      <div className="consent-text-choice">
        {texts.map((text, i) => (
          <div key={text.id} className="checkbox">
            <input
              type="radio"
              id={`consentTextId-${text.id}`}
              name="consentTextId"
              value={text.id}
              defaultChecked={i === 0}
            />
            <label htmlFor={`consentTextId-${text.id}`}>
              <LanguageName code={text.language.code} /> · {t("consent.version", { version: text.versionLabel })}
            </label>{" "}
            <Link to={`/referrals/consent-text?text=${text.id}`} target="_blank" rel="noreferrer">
              {t("consent.printText", { language: text.language.name })}
            </Link>
          </div>
        ))}
      </div>
      <ErrorText id="consentTextId-error" error={error} />
    </fieldset>
  );
}

export default function NewReferral() {
  const { units, associations, chosen, validUntil, consentTexts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const t = useT();
  const plain = useLocalizedPlain();
  const form = useRef<HTMLFormElement>(null);
  const [filled, setFilled] = useState<Filled>([]);
  // Fields the browser restored (back button) count as filled too.
  useEffect(() => setFilled(filledItems(form.current!)), []);
  return (
    <>
      <h1>{t("referral.newTitle")}</h1>
      <p className="muted">{t("referral.newIntro")}</p>
      <Form method="post" noValidate onChange={(e) => setFilled(filledItems(e.currentTarget))} ref={form}>
        <FormError errors={errors} />
        <section className="card" aria-labelledby="to-whom">
          <h2 id="to-whom">{t("referral.toWhom")}</h2>
          {units.length > 1 ? (
            <SelectField name="unitId" label="referral.unit" errors={errors}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </SelectField>
          ) : (
            <input type="hidden" name="unitId" value={units[0]?.id ?? ""} />
          )}
          <SelectField
            name="associationId"
            label="referral.association"
            defaultValue={chosen.associationId}
            errors={errors}
          >
            <option value="">{t("referral.chooseAssociation")}</option>
            {associations.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
          <SelectField name="activityId" label="referral.activity" defaultValue={chosen.activityId} errors={errors}>
            <option value="">{t("referral.noActivity")}</option>
            {associations.flatMap((a) =>
              a.activities.map((act) => (
                <option key={act.id} value={act.id}>
                  {a.name}: {plain(textsOf(act, "title"))}
                  {act.capacity !== "open" ? ` (${t(`capacity.${act.capacity}`)})` : ""}
                </option>
              )),
            )}
          </SelectField>
          <p>
            <Link to="/directory">{t("referral.findActivity")}</Link>
          </p>
        </section>

        <section className="card" aria-labelledby="client">
          <h2 id="client">{t("referral.client")}</h2>
          <p className="hint">{t("referral.clientHint")}</p>
          <TextField
            name="firstName"
            label="referral.item.first_name"
            autoComplete="off"
            maxLength={80}
            errors={errors}
          />
          <TextField name="phone" type="tel" label="referral.item.phone" autoComplete="off" errors={errors} />
          <TextField name="email" type="email" label="referral.item.email" autoComplete="off" errors={errors} />
          <ChoiceGroup
            name="languages"
            legend="referral.item.languages"
            options={languageChoices(LANGUAGE_CODES.slice(0, 16))}
            selected={[]}
            errors={errors}
          />
          <TextField name="address" label="referral.item.address" autoComplete="off" maxLength={200} errors={errors} />
          <TextArea name="needs" label="referral.item.needs" maxLength={500} rows={3} errors={errors} />
        </section>

        <section className="card" aria-labelledby="consent">
          <h2 id="consent">{t("referral.consent")}</h2>
          <p>{t("referral.consentIntro")}</p>
          <ConsentTextChoice texts={consentTexts} errors={errors} />
          <SharedItems filled={filled} errors={errors} />
          <TextField
            name="purpose"
            label="referral.purpose"
            defaultValue={t("referral.defaultPurpose")}
            maxLength={300}
            errors={errors}
          />
          <SelectField name="method" label="referral.method" errors={errors}>
            {(["written", "oral", "electronic"] as const).map((m) => (
              <option key={m} value={m}>
                {t(`referral.method.${m}`)}
              </option>
            ))}
          </SelectField>
          <Checkbox name="interpreterUsed" label={t("referral.interpreterUsed")} errors={errors} />
          <SelectField name="interpreterLanguage" label="referral.interpreterLanguage" errors={errors}>
            <option value="">–</option>
            {LANGUAGE_CODES.map((code) => (
              <LanguageOption key={code} code={code} />
            ))}
          </SelectField>
          <TextField
            name="validUntil"
            type="date"
            label="referral.validUntil"
            defaultValue={validUntil}
            errors={errors}
          />
          <Checkbox name="consentConfirmed" label={t("consent.confirmed")} errors={errors} />
        </section>

        <section className="card" aria-labelledby="accompaniment">
          <h2 id="accompaniment">{t("referral.accompaniment")}</h2>
          <Checkbox name="pickup" label={t("referral.askPickup")} errors={errors} />
          <Checkbox name="interpreting" label={t("referral.askInterpreter")} errors={errors} />
          <SelectField name="accompanimentLanguage" label="referral.interpretingLanguage" errors={errors}>
            <option value="">–</option>
            {LANGUAGE_CODES.map((code) => (
              <LanguageOption key={code} code={code} />
            ))}
          </SelectField>
        </section>
        <button type="submit">{t("referral.send")}</button>
      </Form>
    </>
  );
}
