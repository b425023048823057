// Association networks (Co-Act step 9): networks of a county, the units they are relevant to (kept by the liaison),
// their meetings (meeting series linked to the network), and the representatives the units name to them
// (workflows/network-representative). Assignment rows are never deleted: they are the history of representation.
import { subMonths } from "date-fns";
import type { Prisma } from "@prisma/client";
import {
  networkRepresentativeMachine,
  type NetworkRepresentativeEvent,
} from "#workflows/network-representative/network-representative.machine";
import { SYSTEM, type WorkflowActor } from "#workflows/actor";
import { offeredEvents, statesWithTag } from "#workflows/states";
import type { SessionUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { NetworkRepresentativeStatus } from "~/utils/enums.generated";
import { queueEmail } from "~/utils/outbox.server";
import { FieldProblem } from "./user.server";
import {
  hasPermission,
  mayManageNetworks,
  mayProposeRepresentative,
  NotAllowed,
  networkScope,
  representativeParties,
} from "~/utils/permissions.server";
import { initialRow, restoreSnapshot, step, TransitionRefused } from "~/utils/workflow.server";

type RepresentativeType = NetworkRepresentativeEvent["type"];

/** The unit has a representative in the network (no vacancy). */
export const REPRESENTING = statesWithTag<NetworkRepresentativeStatus>(networkRepresentativeMachine, "representing");
/** Shown as the network's current representatives: proposed, active, in handover. */
export const CURRENT = statesWithTag<NetworkRepresentativeStatus>(networkRepresentativeMachine, "current");

/** Participation is followed over the last twelve months. */
export const ATTENDANCE_MONTHS = 12;

export class NetworkProblem extends Error {
  constructor(
    readonly key: "network.errors.notMember" | "network.errors.notRelevant" | "network.errors.sameSubstitute",
  ) {
    super(key);
  }
}

// ---- networks ------------------------------------------------------------------------------------------------------

export function listNetworks(user: SessionUser) {
  return db().network.findMany({
    where: networkScope(user),
    orderBy: [{ county: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      theme: true,
      countyId: true,
      county: { select: { name: true } },
      convenerAssociation: { select: { name: true } },
      convenerUnit: { select: { name: true } },
      _count: { select: { members: true, relevance: true } },
    },
  });
}

const personSelect = { select: { id: true, name: true } } as const;

/** One network as its page shows it, or null when the user may not see it. */
export async function getNetwork(user: SessionUser, id: string) {
  const network = await db().network.findFirst({
    where: { AND: [{ id }, networkScope(user)] },
    select: {
      id: true,
      name: true,
      theme: true,
      description: true,
      countyId: true,
      county: { select: { name: true } },
      convenerAssociation: { select: { id: true, name: true } },
      convenerUnit: { select: { id: true, name: true } },
      members: {
        select: { association: { select: { id: true, name: true } } },
        orderBy: { association: { name: "asc" } },
      },
      relevance: { select: { unit: { select: { id: true, name: true } } }, orderBy: { unit: { name: "asc" } } },
      meetingSeries: {
        select: { id: true, title: true, status: true, firstDate: true, startTime: true },
        orderBy: { firstDate: "desc" },
      },
      representatives: {
        orderBy: [{ createdAt: "desc" }],
        select: {
          id: true,
          status: true,
          snapshot: true,
          machineVersion: true,
          version: true,
          termStart: true,
          termEnd: true,
          createdAt: true,
          updatedAt: true,
          personId: true,
          unit: { select: { id: true, name: true, countyId: true } },
          person: personSelect,
          substitute: personSelect,
        },
      },
    },
  });
  if (!network) return null;
  const representatives = network.representatives.map(({ snapshot, machineVersion, ...rep }) => {
    const saved = restoreSnapshot("network-representative", { snapshot, machineVersion, status: rep.status });
    const parties = representativeParties(user, rep);
    const offered = [
      ...new Set(
        parties.flatMap((party) => offeredEvents<RepresentativeType>(networkRepresentativeMachine, saved, party)),
      ),
    ];
    return { ...rep, current: CURRENT.includes(rep.status), offered };
  });
  return { ...network, representatives, mayManage: mayManageNetworks(user, network.countyId) };
}

/** The units of the county the user may propose representatives for (with their active members to choose from). */
export async function proposableUnits(user: SessionUser, countyId: string) {
  const units = await db().unit.findMany({
    where: { countyId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      countyId: true,
      members: {
        where: { user: { status: "active" } },
        select: { user: personSelect },
        orderBy: { user: { name: "asc" } },
      },
    },
  });
  return units
    .filter((unit) => mayProposeRepresentative(user, unit))
    .map((unit) => ({ id: unit.id, name: unit.name, people: unit.members.map((m) => m.user) }));
}

/** The liaison sets which of the county's units the network is relevant to. */
export async function setRelevance(user: SessionUser, networkId: string, unitIds: string[]) {
  await db().$transaction(async (tx) => {
    const network = await tx.network.findUnique({ where: { id: networkId }, select: { countyId: true } });
    if (!network || !mayManageNetworks(user, network.countyId)) throw new NotAllowed();
    const wanted = new Set(unitIds);
    const units = await tx.unit.count({ where: { id: { in: [...wanted] }, countyId: network.countyId } });
    if (units !== wanted.size) throw new NotAllowed();
    await tx.networkRelevance.deleteMany({ where: { networkId, unitId: { notIn: [...wanted] } } });
    await tx.networkRelevance.createMany({
      data: [...wanted].map((unitId) => ({ networkId, unitId, markedById: user.id })),
      skipDuplicates: true,
    });
  });
}

/** The county's meeting series not linked to another network: what the liaison may link to this one. */
export function linkableSeries(networkId: string, countyId: string) {
  return db().meetingSeries.findMany({
    where: { unit: { countyId }, OR: [{ networkId: null }, { networkId }] },
    orderBy: { title: "asc" },
    select: { id: true, title: true, networkId: true },
  });
}

/** The liaison links a meeting series of the county to the network (its meetings), or unlinks it. */
export async function linkSeries(user: SessionUser, networkId: string, seriesId: string, linked: boolean) {
  await db().$transaction(async (tx) => {
    const network = await tx.network.findUnique({ where: { id: networkId }, select: { countyId: true } });
    if (!network || !mayManageNetworks(user, network.countyId)) throw new NotAllowed();
    const changed = await tx.meetingSeries.updateMany({
      where: {
        id: seriesId,
        unit: { countyId: network.countyId },
        networkId: linked ? null : networkId,
      },
      data: { networkId: linked ? networkId : null },
    });
    if (changed.count !== 1) throw new NotAllowed();
  });
}

// ---- creating and editing a network ---------------------------------------------------------------------------------

/** The counties whose networks the user keeps: their own as a liaison, every county for an admin. */
export function networkCounties(user: SessionUser) {
  if (!hasPermission(user, "network:manage")) return Promise.resolve([]);
  return db().county.findMany({
    where: user.role === "admin" ? {} : { id: { in: user.countyIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** What a network of the county may be convened by and have as members: the county's units and associations. */
export async function networkChoices(countyId: string) {
  const [units, associations] = await Promise.all([
    db().unit.findMany({ where: { countyId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().association.findMany({ where: { countyId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { units, associations };
}

/** A network's own fields as its edit form shows them, or null when the user may not see it; mayManage says if they may edit. */
export async function networkForEdit(user: SessionUser, id: string) {
  const network = await db().network.findFirst({
    where: { AND: [{ id }, networkScope(user)] },
    select: {
      id: true,
      countyId: true,
      name: true,
      theme: true,
      description: true,
      convenerUnitId: true,
      convenerAssociationId: true,
      members: { select: { associationId: true } },
    },
  });
  if (!network) return null;
  return { ...network, mayManage: mayManageNetworks(user, network.countyId) };
}

export type NetworkInput = {
  name: string;
  theme: string;
  description: string;
  convener: { kind: "unit" | "association"; id: string } | null;
  associationIds: string[];
};

/**
 * Creates a network of the county (countyId given) or changes one (networkId given), with its convener and member
 * associations, all of the network's county; the name is unique in the county (also in another letter case).
 */
export async function saveNetwork(
  user: SessionUser,
  target: { countyId: string } | { networkId: string },
  input: NetworkInput,
): Promise<string> {
  return db()
    .$transaction(async (tx) => {
      const existing =
        "networkId" in target
          ? await tx.network.findUnique({ where: { id: target.networkId }, select: { id: true, countyId: true } })
          : null;
      const countyId = existing ? existing.countyId : "countyId" in target ? target.countyId : null;
      if (!countyId || !mayManageNetworks(user, countyId)) throw new NotAllowed();
      if (!existing && !(await tx.county.count({ where: { id: countyId } })))
        throw new FieldProblem("countyId", "errors.invalidChoice");
      const taken = await tx.network.count({
        where: {
          countyId,
          name: { equals: input.name, mode: "insensitive" },
          ...(existing ? { id: { not: existing.id } } : {}),
        },
      });
      if (taken) throw new FieldProblem("name", "network.errors.nameTaken");
      const { convener } = input;
      if (convener) {
        const found =
          convener.kind === "unit"
            ? await tx.unit.count({ where: { id: convener.id, countyId } })
            : await tx.association.count({ where: { id: convener.id, countyId } });
        if (!found) throw new FieldProblem("convener", "errors.invalidChoice");
      }
      const members = [...new Set(input.associationIds)];
      if ((await tx.association.count({ where: { id: { in: members }, countyId } })) !== members.length)
        throw new FieldProblem("associationIds", "errors.invalidChoice");
      const data = {
        name: input.name,
        theme: input.theme,
        description: input.description,
        convenerUnitId: convener?.kind === "unit" ? convener.id : null,
        convenerAssociationId: convener?.kind === "association" ? convener.id : null,
      };
      const { id } = existing
        ? await tx.network.update({ where: { id: existing.id }, data, select: { id: true } })
        : await tx.network.create({ data: { ...data, countyId }, select: { id: true } });
      await tx.networkMember.deleteMany({ where: { networkId: id, associationId: { notIn: members } } });
      await tx.networkMember.createMany({
        data: members.map((associationId) => ({ networkId: id, associationId })),
        skipDuplicates: true,
      });
      return id;
    })
    .catch((error: unknown) => {
      // Another request took the name between the check and the write.
      if ((error as Prisma.PrismaClientKnownRequestError)?.code === "P2002")
        throw new FieldProblem("name", "network.errors.nameTaken");
      throw error;
    });
}

// ---- representatives -----------------------------------------------------------------------------------------------

/** Proposes a person of the unit as its representative in the network; they accept or decline it themself. */
export async function proposeRepresentative(
  user: SessionUser,
  input: { networkId: string; unitId: string; personId: string },
) {
  return db().$transaction(async (tx) => {
    const [network, unit] = await Promise.all([
      tx.network.findUnique({ where: { id: input.networkId }, select: { countyId: true } }),
      tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, countyId: true } }),
    ]);
    if (!network || !unit || unit.countyId !== network.countyId || !mayProposeRepresentative(user, unit))
      throw new NotAllowed();
    await assertActiveMember(tx, input.unitId, input.personId);
    const relevant = await tx.networkRelevance.count({ where: { networkId: input.networkId, unitId: input.unitId } });
    if (!relevant) throw new NetworkProblem("network.errors.notRelevant");
    const row = await tx.networkRepresentative.create({
      data: { ...input, proposedById: user.id, ...initialRow("network-representative") },
      select: { id: true },
    });
    await tx.workflowEvent.create({
      data: {
        workflow: "network-representative",
        recordId: row.id,
        event: "PROPOSE",
        fromState: "",
        toState: "proposed",
        actorId: user.id,
      },
    });
    return row.id;
  });
}

async function assertActiveMember(tx: Tx, unitId: string, userId: string) {
  const member = await tx.unitMembership.count({ where: { unitId, userId, user: { status: "active" } } });
  if (!member) throw new NetworkProblem("network.errors.notMember");
}

export type AcceptTerms = { termStart: Date; termEnd: Date | null; substituteId: string | null };

/**
 * Sends an event to an assignment as the most specific party the user acts as that the machine takes in its state
 * (the person themself before the unit). ACCEPT sets the term and the substitute, and ends the unit's previous
 * assignment in the network (the successor is here: the system ends it).
 */
export async function stepRepresentative(
  user: SessionUser,
  networkId: string,
  id: string,
  type: RepresentativeType,
  expectedVersion: number,
  terms?: AcceptTerms,
) {
  await db().$transaction(async (tx) => {
    const row = await tx.networkRepresentative.findFirst({
      where: { id, networkId },
      select: {
        personId: true,
        networkId: true,
        unitId: true,
        status: true,
        snapshot: true,
        machineVersion: true,
        unit: { select: { id: true, countyId: true } },
      },
    });
    if (!row) throw new NotAllowed();
    const parties = representativeParties(user, row);
    if (!parties.length) throw new NotAllowed();
    const saved = restoreSnapshot("network-representative", row);
    const party = parties.find((p) => saved.can({ type, actor: { id: user.id, party: p } }));
    if (!party) throw new TransitionRefused("network-representative", type, row.status);
    const actor: WorkflowActor = { id: user.id, party };
    if (type === "ACCEPT") {
      if (!terms) throw new TransitionRefused("network-representative", type, row.status);
      if (terms.substituteId) {
        if (terms.substituteId === row.personId) throw new NetworkProblem("network.errors.sameSubstitute");
        await assertActiveMember(tx, row.unitId, terms.substituteId);
      }
      const previous = await tx.networkRepresentative.findMany({
        where: {
          networkId: row.networkId,
          unitId: row.unitId,
          id: { not: id },
          status: { in: ["active", "handover"] },
        },
        select: { id: true },
      });
      for (const old of previous) await step(tx, "network-representative", old.id, { type: "END", actor: SYSTEM });
      await step(tx, "network-representative", id, { type, actor }, { expectedVersion, data: terms });
    } else {
      await step(tx, "network-representative", id, { type, actor }, { expectedVersion });
    }
  });
}

/** Why a person's assignments go to handover without their doing. */
export type Leaving = "deactivated" | "left_unit";

/**
 * Staff turnover: every active assignment of the person (in `unitIds` only, when they left those units) moves to
 * handover at once, in the caller's transaction, and the county's liaisons and the unit's other social workers are
 * told, each in their own language: who left which network's seat, and that someone new should be proposed.
 */
export async function handOverOnLeaving(tx: Tx, userId: string, why: Leaving, unitIds?: string[]) {
  const assignments = await tx.networkRepresentative.findMany({
    where: { personId: userId, status: { in: REPRESENTING }, ...(unitIds ? { unitId: { in: unitIds } } : {}) },
    select: {
      id: true,
      unitId: true,
      person: { select: { name: true } },
      unit: { select: { name: true, countyId: true } },
      network: { select: { id: true, name: true } },
    },
  });
  for (const assignment of assignments) {
    await step(tx, "network-representative", assignment.id, { type: "HAND_OVER", actor: SYSTEM });
    const readers = await tx.user.findMany({
      where: {
        status: "active",
        id: { not: userId },
        OR: [
          { role: "liaison", units: { some: { unit: { countyId: assignment.unit.countyId } } } },
          { role: "social_worker", units: { some: { unitId: assignment.unitId } } },
        ],
      },
      select: { email: true, locale: true },
    });
    for (const reader of readers)
      await queueEmail(tx, {
        to: reader.email,
        locale: reader.locale,
        template: "networkHandover",
        params: {
          what: why,
          personName: assignment.person.name,
          unitName: assignment.unit.name,
          networkName: assignment.network.name,
          url: `${env().APP_URL}/networks/${assignment.network.id}`,
        },
      });
  }
  return assignments.length;
}

// ---- the matrix ----------------------------------------------------------------------------------------------------

type AttendanceRow = { network_id: string; unit_id: string | null; meetings: number };

/**
 * The unit × network picture of the liaison's counties: for every unit and network, whether the network is relevant
 * to the unit, its active representative (or the vacancy), and over the last twelve months how many of the network's
 * meetings were held (attendance recorded) and how many of them the unit came to. A fixed number of queries.
 */
export async function representationMatrix(user: SessionUser, now = new Date()) {
  const scope = networkScope(user);
  const countyWhere: Prisma.CountyWhereInput = user.role === "admin" ? {} : { id: { in: user.countyIds } };
  const since = subMonths(now, ATTENDANCE_MONTHS);
  const [networks, units, relevance, representatives, attendance] = await Promise.all([
    db().network.findMany({ where: scope, orderBy: { name: "asc" }, select: { id: true, name: true, countyId: true } }),
    db().unit.findMany({
      where: { county: countyWhere },
      orderBy: [{ county: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, countyId: true, county: { select: { name: true } } },
    }),
    db().networkRelevance.findMany({ where: { network: scope }, select: { networkId: true, unitId: true } }),
    db().networkRepresentative.findMany({
      where: { network: scope, status: { in: CURRENT } },
      orderBy: { createdAt: "asc" },
      select: { networkId: true, unitId: true, status: true, termEnd: true, person: { select: { name: true } } },
    }),
    attendanceCounts(user.role === "admin" ? null : user.countyIds, since, now),
  ]);
  const key = (networkId: string, unitId: string) => `${networkId}:${unitId}`;
  const relevant = new Set(relevance.map((r) => key(r.networkId, r.unitId)));
  const held = new Map(attendance.filter((a) => a.unit_id === null).map((a) => [a.network_id, Number(a.meetings)]));
  const came = new Map(
    attendance.filter((a) => a.unit_id !== null).map((a) => [key(a.network_id, a.unit_id!), Number(a.meetings)]),
  );
  const cells = units.map((unit) => ({
    unit,
    cells: networks
      .filter((network) => network.countyId === unit.countyId)
      .map((network) => {
        const k = key(network.id, unit.id);
        const reps = representatives.filter((r) => key(r.networkId, r.unitId) === k);
        const active = reps.filter((r) => REPRESENTING.includes(r.status));
        return {
          networkId: network.id,
          relevant: relevant.has(k),
          representatives: active.map((r) => ({ name: r.person.name, termEnd: r.termEnd })),
          handover: reps.some((r) => r.status === "handover"),
          proposed: reps.some((r) => r.status === "proposed"),
          vacant: relevant.has(k) && active.length === 0,
          attended: came.get(k) ?? 0,
          held: held.get(network.id) ?? 0,
        };
      }),
  }));
  return { networks, rows: cells, since, until: now };
}

/** Meetings (distinct occurrences with attendance recorded) of each network, and of each network per unit present. */
function attendanceCounts(countyIds: string[] | null, since: Date, until: Date) {
  return db().$queryRaw<AttendanceRow[]>`
    SELECT s.network_id, a.unit_id, COUNT(DISTINCT (a.series_id, a.occurrence_start))::int AS meetings
    FROM meeting_attendance a
    JOIN meeting_series s ON s.id = a.series_id
    JOIN network n ON n.id = s.network_id
    WHERE a.occurrence_start >= ${since} AND a.occurrence_start < ${until}
      AND (${countyIds === null} OR n.county_id = ANY(${countyIds ?? []}::uuid[]))
    GROUP BY GROUPING SETS ((s.network_id), (s.network_id, a.unit_id))
    HAVING a.unit_id IS NOT NULL OR GROUPING(a.unit_id) = 1`;
}

// ---- the advisory board's report -----------------------------------------------------------------------------------

/**
 * A network's representation and attendance over a period, for its county's association advisory board: who represented
 * which unit at some time in the period (from the acceptance to the handover or end, from the workflow's event rows), and
 * per unit whose work the network concerns (or that attended), how many of the network's meetings held in the period it
 * came to. Null when the user may not see the network.
 */
export async function networkReport(user: SessionUser, networkId: string, from: Date, until: Date) {
  const network = await db().network.findFirst({
    where: { AND: [{ id: networkId }, networkScope(user)] },
    select: {
      id: true,
      name: true,
      theme: true,
      county: { select: { name: true } },
      relevance: { select: { unit: { select: { id: true, name: true } } } },
    },
  });
  if (!network) return null;
  const accepted = await db().networkRepresentative.findMany({
    where: { networkId, termStart: { not: null, lte: until } },
    orderBy: [{ unit: { name: "asc" } }, { termStart: "asc" }],
    select: {
      id: true,
      status: true,
      termStart: true,
      termEnd: true,
      unit: { select: { id: true, name: true } },
      person: { select: { name: true } },
      substitute: { select: { name: true } },
    },
  });
  const leftAt = await db().workflowEvent.findMany({
    where: { recordId: { in: accepted.map((a) => a.id) }, event: { in: ["HAND_OVER", "END"] } },
    orderBy: { createdAt: "asc" },
    select: { recordId: true, createdAt: true },
  });
  const representatives = accepted
    .map((a) => ({ ...a, until: leftAt.find((e) => e.recordId === a.id)?.createdAt ?? null }))
    .filter((a) => !a.until || a.until >= from);
  const rows = await db().$queryRaw<{ unit_id: string | null; meetings: number }[]>`
    SELECT a.unit_id, COUNT(DISTINCT (a.series_id, a.occurrence_start))::int AS meetings
    FROM meeting_attendance a
    JOIN meeting_series s ON s.id = a.series_id
    WHERE s.network_id = ${networkId}::uuid AND a.occurrence_start >= ${from} AND a.occurrence_start < ${until}
    GROUP BY GROUPING SETS ((), (a.unit_id))
    HAVING a.unit_id IS NOT NULL OR GROUPING(a.unit_id) = 1`;
  const held = rows.find((r) => r.unit_id === null)?.meetings ?? 0;
  const attendedBy = new Map(rows.filter((r) => r.unit_id).map((r) => [r.unit_id!, r.meetings]));
  const units = new Map(network.relevance.map((r) => [r.unit.id, r.unit.name]));
  const extra = [...attendedBy.keys()].filter((id) => !units.has(id));
  if (extra.length)
    for (const unit of await db().unit.findMany({ where: { id: { in: extra } }, select: { id: true, name: true } }))
      units.set(unit.id, unit.name);
  const attendance = [...units]
    .map(([id, name]) => ({
      id,
      name,
      relevant: network.relevance.some((r) => r.unit.id === id),
      attended: attendedBy.get(id) ?? 0,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "fi"));
  return { network, representatives, held, attendance };
}
