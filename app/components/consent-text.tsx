// A consent text as the client reads it, in its own language and direction (lang and dir on the article, so that a
// right-to-left text stays right-to-left on screen and on paper), and a language named in itself beside the interface's
// name for it.
import { DATA_ITEMS } from "~/utils/choices";
import type { ConsentTextContent } from "~/utils/consent-text";
import type { NamedLanguage } from "~/utils/languages";

/** "العربية (arabia)": the own name marked with its language and direction; the interface's name only if different. */
export function LanguageName({ language }: { language: NamedLanguage }) {
  return (
    <>
      <span lang={language.code} dir={language.dir}>
        {language.own}
      </span>
      {language.name !== language.own ? ` (${language.name})` : null}
    </>
  );
}

export function ConsentTextArticle({
  language,
  versionLabel,
  content,
  headingId,
  level = 1,
}: {
  language: NamedLanguage;
  versionLabel: string;
  content: ConsentTextContent;
  headingId?: string;
  /** The title's heading level: the printable page's own heading, or a preview's under the page's. */
  level?: 1 | 3;
}) {
  const Title = level === 1 ? "h1" : "h3";
  return (
    <article lang={language.code} dir={language.dir} className="card consent-text" aria-labelledby={headingId}>
      <Title id={headingId}>{content.title}</Title>
      <p className="muted">
        <bdi>{versionLabel}</bdi>
      </p>
      {content.beforeList.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <ul className="consent-items">
        {DATA_ITEMS.map((item) => (
          <li key={item}>
            <span aria-hidden="true">☐ </span>
            {content.itemNames[item]}
          </li>
        ))}
      </ul>
      {content.afterList.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <dl className="consent-fields">
        {Object.entries(content.fieldLabels).map(([key, label]) => (
          <div key={key} className="signature">
            <dt>{label}</dt>
            <dd />
          </div>
        ))}
      </dl>
    </article>
  );
}
