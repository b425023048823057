// The public directory of association activities: search and filters, all in the URL so a search can be shared.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/i18n";
import { isStale } from "~/models/association.server";
import { filterOptions, parseSearch, searchDirectory, type DirectorySearch } from "~/models/directory.server";
import { TARGET_GROUPS } from "~/utils/choices";
import { scheduleText } from "~/utils/dates";
import { languageName, localized } from "~/utils/languages";
import { titled } from "~/utils/meta";

export const meta = titled("directory.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const search = parseSearch(new URL(request.url).searchParams);
  const [result, options] = await Promise.all([searchDirectory(search), filterOptions()]);
  const hits = result.hits.map((hit) => ({ ...hit, stale: isStale(hit.lastReviewedAt) }));
  return { search, ...result, hits, options };
}

function pageLink(search: DirectorySearch, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, page })) {
    if (value === true) params.set(key, "1");
    else if (value !== false && value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "?";
}

export default function Directory() {
  const { search, hits, total, pages, options } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const searching = useNavigation().state === "loading";
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
          <div className="field">
            <label htmlFor="language">{t("directory.language")}</label>
            <select id="language" name="language" defaultValue={search.language ?? ""}>
              <option value="">{t("directory.any")}</option>
              {options.languages.map((code) => <option key={code} value={code}>{languageName(code, locale)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="group">{t("directory.group")}</label>
            <select id="group" name="group" defaultValue={search.group ?? ""}>
              <option value="">{t("directory.any")}</option>
              {TARGET_GROUPS.map((g) => <option key={g} value={g}>{t(`group.${g}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="municipality">{t("directory.municipality")}</label>
            <select id="municipality" name="municipality" defaultValue={search.municipality ?? ""}>
              <option value="">{t("directory.any")}</option>
              {options.municipalities.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="mode">{t("directory.mode")}</label>
            <select id="mode" name="mode" defaultValue={search.mode ?? ""}>
              <option value="">{t("directory.any")}</option>
              <option value="onsite">{t("directory.onsite")}</option>
              <option value="online">{t("directory.online")}</option>
            </select>
          </div>
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
        <h2 id="results" aria-live="polite">{t("directory.resultCount", { count: total })}</h2>
        {hits.length === 0 ? (
          <div className="card"><p>{t("directory.noResults")}</p><p><Link to="/directory">{t("directory.clear")}</Link></p></div>
        ) : (
          <ul className="list">
            {hits.map((hit) => (
              <li key={hit.id} className="card">
                <h3><Link to={`/directory/activities/${hit.id}`}>{localized(locale, hit.titleFi, hit.titleEn)}</Link></h3>
                <p className="muted">
                  <Link to={`/directory/associations/${hit.associationId}`}>{hit.associationName}</Link>
                  {" · "}{hit.online ? t("directory.online") : hit.place ?? hit.municipalities.join(", ")}
                  {scheduleText(hit, locale) ? ` · ${scheduleText(hit, locale)}` : ""}
                </p>
                <p>{localized(locale, hit.descriptionFi, hit.descriptionEn)}</p>
                <p>
                  {hit.languages.map((code) => <span key={code} className="badge">{languageName(code, locale)}</span>)}{" "}
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
            {search.page > 1 ? <Link to={pageLink(search, search.page - 1)} rel="prev">{t("directory.previous")}</Link> : null}
            <span>{t("directory.pageOf", { page: search.page, pages })}</span>
            {search.page < pages ? <Link to={pageLink(search, search.page + 1)} rel="next">{t("directory.next")}</Link> : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
