// The consent text the client is shown, in plain Finnish (selkokieli) or English, ready to print and sign.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { asLocale, translate } from "~/i18n/i18n";
import { CONSENT_TEXT_VERSION } from "~/models/referral.server";
import { DATA_ITEMS } from "~/utils/choices";
import { requirePermission } from "~/utils/permissions.server";
import { titled } from "~/utils/meta";

export const meta = titled("consentText.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "consent-text:read");
  const lang = asLocale(new URL(request.url).searchParams.get("lang"));
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return {
    lang,
    version: CONSENT_TEXT_VERSION,
    title: t("consentText.title"),
    paragraphs: [t("consentText.p1"), t("consentText.p2"), t("consentText.p3"), t("consentText.p4")],
    items: DATA_ITEMS.map((item) => t(`referral.item.${item}`)),
    signature: [
      t("consentText.association"),
      t("consentText.purpose"),
      t("consentText.validUntil"),
      t("consentText.date"),
      t("consentText.signature"),
    ],
  };
}

export default function ConsentText() {
  const c = useLoaderData<typeof loader>();
  return (
    <article lang={c.lang} className="card consent-text">
      <h1>{c.title}</h1>
      <p className="muted">{c.version}</p>
      {c.paragraphs.slice(0, 2).map((p) => (
        <p key={p}>{p}</p>
      ))}
      <ul>
        {c.items.map((item) => (
          <li key={item}>☐ {item}</li>
        ))}
      </ul>
      {c.paragraphs.slice(2).map((p) => (
        <p key={p}>{p}</p>
      ))}
      <dl>
        {c.signature.map((label) => (
          <div key={label} className="signature">
            <dt>{label}</dt>
            <dd />
          </div>
        ))}
      </dl>
    </article>
  );
}
