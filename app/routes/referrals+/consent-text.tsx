// The consent text the client is shown, ready to print and sign, and the client's copy: one reviewed version in its own
// language and direction (?text=<version id>; without it, the interface language's current version). The page around
// it (the choice of language, the version's facts, the print button) is in the interface language and not printed.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ConsentTextArticle } from "~/components/consent-text";
import { LanguageName } from "~/components/language";
import { useLocale, useT } from "~/i18n/i18n";
import { choosableConsentTexts, currentConsentTextId, readConsentText } from "~/models/consent-text.server";
import { formatDate } from "~/utils/dates";
import { getLocale } from "~/utils/locale.server";
import { titled } from "~/utils/meta";
import { requirePermission } from "~/utils/permissions.server";

export const meta = titled("consentText.title");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "consent-text:read");
  const locale = await getLocale(request, user);
  const asked = new URL(request.url).searchParams.get("text");
  const id = asked ?? (await currentConsentTextId(locale));
  const text = id && UUID.test(id) ? await readConsentText(id, locale) : null;
  if (!text) throw new Response("Not found", { status: 404 });
  const others = (await choosableConsentTexts(locale)).filter((other) => other.id !== text.id);
  return { text, others };
}

export default function ConsentText() {
  const { text, others } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <div className="no-print consent-text-chrome">
        <p className="muted">
          {t("consentText.language")}: <LanguageName code={text.language.code} /> ·{" "}
          {t("consent.version", { version: text.versionLabel })} ·{" "}
          {t("consentText.reviewed", { date: formatDate(text.reviewedOn, locale) })}
        </p>
        {text.isCurrent ? null : <p className="notice">{t("consentText.older")}</p>}
        <p>
          <button type="button" onClick={() => window.print()}>
            {t("consentText.print")}
          </button>
        </p>
      </div>
      <ConsentTextArticle
        language={text.language}
        versionLabel={text.versionLabel}
        content={text.content}
        headingId="consent-text-title"
      />
      {others.length ? (
        <nav className="no-print card" aria-labelledby="other-languages">
          <h2 id="other-languages">{t("consentText.otherLanguages")}</h2>
          <ul className="list">
            {others.map((other) => (
              <li key={other.id}>
                <Link to={`/referrals/consent-text?text=${other.id}`}>
                  <LanguageName code={other.language.code} />
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
