// The county's public contact point at /contact (Co-Act step 3): any organisation sends a message, an invitation,
// material or a brochure, with up to three PDF or image files, and gets a reference number and a copy by e-mail with a
// personal link to follow the answer. No sign-in; signed-in association staff find their details filled in. Spam is
// kept out without puzzles: a field only robots fill in, limits per sender address and per connection, size limits.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { CountyField, ErrorText, FormError, SelectField, TextField } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useT } from "~/i18n/i18n";
import { contactCounties, createContactRequest } from "~/models/contact-request.server";
import { countyExists } from "~/models/county.server";
import {
  CONTACT_REQUEST_LIMIT,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  readAttachments,
} from "~/utils/attachments.server";
import { getUser } from "~/utils/auth.server";
import { CONTACT_KINDS, CONTACT_TOPICS } from "~/utils/choices";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms";
import { getLocale } from "~/utils/locale.server";
import { titled } from "~/utils/meta";
import { invalid, problemResponse } from "~/utils/problems.server";
import { hitRateLimits } from "~/utils/rate-limit.server";
import { readForm } from "~/utils/request-body.server";
import { CONTACT_LIMITS, contactSchema, REFERENCE } from "./contact.server";

export const meta = titled("contact.title");

/** The field only robots fill in: hidden from people and from assistive technology. */
const HONEYPOT = "website";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const sent = new URL(request.url).searchParams.get("sent");
  const counties = await contactCounties();
  const associations =
    user?.role === "association_staff"
      ? await db().association.findMany({
          where: { id: { in: user.associationIds } },
          orderBy: { name: "asc" },
          select: { name: true },
        })
      : [];
  const prefill =
    user?.role === "association_staff"
      ? { senderName: user.name, senderEmail: user.email, senderOrganisation: associations[0]?.name ?? "" }
      : null;
  return {
    counties,
    prefill,
    sent: sent === null ? null : REFERENCE.test(sent) ? sent : "",
    limits: { files: MAX_ATTACHMENTS, mb: MAX_ATTACHMENT_BYTES >> 20 },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request, {
    limit: CONTACT_REQUEST_LIMIT,
    tooLarge: { attachments: { key: "contact.error.requestTooLarge", params: { mb: CONTACT_REQUEST_LIMIT >> 20 } } },
  });
  if (!form.ok) return form.refusal;
  const formData = form.formData;
  // A robot: it is told the message went, and nothing is stored or sent.
  const honeypot = formData.get(HONEYPOT);
  if (honeypot !== null && honeypot !== "") return redirect("/contact?sent=");
  const parsed = parseForm(contactSchema, formData);
  if (!parsed.ok) return invalid(parsed.errors);
  const files = await readAttachments(formData.getAll("attachments"));
  if (!files.ok) return invalid({ attachments: { key: files.error, params: files.params } });
  if (!(await countyExists(parsed.data.countyId))) return invalid({ countyId: { key: "errors.unknownId" } });
  const ip = typeof context.clientIp === "string" ? context.clientIp : "unknown";
  const { windowMs } = CONTACT_LIMITS;
  const limit = await hitRateLimits([
    { key: `contact:address:${parsed.data.senderEmail}`, limit: CONTACT_LIMITS.perAddress, windowMs },
    { key: `contact:ip:${ip}`, limit: CONTACT_LIMITS.perIp, windowMs },
  ]);
  if (!limit.allowed) return invalid({ form: { key: "contact.error.rateLimited" } }, 429);
  const user = await getUser(request);
  const association =
    user?.role === "association_staff"
      ? await db().association.findFirst({
          where: { id: { in: user.associationIds }, name: parsed.data.senderOrganisation },
          select: { id: true },
        })
      : null;
  try {
    const { reference } = await createContactRequest({
      ...parsed.data,
      locale: await getLocale(request, user),
      associationId: association?.id ?? null,
      attachments: files.files,
    });
    return redirect(`/contact?sent=${reference}`);
  } catch (error) {
    return problemResponse(error);
  }
}

export default function ContactPoint() {
  const { counties, prefill, sent, limits } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const busy = useNavigation().state === "submitting";
  const t = useT();
  if (sent !== null)
    return (
      <>
        <h1>{t("contact.sentTitle")}</h1>
        <p role="status">{sent ? t("contact.sentBody", { reference: sent }) : t("contact.sentBodyPlain")}</p>
        <p>{t("contact.sentNext")}</p>
      </>
    );
  return (
    <>
      <h1>{t("contact.title")}</h1>
      <p>{t("contact.intro")}</p>
      <Form method="post" encType="multipart/form-data" noValidate className="contact-form">
        <FormError errors={errors} />
        <CountyField counties={counties} label="contact.county" errors={errors} />
        <fieldset>
          <legend>{t("contact.kind")}</legend>
          {CONTACT_KINDS.map((kind, i) => (
            <div className="checkbox" key={kind}>
              <input type="radio" id={`kind-${kind}`} name="kind" value={kind} defaultChecked={i === 0} />
              <label htmlFor={`kind-${kind}`}>{t(`contact.kind.${kind}`)}</label>
            </div>
          ))}
          <ErrorText id="kind-error" error={errors?.kind} />
        </fieldset>
        <SelectField name="topic" label="contact.topic" errors={errors}>
          {CONTACT_TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {t(`contact.topic.${topic}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          name="senderOrganisation"
          label="contact.senderOrganisation"
          maxLength={160}
          autoComplete="organization"
          defaultValue={prefill?.senderOrganisation}
          errors={errors}
        />
        <TextField
          name="senderName"
          label="contact.senderName"
          maxLength={120}
          autoComplete="name"
          defaultValue={prefill?.senderName}
          errors={errors}
        />
        <TextField
          name="senderEmail"
          label="contact.senderEmail"
          type="email"
          maxLength={254}
          autoComplete="email"
          defaultValue={prefill?.senderEmail}
          hint="contact.senderEmailHint"
          errors={errors}
        />
        <TextArea name="message" label="contact.message" maxLength={5000} rows={6} errors={errors} />
        <p className="hint">{t("contact.noClientData")}</p>
        <div className="field">
          <label htmlFor="attachments">{t("contact.attachments")}</label>
          <span id="attachments-hint" className="hint">
            {t("contact.attachmentsHint", { max: limits.files, mb: limits.mb })}
          </span>
          <input
            id="attachments"
            name="attachments"
            type="file"
            multiple
            accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
            aria-describedby="attachments-hint attachments-error"
            aria-invalid={errors?.attachments ? true : undefined}
          />
          <ErrorText id="attachments-error" error={errors?.attachments} />
        </div>
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={HONEYPOT}>{t("contact.honeypot")}</label>
          <input id={HONEYPOT} name={HONEYPOT} type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit" disabled={busy}>
          {t("contact.send")}
        </button>
      </Form>
    </>
  );
}
