// A county unit's page: who works there. Visible to the unit's own staff, its county's liaison and admins.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/i18n";
import { getUnitWithMembers } from "~/models/county.server";
import { requireUser } from "~/utils/auth.server";
import { forbidden, mayViewUnit } from "~/utils/permissions.server";
import { titled } from "~/utils/meta";
import { notFound, requireId } from "~/utils/params.server";

export const meta = titled("org.unitTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const unit = await getUnitWithMembers(requireId(params.unitId));
  if (!unit) notFound();
  if (!mayViewUnit(user, unit)) forbidden();
  return { unit };
}

export default function UnitPage() {
  const { unit } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{unit.name}</h1>
      <p className="muted">
        {unit.county.name}
        {unit.isKoto ? ` · ${t("org.koto")}` : ""}
      </p>
      <section className="card" aria-labelledby="team">
        <h2 id="team">{t("org.team")}</h2>
        <ul className="list">
          {unit.members.map(({ user }) => (
            <li key={user.id}>
              {user.name} <span className="muted">{user.email}</span>{" "}
              <span className="badge">{t(`role.${user.role}`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
