import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/i18n";
import { getUser } from "~/utils/auth.server";
import { titled } from "~/utils/meta";

export const meta = titled("landing.title");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/home");
  return null;
}

export default function Landing() {
  const t = useT();
  return (
    <div className="card">
      <h1>{t("landing.title")}</h1>
      <p>{t("landing.intro")}</p>
      <p>
        <Link className="button" to="/login">
          {t("nav.signIn")}
        </Link>
      </p>
    </div>
  );
}
