// Loader and action behind an e-mailed link that sets a password (invitation, reset): check the link, validate the
// password, let the model use the token, and sign the user in.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { TokenPurpose } from "@prisma/client";
import { isTokenUsable } from "~/models/token.server";
import { db } from "./db.server";
import { parseForm, setPasswordSchema } from "./forms";
import { invalid, problemResponse } from "./problems.server";
import { startSession } from "./session.server";
import { readForm } from "./request-body.server";

export function setPasswordLoader(purpose: TokenPurpose) {
  return async ({ request }: LoaderFunctionArgs) => {
    const token = (new URL(request.url).searchParams.get("token") ?? "").slice(0, 200);
    return { token, usable: token ? await isTokenUsable(db(), token, purpose) : false };
  };
}

export function setPasswordAction(complete: (token: string, password: string) => Promise<string | null>) {
  return async ({ request }: ActionFunctionArgs) => {
    const form = await readForm(request);
    if (!form.ok) return form.refusal;
    const parsed = parseForm(setPasswordSchema, form.formData);
    if (!parsed.ok) return invalid(parsed.errors);
    let userId: string | null;
    try {
      userId = await complete(parsed.data.token, parsed.data.password);
    } catch (error) {
      // For example an invitation to an account the admin deactivated before it was used.
      return problemResponse(error);
    }
    if (!userId) return invalid({ form: { key: "errors.tokenInvalid" } });
    return startSession(userId, "/home");
  };
}
