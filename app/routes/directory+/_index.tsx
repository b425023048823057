// The public directory of association activities: search and filters, all in the URL so a search can be shared.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { SelectField } from "~/components/form";
import { useLocale, useT, type MessageKey } from "~/i18n/i18n";
import { isStale } from "~/models/association.server";
import { noteDirectoryUse } from "~/models/coact-facts.server";
import { filterOptions, parseSearch, searchDirectory, type DirectorySearch } from "~/models/directory.server";
import { getUser } from "~/utils/auth.server";
import { TARGET_GROUPS } from "~/utils/choices";
import { scheduleText } from "~/utils/dates";
import { LanguageName, Localized } from "~/components/language";
import { languageLabel, textsOf } from "~/utils/languages";
import { titled } from "~/utils/meta";

export const meta = titled("directory.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const search = parseSearch(new URL(request.url).searchParams);
  const [result, options] = await Promise.all([
    searchDirectory(search),
    filterOptions(),
    getUser(request).then((user) => noteDirectoryUse(user)),
  ]);
  const hits = result.hits.map((hit) => ({ ...hit, stale: isStale(hit.lastReviewedAt) }));
  return { search, ...result, hits, options };
}

function pageLink(search: DirectorySearch, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, page })) {
    if (value === true) params.set(key, "1");
    else if (value !== false && value !== undefined && value !== "" && !(key === "page" && value === 1))
      params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "?";
}

export default function Directory() {
  const { search, hits, total, pages, options } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const searching = useNavigation().state === "loading";
  const filters = [
    {
      name: "language",
      label: "directory.language",
      choices: options.languages.map((code) => [code, languageLabel(code, locale)]),
    },
    { name: "group", label: "directory.group", choices: TARGET_GROUPS.map((g) => [g, t(`group.${g}`)]) },
    { name: "municipality", label: "directory.municipality", choices: options.municipalities.map((m) => [m, m]) },
    {
      name: "mode",
      label: "directory.mode",
      choices: [
        ["onsite", t("directory.onsite")],
        ["online", t("directory.online")],
      ],
    },
  ] as const satisfies readonly {
    name: keyof DirectorySearch;
    label: MessageKey;
    choices: readonly (readonly [string, string])[];
  }[];
  return (
    <>
      <h1>{t("directory.title")}</h1>
      <p className="muted">{t("directory.intro")}</p>
      <Form method="get" role="search" aria-label={t("directory.searchLabel")} className="card">
        <div className="field">
          <label htmlFor="q">{t("directory.query")}</label>
          <input id="q" name="q" type="search" defaultValue={search.q} maxLength={200} />
        </div>
        <div className="grid">
          {filters.map(({ name, label, choices }) => (
            <SelectField key={name} name={name} label={label} defaultValue={search[name] ?? ""}>
              <option value="">{t("directory.any")}</option>
              {choices.map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
        <fieldset>
          <legend>{t("directory.more")}</legend>
          {(["evenings", "weekends", "pickup", "interpreting"] as const).map((key) => (
            <div className="checkbox" key={key}>
              <input type="checkbox" id={key} name={key} value="1" defaultChecked={search[key]} />
              <label htmlFor={key}>{t(`directory.${key}`)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t("directory.search")}</button>
      </Form>

      <section aria-labelledby="results" aria-busy={searching}>
        <h2 id="results" aria-live="polite">
          {t("directory.resultCount", { count: total })}
        </h2>
        {hits.length === 0 ? (
          <div className="card">
            <p>{t("directory.noResults")}</p>
            <p>
              <Link to="/directory">{t("directory.clear")}</Link>
            </p>
          </div>
        ) : (
          <ul className="list">
            {hits.map((hit) => (
              <li key={hit.id} className="card">
                <h3>
                  <Link to={`/directory/activities/${hit.id}`}>
                    <Localized texts={textsOf(hit, "title")} />
                  </Link>
                </h3>
                <p className="muted">
                  <Link to={`/directory/associations/${hit.associationId}`}>{hit.associationName}</Link>
                  {" · "}
                  {hit.online ? t("directory.online") : (hit.place ?? hit.municipalities.join(", "))}
                  {scheduleText(hit, locale) ? ` · ${scheduleText(hit, locale)}` : ""}
                </p>
                <p>
                  <Localized texts={textsOf(hit, "description")} />
                </p>
                <p>
                  {hit.languages.map((code) => (
                    <span key={code} className="badge">
                      <LanguageName code={code} />
                    </span>
                  ))}{" "}
                  {hit.offersPickup ? <span className="badge">{t("directory.pickup")}</span> : null}{" "}
                  {hit.offersInterpreting ? <span className="badge">{t("directory.interpreting")}</span> : null}{" "}
                  {hit.stale ? <span className="badge warn">{t("directory.stale")}</span> : null}
                </p>
              </li>
            ))}
          </ul>
        )}
        {pages > 1 ? (
          <nav aria-label={t("directory.pages")} className="actions">
            {search.page > 1 ? (
              <Link to={pageLink(search, search.page - 1)} rel="prev">
                {t("directory.previous")}
              </Link>
            ) : null}
            <span>{t("directory.pageOf", { page: search.page, pages })}</span>
            {search.page < pages ? (
              <Link to={pageLink(search, search.page + 1)} rel="next">
                {t("directory.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      <aside className="card" aria-labelledby="contact-point">
        <h2 id="contact-point">{t("contact.directory.title")}</h2>
        <p>{t("contact.directory.body")}</p>
        <p>
          <Link to="/contact">{t("contact.directory.link")}</Link>
        </p>
      </aside>
    </>
  );
}
