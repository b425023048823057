// The language switcher: remembers the choice in a cookie (and on the account, so e-mails follow it).
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { LOCALES } from "~/i18n/i18n";
import { setUserLocale } from "~/models/user.server";
import { getUser, safeRedirect } from "~/utils/auth.server";
import { choice } from "~/utils/forms";
import { localeCookie } from "~/utils/locale.server";
import { readForm } from "~/utils/request-body.server";
import { forgetSession } from "~/utils/session-cache.server";
import { readSessionId } from "~/utils/session.server";

// A return address too long to use is ignored (back to the front page) rather than refusing the switch.
const schema = z.object({ locale: choice([...LOCALES]), redirectTo: z.string().max(2000).optional().catch(undefined) });

export const loader = () => redirect("/");

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  if (!form.ok) return form.refusal;
  const parsed = schema.safeParse(Object.fromEntries(form.formData));
  if (!parsed.success) throw new Response("Bad request", { status: 400 });
  const user = await getUser(request);
  if (user) {
    await setUserLocale(user.id, parsed.data.locale);
    // The page the switch returns to must be in the new language: this process forgets the session now, as the
    // database's notice of the change may arrive only after that page's request (docs/decisions/010).
    const sessionId = await readSessionId(request);
    if (sessionId) forgetSession(sessionId);
  }
  return redirect(safeRedirect(parsed.data.redirectTo, "/"), {
    headers: { "Set-Cookie": await localeCookie.serialize(parsed.data.locale) },
  });
}
