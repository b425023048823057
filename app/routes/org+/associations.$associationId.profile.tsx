// The association's public profile, edited by its own staff (and the liaison or an admin). Saving confirms it is
// current. The logo is a separate small upload.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ChoiceGroup } from "~/components/choice-group";
import { Checkbox, ErrorText, FormError, SelectField, TextField } from "~/components/form";
import { TextArea } from "~/components/text-area";
import { useT } from "~/i18n/i18n";
import { getProfileForEdit, removeLogo, saveLogo, updateProfile } from "~/models/association.server";
import { parseForm } from "~/utils/forms";
import { ASSOCIATION_KINDS, LANGUAGE_CODES } from "~/utils/choices";
import { languageChoices } from "~/components/language";
import { LOGO_REQUEST_LIMIT, logoTooLarge, readLogo } from "~/utils/logo.server";
import { titled } from "~/utils/meta";
import { invalid } from "~/utils/problems.server";
import { profileSchema, requireManagedAssociation } from "./associations.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("profile.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { association } = await requireManagedAssociation(request, params.associationId);
  return { profile: (await getProfileForEdit(association.id))! };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { association } = await requireManagedAssociation(request, params.associationId);
  const done = redirect(`/directory/associations/${association.id}`);
  const form = await readForm(request, {
    limit: LOGO_REQUEST_LIMIT,
    tooLarge: { logo: { key: logoTooLarge.error, params: logoTooLarge.params } },
  });
  if (!form.ok) return form.refusal;
  const formData = form.formData;
  if (formData.get("intent") === "logo") {
    const logo = await readLogo(formData.get("logo"));
    if (!logo.ok) return invalid({ logo: { key: logo.error, params: logo.params } });
    await saveLogo(association.id, logo.mimeType, logo.data);
    return done;
  }
  if (formData.get("intent") === "remove-logo") {
    await removeLogo(association.id);
    return done;
  }
  const parsed = parseForm(profileSchema, formData);
  if (!parsed.ok) return invalid(parsed.errors);
  await updateProfile(association.id, parsed.data);
  return done;
}

export default function EditProfile() {
  const { profile } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const t = useT();
  return (
    <>
      <h1>{t("profile.editTitle")}</h1>
      <p className="muted">
        <Link to={`/org/associations/${profile.id}`}>{profile.name}</Link>
      </p>
      <Form method="post" className="card" noValidate>
        <FormError errors={errors} />
        <SelectField name="kind" label="admin.kind" defaultValue={profile.kind} errors={errors}>
          {ASSOCIATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`associationKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <Checkbox
          name="volunteerRun"
          label={t("admin.volunteerRun")}
          defaultChecked={profile.volunteerRun}
          errors={errors}
        />
        <Checkbox
          name="multicultural"
          label={t("admin.multicultural")}
          defaultChecked={profile.multicultural}
          errors={errors}
        />
        <TextArea
          name="summaryFi"
          label="profile.summaryFi"
          defaultValue={profile.summaryFi}
          maxLength={300}
          rows={2}
          required
          errors={errors}
        />
        <TextArea
          name="summaryEn"
          label="profile.summaryEn"
          defaultValue={profile.summaryEn}
          maxLength={300}
          rows={2}
          errors={errors}
        />
        <TextArea
          name="summarySv"
          label="profile.summarySv"
          defaultValue={profile.summarySv ?? ""}
          maxLength={300}
          rows={2}
          errors={errors}
        />
        <TextArea
          name="descriptionFi"
          label="profile.descriptionFi"
          defaultValue={profile.descriptionFi}
          maxLength={4000}
          errors={errors}
        />
        <TextArea
          name="descriptionEn"
          label="profile.descriptionEn"
          defaultValue={profile.descriptionEn}
          maxLength={4000}
          errors={errors}
        />
        <TextArea
          name="descriptionSv"
          label="profile.descriptionSv"
          defaultValue={profile.descriptionSv ?? ""}
          maxLength={4000}
          errors={errors}
        />
        <TextField
          name="municipalities"
          label="profile.municipalities"
          hint="profile.municipalitiesHint"
          defaultValue={profile.municipalities.join(", ")}
          required
          errors={errors}
        />
        <ChoiceGroup
          name="languages"
          legend="profile.languages"
          selected={profile.languages}
          errors={errors}
          options={languageChoices(LANGUAGE_CODES)}
        />
        <TextField
          name="website"
          type="url"
          label="profile.website"
          defaultValue={profile.website ?? ""}
          errors={errors}
        />
        <TextField
          name="contactEmail"
          type="email"
          label="profile.contactEmail"
          hint="profile.publicHint"
          defaultValue={profile.contactEmail ?? ""}
          errors={errors}
        />
        <TextField
          name="contactPhone"
          type="tel"
          label="profile.contactPhone"
          defaultValue={profile.contactPhone ?? ""}
          errors={errors}
        />
        <Checkbox
          name="offersPickup"
          label={t("profile.offersPickup")}
          defaultChecked={profile.offersPickup}
          errors={errors}
        />
        <Checkbox
          name="offersInterpreting"
          label={t("profile.offersInterpreting")}
          defaultChecked={profile.offersInterpreting}
          errors={errors}
        />
        <button type="submit">{t("profile.save")}</button>
      </Form>
      <Form method="post" encType="multipart/form-data" className="card">
        <h2>{t("profile.logo")}</h2>
        <div className="field">
          <label htmlFor="logo">{t("profile.logoFile")}</label>
          <span id="logo-hint" className="hint">
            {t("profile.logoHint")}
          </span>
          <input
            id="logo"
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-describedby="logo-hint logo-error"
          />
          <ErrorText id="logo-error" error={errors?.logo} />
        </div>
        <div className="actions">
          <button type="submit" name="intent" value="logo">
            {t("profile.uploadLogo")}
          </button>
        </div>
      </Form>
      {profile.logo ? (
        <Form method="post" className="card">
          <button type="submit" name="intent" value="remove-logo" className="secondary">
            {t("profile.removeLogo")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
