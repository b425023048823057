// Who is asking, and may they: every loader and action starts here.
import { redirect } from "@remix-run/node";
import type { Role } from "@prisma/client";
import { db } from "./db.server";
import { cachedSession } from "./session-cache.server";
import { readSessionId, renewSessionIfDue } from "./session.server";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  unitIds: string[];
  associationIds: string[];
  /** Counties the user works in, through a unit or an association. */
  countyIds: string[];
};

type SessionRow = Omit<SessionUser, "role"> & { role: Role; expiresAt: Date; status: string };

/** The signed-in user of a request, read once per request (the root's and the page's loaders share the request). */
const perRequest = new WeakMap<Request, Promise<SessionUser | null>>();

export function getUser(request: Request): Promise<SessionUser | null> {
  let user = perRequest.get(request);
  if (!user) {
    user = readUser(request);
    perRequest.set(request, user);
  }
  return user;
}

/**
 * The session's user: kept in the process between requests while every instance hears of changes to sessions,
 * accounts and memberships (session-cache.server.ts, docs/decisions/010), else read in one indexed query.
 */
async function readUser(request: Request): Promise<SessionUser | null> {
  const sessionId = await readSessionId(request);
  if (!sessionId) return null;
  const row = await cachedSession(sessionId, () => readSession(sessionId));
  // Expired sessions and accounts no longer active sign nobody in.
  if (!row || row.expiresAt.getTime() <= Date.now() || row.status !== "active") return null;
  await renewSessionIfDue(sessionId, row.expiresAt);
  const { expiresAt: _, status: __, ...user } = row;
  return user;
}

/** The session, its user and the user's units, associations and counties in one indexed query. */
async function readSession(sessionId: string): Promise<SessionRow | null> {
  const [row] = await db().$queryRaw<SessionRow[]>`
    SELECT u.id, u.email::text AS email, u.name, u.role, u.locale, u.status, s.expires_at AS "expiresAt",
      ARRAY(SELECT m.unit_id::text FROM unit_membership m WHERE m.user_id = u.id ORDER BY 1) AS "unitIds",
      ARRAY(SELECT m.association_id::text FROM association_membership m WHERE m.user_id = u.id ORDER BY 1)
        AS "associationIds",
      ARRAY(
        SELECT n.county_id::text FROM unit_membership m JOIN unit n ON n.id = m.unit_id WHERE m.user_id = u.id
        UNION
        SELECT a.county_id::text FROM association_membership m JOIN association a ON a.id = m.association_id
        WHERE m.user_id = u.id
      ) AS "countyIds"
    FROM session s JOIN app_user u ON u.id = s.user_id
    WHERE s.id = ${sessionId}::uuid`;
  return row ?? null;
}

/**
 * An active user as a session would carry them, without a session: for what a user's own secret link serves (the
 * calendar feed), with the same scopes as their pages. Null for an unknown or inactive account.
 */
export async function sessionUserById(userId: string): Promise<SessionUser | null> {
  const [row] = await db().$queryRaw<(SessionUser & { status: string })[]>`
    SELECT u.id, u.email::text AS email, u.name, u.role, u.locale, u.status,
      ARRAY(SELECT m.unit_id::text FROM unit_membership m WHERE m.user_id = u.id ORDER BY 1) AS "unitIds",
      ARRAY(SELECT m.association_id::text FROM association_membership m WHERE m.user_id = u.id ORDER BY 1)
        AS "associationIds",
      ARRAY(
        SELECT n.county_id::text FROM unit_membership m JOIN unit n ON n.id = m.unit_id WHERE m.user_id = u.id
        UNION
        SELECT a.county_id::text FROM association_membership m JOIN association a ON a.id = m.association_id
        WHERE m.user_id = u.id
      ) AS "countyIds"
    FROM app_user u WHERE u.id = ${userId}::uuid`;
  if (!row || row.status !== "active") return null;
  const { status: _, ...user } = row;
  return user;
}

const HERE = "http://co-act.invalid";

/**
 * The one test of a redirect target that came from a request: a path on this site, as the URL parser (and so the
 * browser) reads it. Control characters, whitespace and backslashes are refused outright (browsers drop tabs and
 * newlines and read "\\" as "/", which turns "/\t/evil" into "//evil"); so is anything the parser resolves to another
 * origin or to a path starting "//". What is returned is the parser's own ASCII form, safe for a Location header.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/home"): string {
  if (typeof to !== "string" || to.length > 2000 || !to.startsWith("/") || to.startsWith("//")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\\]|\s/u.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const params = new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` });
  throw redirect(`/login?${params}`);
}
