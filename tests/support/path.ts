// Records that a Co-Act step's evidence rule reads, written straight into the database at chosen times, for tests
// that need the evidence to hold (or to have gone stale) without walking every feature's pages. EVIDENCE lists, per
// step, how to make its rule hold; a step whose feature lands (e.g. step 2, meetings) adds its entry here.
import { randomUUID } from "node:crypto";
import type { MeetingKind, Role } from "@prisma/client";
import { activeAccountSnapshot } from "~/models/user.server";
import { ensureCountySteps } from "~/models/coact-path.server";
import type { StepKey } from "~/utils/coact-evidence";
import { db } from "~/utils/db.server";
import { occurrencesBetween } from "~/utils/recurrence.server";
import { initialRow, step } from "~/utils/workflow.server";

const DAY_MS = 86_400_000;
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** A county of its own with a KOTO unit, a liaison, a social worker, an association and its staff, and its ten steps. */
export async function newCounty(label = randomUUID().slice(0, 8)) {
  const county = await db().county.create({ data: { name: `Polkualue ${label}` } });
  await ensureCountySteps(db(), county.id);
  const unit = await db().unit.create({ data: { countyId: county.id, name: "KOTO", isKoto: true } });
  const association = await db().association.create({
    data: { countyId: county.id, name: `Polkuyhdistys ${label}`, kind: "registered" },
  });
  const person = (role: Role, locale: string, membership: object) =>
    db().user.create({
      data: {
        email: `${role}.${label}@polku.example`,
        name: `${role} ${label}`,
        role,
        locale,
        status: "active",
        snapshot: activeAccountSnapshot(),
        ...membership,
      },
    });
  const liaison = await person("liaison", "fi", { units: { create: [{ unitId: unit.id }] } });
  const socialWorker = await person("social_worker", "en", { units: { create: [{ unitId: unit.id }] } });
  const staff = await person("association_staff", "fi", {
    associations: { create: [{ associationId: association.id }] },
  });
  return { county, unit, association, liaison, socialWorker, staff };
}
export type TestCounty = Awaited<ReturnType<typeof newCounty>>;

/** A referral with the client's consent, sent at `sentAt`, and closed with an outcome at `closedAt` if given. */
export async function seedReferral(c: TestCounty, sentAt: Date, closedAt: Date | null = null) {
  const referral = await db().referral.create({
    data: {
      unitId: c.unit.id,
      associationId: c.association.id,
      createdById: c.socialWorker.id,
      ...initialRow("referral"),
      status: closedAt ? "closed" : "sent",
      sentAt,
      closedAt,
      outcome: closedAt ? "got_help" : null,
      createdAt: sentAt,
    },
  });
  await db().consent.create({
    data: {
      referralId: referral.id,
      associationId: c.association.id,
      items: ["first_name"],
      purpose: "Ensitapaaminen",
      method: "oral",
      interpreterUsed: false,
      textVersion: "test",
      recordedById: c.socialWorker.id,
      recordedAt: sentAt,
      validUntil: new Date("2099-12-31"),
      ...initialRow("consent"),
    },
  });
  return referral;
}

/** A pickup for one of the county's referrals, marked done at `doneAt` (the time of its workflow event). */
export async function seedAccompanimentDone(c: TestCounty, doneAt: Date) {
  const referral = await seedReferral(c, daysBefore(doneAt, 3));
  const accompaniment = await db().accompaniment.create({
    data: {
      referralId: referral.id,
      pickup: true,
      interpreting: false,
      ...initialRow("accompaniment"),
      status: "done",
    },
  });
  await db().workflowEvent.create({
    data: {
      workflow: "accompaniment",
      recordId: accompaniment.id,
      event: "DONE",
      fromState: "assigned",
      toState: "done",
      actorId: c.staff.id,
      createdAt: doneAt,
    },
  });
}

export async function seedNotice(c: TestCounty, at: Date) {
  await db().advanceNotice.create({
    data: {
      countyId: c.county.id,
      createdById: c.liaison.id,
      groups: 1,
      people: 4,
      languages: ["ar"],
      arriving: "Joulukuussa",
      needs: "Suomen kielen opetus",
      createdAt: at,
    },
  });
}

/**
 * A weekly meeting series of the county's KOTO unit whose `count` meetings (Helsinki 17:00) all lie in the past of
 * `now`, the last one about `lastDaysAgo` days before it; attendance is recorded for the first `held` of them (an
 * association presenting at each when `presenters`). Returns the series and its occurrences' starts.
 */
export async function seedMeetings(
  c: TestCounty,
  now: Date,
  options: {
    kind: MeetingKind;
    count: number;
    held: number;
    lastDaysAgo?: number;
    presenters?: boolean;
    languages?: string[];
  },
) {
  const first = daysBefore(now, (options.lastDaysAgo ?? 2) + 7 * (options.count - 1));
  const series = await db().meetingSeries.create({
    data: {
      unitId: c.unit.id,
      kind: options.kind,
      title: `${options.kind} ${randomUUID()}`,
      rrule: `FREQ=WEEKLY;COUNT=${options.count}`,
      firstDate: new Date(`${first.toISOString().slice(0, 10)}T00:00:00Z`),
      startTime: "17:00",
      durationMinutes: 60,
      languages: options.languages ?? ["fi"],
      ...initialRow("meeting-series"),
      status: "scheduled",
    },
  });
  const starts = occurrencesBetween(series, [], { from: daysBefore(first, 1), to: now }).map((o) => o.originalStart);
  if (starts.length !== options.count) throw new Error(`the series has ${starts.length} past meetings`);
  for (const start of starts.slice(0, options.held)) await seedHeld(c, series.id, start, options.presenters ?? true);
  return { series, starts };
}

