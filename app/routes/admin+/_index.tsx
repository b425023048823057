import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/i18n";
import { requirePermission } from "~/utils/permissions.server";
import { titled } from "~/utils/meta";

export const meta = titled("admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "administer");
  return null;
}

export default function AdminIndex() {
  const t = useT();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <ul className="grid list">
        <li className="card">
          <Link to="/admin/counties">{t("admin.counties")}</Link>
        </li>
        <li className="card">
          <Link to="/admin/associations">{t("admin.associations")}</Link>
        </li>
        <li className="card">
          <Link to="/admin/users">{t("admin.users")}</Link>
        </li>
        <li className="card">
          <Link to="/admin/consent-texts">{t("consentAdmin.title")}</Link>
        </li>
      </ul>
    </>
  );
}
