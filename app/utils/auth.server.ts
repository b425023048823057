// Who is asking, and may they: every loader and action starts here.
import { redirect } from "@remix-run/node";
import type { Role } from "@prisma/client";
import { db } from "./db.server";
import { findSessionUserId } from "./session.server";

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

export async function getUser(request: Request): Promise<SessionUser | null> {
  const userId = await findSessionUserId(request);
  if (!userId) return null;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      units: { select: { unitId: true, unit: { select: { countyId: true } } } },
      associations: { select: { associationId: true, association: { select: { countyId: true } } } },
    },
  });
  if (!user) return null;
  const countyIds = new Set([
    ...user.units.map((m) => m.unit.countyId),
    ...user.associations.map((m) => m.association.countyId),
  ]);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    unitIds: user.units.map((m) => m.unitId),
    associationIds: user.associations.map((m) => m.associationId),
    countyIds: [...countyIds],
  };
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
