// A consent text as the client reads it, in its own language and direction (lang and dir on the article, so that a
// right-to-left text stays right-to-left on screen and on paper).
import { DATA_ITEMS } from "~/utils/choices";
import type { ConsentTextContent } from "~/utils/consent-text";
import type { NamedLanguage } from "~/utils/languages";

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
