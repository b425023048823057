import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { FormError, TextField } from "~/components/form";
import { useT } from "~/i18n/i18n";
import { authenticate } from "~/models/user.server";
import { getUser, safeRedirect } from "~/utils/auth.server";
import { email, parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { invalid } from "~/utils/problems.server";
import { clearRateLimit, hitRateLimit } from "~/utils/rate-limit.server";
import { startSession } from "~/utils/session.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("login.title");

const schema = z.object({
  email,
  password: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(200, "errors.tooLong"),
  // The hidden return address comes from the page address: one too long to use is ignored, not an error nobody sees.
  redirectTo: z.string().max(2000).optional().catch(undefined),
});

const WINDOW_MS = 15 * 60_000;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = parseForm(schema, form.formData);
  if (!parsed.ok) return invalid(parsed.errors);
  const { email: address, password, redirectTo } = parsed.data;
  const ip = typeof context.clientIp === "string" ? context.clientIp : null;
  const byEmail = await hitRateLimit(`login:email:${address}`, { limit: 10, windowMs: WINDOW_MS });
  const byIp = ip ? await hitRateLimit(`login:ip:${ip}`, { limit: 50, windowMs: WINDOW_MS }) : { allowed: true };
  if (!byEmail.allowed || !byIp.allowed) return invalid({ form: { key: "login.tooMany" } }, 429);
  const userId = await authenticate(address, password);
  if (!userId) return invalid({ form: { key: "login.failed" } }, 401);
  await clearRateLimit(`login:email:${address}`);
  return startSession(userId, safeRedirect(redirectTo));
}

export default function Login() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="card narrow">
      <h1>{t("login.title")}</h1>
      <Form method="post" noValidate>
        <FormError errors={actionData?.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <TextField
          name="email"
          type="email"
          label="login.email"
          autoComplete="username"
          required
          errors={actionData?.errors}
        />
        <TextField
          name="password"
          type="password"
          label="login.password"
          autoComplete="current-password"
          required
          errors={actionData?.errors}
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t("login.submit")}
          </button>
          <Link to="/forgot-password">{t("login.forgot")}</Link>
        </div>
      </Form>
    </div>
  );
}
