// The sender's own page of a contact request at /contact/request?token=…, reached from the link in their e-mails,
// without signing in: what they sent, the county's answers, and a reply (which reopens the request, back to its unit).
// An unknown link gets a page that says so and changes nothing.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ContactThread } from "~/components/contact-thread";
import { FormError } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useLocale, useT } from "~/i18n/i18n";
import { findSenderRequest, replyAsSender } from "~/models/contact-request.server";
import { formatDate } from "~/utils/dates";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { replySchema } from "./contact.server";

export const meta = titled("contact.request.title");

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token") ?? "";

export async function loader({ request }: LoaderFunctionArgs) {
  const found = await findSenderRequest(tokenOf(request));
  if (!found) return data({ request: null }, { status: 404 });
  return { request: found };
}

export async function action({ request }: ActionFunctionArgs) {
  const token = tokenOf(request);
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const found = await findSenderRequest(token);
  if (!found) return invalid({ form: { key: "contact.request.unknownBody" } }, 404);
  const parsed = parseForm(replySchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  try {
    await replyAsSender(token, parsed.data.body);
  } catch (error) {
    return problemResponse(error);
  }
  return redirect(`/contact/request?${new URLSearchParams({ token, replied: "1" })}`);
}

export default function SenderRequest() {
  const { request } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const [searchParams] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  if (!request)
    return (
      <>
        <h1>{t("contact.request.unknownTitle")}</h1>
        <p>{t("contact.request.unknownBody")}</p>
      </>
    );
  const token = searchParams.get("token") ?? "";
  return (
    <>
      <h1>{t("contact.request.title")}</h1>
      <p className="muted">
        {request.county.name} · <span className="badge">{t(`contact.status.${request.status}`)}</span>
      </p>
      {searchParams.get("replied") ? (
        <p className="notice" role="status">
          {t("contact.request.replied")}
        </p>
      ) : null}
      {request.status === "received" || request.status === "routed" ? (
        <p>{t("contact.request.waiting", { date: formatDate(request.dueAt, locale) })}</p>
      ) : null}
      <ContactThread
        request={request}
        fileUrl={(id) => `/contact/request/files/${id}?${new URLSearchParams({ token })}`}
      />
      {request.mayReply ? (
        <section aria-labelledby="reply">
          <h2 id="reply">{t("contact.request.reply")}</h2>
          <Form method="post" noValidate>
            <FormError errors={errors} />
            <TextArea name="body" label="contact.request.replyLabel" maxLength={5000} rows={4} errors={errors} />
            <button type="submit">{t("contact.request.sendReply")}</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
