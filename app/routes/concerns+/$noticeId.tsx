// One concern notice at /concerns/:id. The receiving unit's social workers read the person's details and the situation
// (each read is written to the access log, shown at the foot of the page) and move it on: received, contact taken,
// closed with what was done in general terms. The association that sent it, and the liaison, see its status and that
// outcome only.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormError } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useLocale, useT } from "~/i18n/i18n";
import {
  changeConcernNotice,
  concernAccessLog,
  concernNoticeOwner,
  getConcernNotice,
} from "~/models/concern-notice.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { parseForm } from "~/utils/forms";
import { LanguageNames } from "~/components/language";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { forbidden, mayReadConcernPersonalData, requirePermission } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { eventSchema } from "./concerns.server";

export const meta = titled("concern.notice");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "concern:read");
  const notice = await getConcernNotice(user, requireId(params.noticeId));
  if (!notice) notFound();
  const accessLog = notice.personal ? await concernAccessLog(notice.id) : null;
  return { notice, accessLog };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "concern:read");
  const id = requireId(params.noticeId);
  const owner = await concernNoticeOwner(user, id);
  if (!owner) notFound();
  if (!mayReadConcernPersonalData(user, owner)) forbidden();
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(eventSchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  try {
    await changeConcernNotice(user, id, parsed.data.event, {
      expectedVersion: parsed.data.version,
      outcome: parsed.data.outcome,
    });
  } catch (error) {
    return problemResponse(error);
  }
  return redirect(`/concerns/${id}`);
}

export default function ConcernNoticePage() {
  const { notice, accessLog } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const t = useT();
  const locale = useLocale();
  const p = notice.personal;
  return (
    <>
      <h1>
        {t("concern.notice")} {notice.reference}
      </h1>
      <p className="muted">
        <span className="badge">{t(`concern.status.${notice.status}`)}</span> · {notice.association.name} →{" "}
        {notice.unit.name} · {formatDate(notice.createdAt, locale)}
      </p>
      {p ? (
        <section aria-labelledby="person">
          <h2 id="person">{t("concern.person")}</h2>
          <p className="hint">{t("concern.loggedView")}</p>
          <dl>
            <dt>{t("concern.personName")}</dt>
            <dd>{p.personName}</dd>
            {p.personPhone ? (
              <>
                <dt>{t("concern.personPhone")}</dt>
                <dd>{p.personPhone}</dd>
              </>
            ) : null}
            {p.personEmail ? (
              <>
                <dt>{t("concern.personEmail")}</dt>
                <dd>{p.personEmail}</dd>
              </>
            ) : null}
            {p.personAddress ? (
              <>
                <dt>{t("concern.personAddress")}</dt>
                <dd>{p.personAddress}</dd>
              </>
            ) : null}
            {p.personLanguages.length ? (
              <>
                <dt>{t("concern.personLanguages")}</dt>
                <dd>
                  <LanguageNames codes={p.personLanguages} />
                </dd>
              </>
            ) : null}
            <dt>{t("concern.situation")}</dt>
            <dd className="pre-wrap">{p.situation}</dd>
          </dl>
        </section>
      ) : notice.personalDataErasedAt ? (
        <p>{t("concern.personalDataErased", { date: formatDate(notice.personalDataErasedAt, locale) })}</p>
      ) : (
        <p>{t("concern.noPersonalDataHere")}</p>
      )}
      {notice.outcome ? (
        <section aria-labelledby="outcome">
          <h2 id="outcome">{t("concern.outcome")}</h2>
          <p className="pre-wrap">{notice.outcome}</p>
        </section>
      ) : null}
      {notice.offered.length ? (
        <section className="card" aria-labelledby="handle">
          <h2 id="handle">{t("concern.handle")}</h2>
          <FormError errors={errors} />
          {notice.offered.includes("RECEIVE") ? (
            <Form method="post">
              <input type="hidden" name="version" value={notice.version} />
              <button type="submit" name="event" value="RECEIVE">
                {t("concern.event.RECEIVE")}
              </button>
            </Form>
          ) : null}
          {notice.offered.includes("TAKE_CONTACT") ? (
            <Form method="post">
              <input type="hidden" name="version" value={notice.version} />
              <button type="submit" name="event" value="TAKE_CONTACT">
                {t("concern.event.TAKE_CONTACT")}
              </button>
            </Form>
          ) : null}
          {notice.offered.includes("CLOSE") ? (
            <Form method="post" noValidate>
              <input type="hidden" name="version" value={notice.version} />
              <p className="hint">{t("concern.outcomeHint")}</p>
              <TextArea name="outcome" label="concern.outcome" maxLength={1000} rows={3} errors={errors} />
              <button type="submit" name="event" value="CLOSE">
                {t("concern.event.CLOSE")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
      {accessLog ? (
        <section aria-labelledby="access-log">
          <h2 id="access-log">{t("concern.accessLog")}</h2>
          <ul>
            {accessLog.map((row, i) => (
              <li key={i}>
                {formatDateTime(row.createdAt, locale)} · {row.user.name}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
