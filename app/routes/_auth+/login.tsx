import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { FormError, TextField } from "~/components/form";
import { useT } from "~/i18n/i18n";
import { authenticate } from "~/models/user.server";
import { getUser, safeRedirect } from "~/utils/auth.server";
import { email, parseForm, type FieldErrors } from "~/utils/forms";
import { titled } from "~/utils/meta";
import { invalid } from "~/utils/problems.server";
import { clearRateLimit, delayBeforeNextTry, recordFailure } from "~/utils/rate-limit.server";
import { startSession } from "~/utils/session.server";
import { readForm } from "~/utils/request-body.server";

export const meta = titled("login.title");

const schema = z.object({
  email,
  password: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(200, "errors.tooLong"),
  // The hidden return address comes from the page address: one too long to use is ignored, not an error nobody sees.
  redirectTo: z.string().max(2000).optional().catch(undefined),
});

/**
 * Failed sign-ins are counted per account and address together, so that someone guessing from elsewhere cannot lock
 * the owner out of their own device; each address also has a wider limit over all accounts. Both slow down (the wait
 * doubles per failure past the free ones) rather than lock.
 */
const LIMITS = {
  accountAndAddress: { free: 5, windowMs: 15 * 60_000, maxDelayMs: 5 * 60_000 },
  address: { free: 50, windowMs: 15 * 60_000, maxDelayMs: 5 * 60_000 },
};

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
  const ip = typeof context.clientIp === "string" ? context.clientIp : "unknown";
  const accountKey = `login:account:${address}:ip:${ip}`;
  const addressKey = `login:ip:${ip}`;
  const wait = Math.max(
    await delayBeforeNextTry(accountKey, LIMITS.accountAndAddress),
    await delayBeforeNextTry(addressKey, LIMITS.address),
  );
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    return data(
      { errors: { form: { key: "login.tooMany", params: { seconds } } } as FieldErrors, target: undefined },
      { status: 429, headers: { "Retry-After": String(seconds) } },
    );
  }
  const userId = await authenticate(address, password);
  if (!userId) {
    await recordFailure([accountKey, addressKey]);
    return invalid({ form: { key: "login.failed" } }, 401);
  }
  await clearRateLimit(accountKey);
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
