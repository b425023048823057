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

/** Only same-site paths are followed after sign-in; anything else goes home. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/home"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const params = new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` });
  throw redirect(`/login?${params}`);
}
