// Calling loaders and actions directly, as a given user, and reading what they answer (data, redirect or refusal).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { Role } from "@prisma/client";
import { db } from "~/utils/db.server";
import { sessionCookieHeader } from "~/utils/session.server";
import { DEMO_USERS } from "../../prisma/seed";

const BASE = "http://localhost:3000";

export async function cookieFor(email: string): Promise<string> {
  const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const session = await db().session.create({
    data: { userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return sessionCookieHeader(session.id);
}

export function demoEmail(role: Role): string {
  return DEMO_USERS.find((u) => u.role === role)!.email;
}

export const cookieForRole = (role: Role) => cookieFor(demoEmail(role));

export function get(path: string, cookie?: string) {
  return new Request(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export function post(path: string, fields: Record<string, string | string[]>, cookie?: string) {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return new Request(`${BASE}${path}`, { method: "POST", body, headers: cookie ? { Cookie: cookie } : {} });
}

// `data` is whatever JSON the loader or action answered; each test reads the shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Outcome = { status: number; location?: string; data?: any; headers?: Headers };

/** Runs a loader or action and says what came out: 200 with data, a redirect, or an error status. */
export async function run(
  fn: (args: LoaderFunctionArgs & ActionFunctionArgs) => unknown,
  request: Request,
  params: Record<string, string> = {},
  context: Record<string, unknown> = {},
): Promise<Outcome> {
  let result: unknown;
  try {
    result = await fn({ request, params, context } as LoaderFunctionArgs & ActionFunctionArgs);
  } catch (thrown) {
    result = thrown;
  }
  if (result instanceof Response) {
    const location = result.headers.get("Location") ?? undefined;
    return {
      status: result.status,
      location,
      headers: result.headers,
      data: location ? undefined : await result.text(),
    };
  }
  if (result && typeof result === "object" && (result as { type?: string }).type === "DataWithResponseInit") {
    const { data, init } = result as { data: unknown; init?: ResponseInit };
    return { status: init?.status ?? 200, data, headers: new Headers(init?.headers) };
  }
  if (result instanceof Error) throw result;
  return { status: 200, data: result };
}
