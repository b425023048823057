// One contact request on the county's side at /contact/requests/:id: what the organisation sent, its files, the answers
// and replies; the liaison routes it to a unit; the unit (or the liaison) answers, which e-mails the answer to the
// sender, and closes it. The page offers what the machine allows the county now.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ContactThread } from "~/components/contact-thread";
import { FormError, SelectField } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useLocale, useT } from "~/i18n/i18n";
import { changeContactRequest, getCountyRequest } from "~/models/contact-request.server";
import { formatDate } from "~/utils/dates";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";
import { requirePermission } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { answerSchema, closeSchema, routeSchema } from "./contact.server";

export const meta = titled("contact.request.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contact:handle");
  const found = await getCountyRequest(user, requireId(params.requestId));
  if (!found) notFound();
  return { request: found };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "contact:handle");
  const id = requireId(params.requestId);
  const found = await getCountyRequest(user, id);
  if (!found) notFound();
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const intent = form.formData.get("intent");
  try {
    if (intent === "route") {
      const parsed = parseForm(routeSchema, form.formData);
      if (!parsed.ok) return invalid(parsed.errors, 400, "route");
      await changeContactRequest(
        user,
        id,
        { type: "ROUTE", unitId: parsed.data.unitId },
        { expectedVersion: parsed.data.version },
      );
    } else if (intent === "answer") {
      const parsed = parseForm(answerSchema, form.formData);
      if (!parsed.ok) return invalid(parsed.errors, 400, "answer");
      await changeContactRequest(
        user,
        id,
        { type: "ANSWER", body: parsed.data.body },
        {
          expectedVersion: parsed.data.version,
        },
      );
    } else if (intent === "close") {
      const parsed = parseForm(closeSchema, form.formData);
      if (!parsed.ok) return invalid(parsed.errors, 400, "close");
      await changeContactRequest(user, id, { type: "CLOSE" }, { expectedVersion: parsed.data.version });
    } else {
      return invalid({ form: { key: "errors.invalidChoice" } });
    }
  } catch (error) {
    return problemResponse(error);
  }
  return redirect(`/contact/requests/${id}`);
}

export default function CountyRequest() {
  const { request } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const errorsFor = (target: string) =>
    actionData && (actionData.target === target || !actionData.target) ? actionData.errors : undefined;
  const version = <input type="hidden" name="version" value={request.version} />;
  return (
    <>
      <h1>
        {t("contact.request.title")} {request.reference}
      </h1>
      <p className="muted">
        <span className="badge">{t(`contact.status.${request.status}`)}</span> ·{" "}
        {request.unit?.name ?? t("contact.notRouted")} ·{" "}
        {t("contact.inbox.due", { date: formatDate(request.dueAt, locale) })}
      </p>
      <FormError errors={actionData && !actionData.target ? actionData.errors : undefined} />
      <ContactThread request={request} fileUrl={(fileId) => `/contact/requests/${request.id}/files/${fileId}`} />
      <p>
        {t("contact.request.senderEmail")}: <a href={`mailto:${request.senderEmail}`}>{request.senderEmail}</a>
      </p>
      {request.offered.includes("ROUTE") ? (
        <section className="card" aria-labelledby="route">
          <h2 id="route">{t("contact.request.route")}</h2>
          <Form method="post" noValidate>
            <FormError errors={errorsFor("route")} />
            <input type="hidden" name="intent" value="route" />
            {version}
            <SelectField
              name="unitId"
              label="contact.request.unit"
              defaultValue={request.unit?.id}
              errors={errorsFor("route")}
            >
              {request.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </SelectField>
            <button type="submit">{t("contact.request.routeButton")}</button>
          </Form>
        </section>
      ) : null}
      {request.offered.includes("ANSWER") ? (
        <section className="card" aria-labelledby="answer">
          <h2 id="answer">{t("contact.request.answer")}</h2>
          <Form method="post" noValidate>
            <FormError errors={errorsFor("answer")} />
            <input type="hidden" name="intent" value="answer" />
            {version}
            <p className="hint">{t("contact.request.answerHint")}</p>
            <TextArea
              name="body"
              label="contact.request.answerLabel"
              maxLength={5000}
              rows={6}
              errors={errorsFor("answer")}
            />
            <button type="submit">{t("contact.request.sendAnswer")}</button>
          </Form>
        </section>
      ) : null}
      {request.offered.includes("CLOSE") ? (
        <Form method="post">
          <input type="hidden" name="intent" value="close" />
          {version}
          <button type="submit" className="secondary">
            {t("contact.request.close")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
