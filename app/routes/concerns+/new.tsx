// A new concern notice at /concerns/new, by association staff: who the person is, how to reach them, in which
// languages, and what the concern is. It goes to the county's receiving unit only; the unit is e-mailed that a notice
// arrived, nothing more.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ChoiceGroup } from "~/components/choice-group";
import { FormError, SelectField, TextField } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useT } from "~/i18n/i18n";
import { concernAssociations, submitConcernNotice } from "~/models/concern-notice.server";
import { LANGUAGE_CODES } from "~/utils/choices";
import { parseForm } from "~/utils/forms";
import { languageChoices } from "~/components/language";
import { titled } from "~/utils/meta";
import { forbidden, maySubmitConcern, requirePermission } from "~/utils/permissions.server";
import { invalid, problemResponse } from "~/utils/problems.server";
import { readForm } from "~/utils/request-body.server";
import { noticeSchema } from "./concerns.server";

export const meta = titled("concern.new");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "concern:submit");
  return { associations: await concernAssociations(user) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "concern:submit");
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const associationId = form.formData.get("associationId");
  // The owning association is checked before the form: a notice for someone else's association is refused outright.
  if (typeof associationId !== "string" || !maySubmitConcern(user, associationId)) forbidden();
  const parsed = parseForm(noticeSchema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  try {
    const notice = await submitConcernNotice(user, parsed.data);
    return redirect(`/concerns/${notice.id}`);
  } catch (error) {
    return problemResponse(error);
  }
}

export default function NewConcernNotice() {
  const { associations } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  const t = useT();
  return (
    <>
      <h1>{t("concern.new")}</h1>
      <p>{t("concern.newIntro")}</p>
      <Form method="post" noValidate>
        <FormError errors={errors} />
        {associations.length > 1 ? (
          <SelectField name="associationId" label="concern.association" errors={errors}>
            {associations.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <input type="hidden" name="associationId" value={associations[0]?.id ?? ""} />
        )}
        <TextField name="personName" label="concern.personName" maxLength={120} autoComplete="off" errors={errors} />
        <TextField
          name="personPhone"
          label="concern.personPhone"
          type="tel"
          maxLength={40}
          autoComplete="off"
          errors={errors}
        />
        <TextField
          name="personEmail"
          label="concern.personEmail"
          type="email"
          maxLength={254}
          autoComplete="off"
          errors={errors}
        />
        <TextField
          name="personAddress"
          label="concern.personAddress"
          maxLength={200}
          autoComplete="off"
          errors={errors}
        />
        <ChoiceGroup
          name="personLanguages"
          legend="concern.personLanguages"
          selected={[]}
          options={languageChoices(LANGUAGE_CODES)}
          errors={errors}
        />
        <TextArea name="situation" label="concern.situation" maxLength={3000} rows={5} errors={errors} />
        <button type="submit">{t("concern.send")}</button>
      </Form>
    </>
  );
}
