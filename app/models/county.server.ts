// Wellbeing services counties and their units.
import { db } from "~/utils/db.server";
import { ensureCountySteps } from "./coact-path.server";

export function listCountiesWithUnits() {
  return db().county.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      units: { orderBy: { name: "asc" }, select: { id: true, name: true, isKoto: true } },
    },
  });
}

/** A new county, with the ten steps of its Co-Act path not started. */
export function createCounty(name: string) {
  return db().$transaction(async (tx) => {
    const county = await tx.county.create({ data: { name }, select: { id: true } });
    await ensureCountySteps(tx, county.id);
    return county;
  });
}

export function renameCounty(id: string, name: string) {
  return db().county.updateMany({ where: { id }, data: { name } });
}

export function countyExists(id: string) {
  return db()
    .county.count({ where: { id } })
    .then((n) => n === 1);
}

export function createUnit(input: { countyId: string; name: string; isKoto: boolean }) {
  return db().unit.create({ data: input, select: { id: true } });
}

export function renameUnit(id: string, name: string) {
  return db().unit.updateMany({ where: { id }, data: { name } });
}

export function getUnitWithMembers(id: string) {
  return db().unit.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      isKoto: true,
      countyId: true,
      county: { select: { name: true } },
      members: {
        orderBy: { user: { name: "asc" } },
        select: { user: { select: { id: true, name: true, email: true, role: true, status: true } } },
      },
    },
  });
}
