// /path: the Co-Act path. Someone who works in one county goes straight to its path; an admin (or anyone in several
// counties) sees the counties' paths side by side, each step's state as a word and a symbol.
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/i18n";
import { listPaths } from "~/models/coact-path.server";
import { requireUser } from "~/utils/auth.server";
import { STEP_KEYS, stepNumber } from "~/utils/coact-evidence";
import { titled } from "~/utils/meta";
import { StatusMark } from "~/components/path-status";

export const meta = titled("path.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (user.role !== "admin" && user.countyIds.length === 1) throw redirect(`/path/${user.countyIds[0]}`);
  return { counties: await listPaths(user), admin: user.role === "admin" };
}

export default function PathOverview() {
  const { counties, admin } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1 id="overview-title">{t("path.overview.title")}</h1>
      <p>{t("path.overview.intro")}</p>
      {admin ? (
        <p>
          <Link to="/path/thresholds">{t("path.thresholds.title")}</Link>
        </p>
      ) : null}
      {counties.length === 0 ? (
        <p>{t("path.overview.none")}</p>
      ) : (
        // Focusable, so that a keyboard can scroll the counties sideways on a narrow screen (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="overview-title">
          <table className="path-overview">
            <thead>
              <tr>
                <th scope="col">{t("path.overview.step")}</th>
                {counties.map((c) => (
                  <th scope="col" key={c.id}>
                    <Link to={`/path/${c.id}`}>{c.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {STEP_KEYS.map((key) => (
                <tr key={key}>
                  <th scope="row">
                    {stepNumber(key)}. {t(`path.step.${key}`)}
                  </th>
                  {counties.map((c) => (
                    <td key={c.id}>
                      <StatusMark status={c.statuses[key] ?? "not_started"} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