/** Attendance recorded for one occurrence (the county's association came), and its presenter if asked. */
export async function seedHeld(c: TestCounty, seriesId: string, occurrenceStart: Date, presenter = false) {
  await db().meetingAttendance.create({ data: { seriesId, occurrenceStart, associationId: c.association.id } });
  if (presenter)
    await db().meetingPresenter.create({ data: { seriesId, occurrenceStart, associationId: c.association.id } });
}

/** A request to the county's contact point received at `at` with its target `dueAt`, answered at `answeredAt` (or not). */
export async function seedContactRequest(c: TestCounty, at: Date, dueAt: Date, answeredAt: Date | null) {
  await db().contactRequest.create({
    data: {
      reference: `YP-${randomUUID().slice(0, 8)}`,
      countyId: c.county.id,
      unitId: c.unit.id,
      kind: "message",
      topic: "other",
      senderOrganisation: "Yhdistys",
      senderName: "Lähettäjä",
      senderEmail: `sender.${randomUUID()}@polku.example`,
      message: "Hei",
      tokenHash: randomUUID(),
      ...initialRow("contact-request"),
      status: answeredAt ? "answered" : "routed",
      dueAt,
      waitingSince: at,
      routedAt: at,
      firstAnsweredAt: answeredAt,
      createdAt: at,
    },
  });
}

/** The county's contact point is published: a topic routed to its KOTO unit. */
export const publishContactPoint = (c: TestCounty) =>
  db().contactRoute.create({ data: { countyId: c.county.id, topic: "other", unitId: c.unit.id } });

/** A division-of-responsibilities page of the county's shared picture, last reviewed at `at`. */
export const seedResponsibilities = (c: TestCounty, at: Date) =>
  db().picturePage.create({
    data: { countyId: c.county.id, kind: "responsibilities", title: "Vastuunjako", body: "…", lastReviewedAt: at },
  });

/** An association invited personally to a new series of the county at `at`. */
export async function seedPersonalInvitation(c: TestCounty, at: Date) {
  const { series } = await seedMeetings(c, at, { kind: "introduction", count: 1, held: 0 });
  await db().meetingInvitation.create({
    data: { seriesId: series.id, associationId: c.association.id, personal: true, createdAt: at },
  });
}

/** Makes each step's rule hold at `now` for the county. */
export const EVIDENCE: Partial<Record<StepKey, (c: TestCounty, now: Date) => Promise<unknown>>> = {
  visibility: async (c, now) => {
    await db().association.updateMany({
      where: { countyId: c.county.id },
      data: { lastReviewedAt: daysBefore(now, 1) },
    });
    await db().user.update({ where: { id: c.socialWorker.id }, data: { directoryUsedAt: daysBefore(now, 1) } });
  },
  timely_referral: (c, now) => seedNotice(c, daysBefore(now, 1)),
  consented_referral: (c, now) => seedReferral(c, daysBefore(now, 10), daysBefore(now, 1)),
  accompaniment: (c, now) => seedAccompanimentDone(c, daysBefore(now, 1)),
  intro_meetings: (c, now) => seedMeetings(c, now, { kind: "introduction", count: 2, held: 2 }),
  contact_point: async (c, now) => {
    await publishContactPoint(c);
    await seedContactRequest(c, daysBefore(now, 10), daysBefore(now, 3), daysBefore(now, 9));
  },
  shared_picture: async (c, now) => {
    await seedResponsibilities(c, daysBefore(now, 1));
    await seedMeetings(c, now, { kind: "annual_session", count: 1, held: 1 });
  },
  visits_and_joint_meetings: (c, now) => seedMeetings(c, now, { kind: "group_visit", count: 2, held: 2 }),
  inclusion: async (c, now) => {
    await seedMeetings(c, now, { kind: "introduction", count: 1, held: 1, languages: ["en"] });
    await seedPersonalInvitation(c, daysBefore(now, 1));
  },
  // -- step 9: a network relevant to the county's KOTO unit, and its social worker representing the unit there
  network_representatives: async (c, now) => {
    const network = await db().network.create({
      data: { countyId: c.county.id, name: `Verkosto ${randomUUID().slice(0, 8)}`, theme: "Lapset ja perheet" },
    });
    await db().networkRelevance.create({ data: { networkId: network.id, unitId: c.unit.id } });
    const { id } = await db().networkRepresentative.create({
      data: {
        networkId: network.id,
        unitId: c.unit.id,
        personId: c.socialWorker.id,
        termStart: daysBefore(now, 1),
        ...initialRow("network-representative"),
      },
    });
    await db().$transaction((tx) =>
      step(tx, "network-representative", id, { type: "ACCEPT", actor: { id: c.socialWorker.id, party: "self" } }),
    );
  },
};
