// Sessions are rows: the signed, HttpOnly cookie carries only the session id, so deleting the row revokes it.
// Sessions last 30 days and are renewed while used, so a volunteer does not sign in again every evening.
import { createCookie, redirect } from "@remix-run/node";
import { db } from "./db.server";
import { env, isProduction } from "./env.server";
import { forgetSession } from "./session-cache.server";

export const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

function sessionCookie() {
  return createCookie("coact_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: isProduction(),
    path: "/",
    maxAge: SESSION_DAYS * 24 * 60 * 60,
    secrets: env()
      .SESSION_SECRET.split(",")
      .map((s) => s.trim()),
  });
}

export async function readSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && /^[0-9a-f-]{36}$/.test(value) ? value : null;
}

/** Sessions are renewed while used, at most once a day (so a request does not write each time). */
export async function renewSessionIfDue(id: string, expiresAt: Date, now = Date.now()) {
  if (expiresAt.getTime() - now < (SESSION_DAYS - 1) * DAY_MS) {
    await db().session.update({ where: { id }, data: { expiresAt: new Date(now + SESSION_DAYS * DAY_MS) } });
    forgetSession(id);
  }
}

export async function startSession(userId: string, redirectTo: string, headers = new Headers()) {
  const session = await db().session.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_DAYS * DAY_MS) },
    select: { id: true },
  });
  headers.append("Set-Cookie", await sessionCookie().serialize(session.id));
  return redirect(redirectTo, { headers });
}

export async function endSession(request: Request, redirectTo = "/login") {
  const id = await readSessionId(request);
  if (id) {
    await db().session.deleteMany({ where: { id } });
    forgetSession(id);
  }
  return redirect(redirectTo, { headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) } });
}

/** A cookie header for tests and tools that need to act as a signed-in user. */
export async function sessionCookieHeader(sessionId: string) {
  return (await sessionCookie().serialize(sessionId)).split(";")[0];
}
