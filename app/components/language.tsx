// Texts and language names in another language than the page's: marked up with `lang` (and `dir` for right-to-left
// scripts) so screen readers pronounce them and browsers shape them right (WCAG 3.1.2), in one place (decision 020).
import { Fragment } from "react";
import { useLocale, useT } from "~/i18n/i18n";
import { isRightToLeft, languageLabel, languageNames, localized, type TextsByLanguage } from "~/utils/languages";

/**
 * An entity's text in the page's language, or in the first language that has it (utils/languages TEXT_PREFERENCE):
 * then in a `lang` span with a visible note of the language, e.g. "Naisten iltakahvila (på finska)".
 */
export function Localized({ texts }: { texts: TextsByLanguage }) {
  const locale = useLocale();
  const t = useT();
  const { text, lang } = localized(locale, texts);
  if (lang === locale) return <>{text}</>;
  return (
    <>
      <span lang={lang}>{text}</span> <span className="muted">{t("directory.textIn", { lang })}</span>
    </>
  );
}

/**
 * For places that take plain text only (<option>, aria-label): the same choice of text, with the note of its language
 * as text when it is not the page's.
 */
export function useLocalizedPlain(): (texts: TextsByLanguage) => string {
  const locale = useLocale();
  const t = useT();
  return (texts) => {
    const { text, lang } = localized(locale, texts);
    return lang === locale ? text : `${text} ${t("directory.textIn", { lang })}`;
  };
}

/** A language by its own name (in its language and direction) and, when different, the interface's name for it. */
export function LanguageName({ code }: { code: string }) {
  const { own, local } = languageNames(code, useLocale());
  const ownPart = (
    <bdi lang={own === code ? undefined : code} dir={isRightToLeft(code) ? "rtl" : undefined}>
      {own}
    </bdi>
  );
  if (local === null) return ownPart;
  return (
    <>
      {ownPart} ({local})
    </>
  );
}

/** Languages as a comma-separated list, each as <LanguageName>. */
export function LanguageNames({ codes }: { codes: readonly string[] }) {
  return (
    <>
      {codes.map((code, i) => (
        <Fragment key={code}>
          {i ? ", " : null}
          <LanguageName code={code} />
        </Fragment>
      ))}
    </>
  );
}

/**
 * A language as an <option>: plain text only, so its own name and the interface's are one string; `lang` is set only
 * when the whole text is the language's own name (a mixed text would be read in the wrong voice).
 */
export function LanguageOption({ code }: { code: string }) {
  const locale = useLocale();
  return (
    <option value={code} lang={languageNames(code, locale).local === null ? code : undefined}>
      {languageLabel(code, locale)}
    </option>
  );
}

/** Languages as checkbox choices (<ChoiceGroup> options). */
export function languageChoices(codes: readonly string[]) {
  return codes.map((code) => ({ value: code, label: <LanguageName code={code} /> }));
}
