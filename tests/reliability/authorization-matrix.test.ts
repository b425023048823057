// The authorization model as data: every route's loader and action, for every role and for a visitor, on a record of
// the user's own organisation and of another county's, with the answer it must give. A cell that answers otherwise
// fails, and so does a route of the build that the table does not list: a new route must say who may use it.
import { pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import type { LoaderFunctionArgs, ServerBuild } from "@remix-run/node";
import type { Role } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { activeAccountSnapshot } from "~/models/user.server";
import { db } from "~/utils/db.server";
import { initialRow, step } from "~/utils/workflow.server";
import { DEMO_COUNTY } from "../../prisma/seed";
import { reportFigures } from "../support/figures";
import { minimalReferral, sendReferral } from "../support/referrals";
import { cookieFor, demoEmail, get, post, run } from "../support/requests";

type Who = "visitor" | Role;
type Scope = "own" | "other";
/** The status a cell must answer; own/other when it depends on whose record it is. */
type Answer = number | { own: number; other: number };
type Cells = Record<Who, Answer>;
type Row = { loader?: Cells; action?: Cells; params?: Partial<Record<Scope, Record<string, string>>> };

const WHO: Who[] = ["visitor", "social_worker", "liaison", "association_staff", "admin"];
const everyone = (status: number): Cells => Object.fromEntries(WHO.map((who) => [who, status])) as Cells;
const signedIn = (status: number): Cells => ({ ...everyone(status), visitor: 302 });
const adminOnly = (status: number): Cells => ({ ...everyone(403), visitor: 302, admin: status });
const roles = (status: number, allowed: Partial<Record<Who, Answer>>): Cells => ({
  ...everyone(403),
  visitor: 302,
  ...Object.fromEntries(Object.keys(allowed).map((who) => [who, allowed[who as Who]])),
});
const ownOnly = (status: number) => ({ own: status, other: 403 });
/** Another county's record is simply not found. */
const ownOr404 = (status: number) => ({ own: status, other: 404 });

// ---- the records: the demo county's, and another county's ----------------------------------------------------------

const demoCounty = await db().county.findUniqueOrThrow({ where: { name: DEMO_COUNTY } });
const koto = await db().unit.findFirstOrThrow({ where: { countyId: demoCounty.id, isKoto: true } });
const sisarukset = await db().association.findUniqueOrThrow({
  where: { name: "Monikulttuurinen naisyhdistys Sisarukset ry" },
});
const ownActivity = await db().activity.findFirstOrThrow({ where: { associationId: sisarukset.id } });
const otherCounty = await db().county.create({ data: { name: "Matriisin toinen hyvinvointialue" } });
const otherUnit = await db().unit.create({ data: { countyId: otherCounty.id, name: "Toinen KOTO", isKoto: true } });
const otherAssociation = await db().association.create({
  data: { countyId: otherCounty.id, name: "Matriisin toinen yhdistys", kind: "registered" },
});
const otherActivity = await db().activity.create({
  data: { associationId: otherAssociation.id, titleFi: "Toinen toiminta", titleEn: "Other", languages: ["fi"] },
});
const account = (email: string, role: Role, data: object) =>
  db().user.create({
    data: { email, name: email, role, status: "active", snapshot: activeAccountSnapshot(), ...data },
  });
const otherWorker = await account("worker@toinen.example", "social_worker", {
  units: { create: [{ unitId: otherUnit.id }] },
});
const ownUser = await account("colleague@demo.example", "social_worker", { units: { create: [{ unitId: koto.id }] } });

const ownReferral = await sendReferral(
  await cookieFor(demoEmail("social_worker")),
  minimalReferral(koto.id, sisarukset.id),
);
const otherReferral = await sendReferral(
  await cookieFor(otherWorker.email),
  minimalReferral(otherUnit.id, otherAssociation.id),
);

/** The demo county's seeded network, and one of another county. */
const ownNetwork = await db().network.findFirstOrThrow({ where: { countyId: demoCounty.id } });
const otherNetwork = await db().network.create({
  data: { countyId: otherCounty.id, name: "Matriisin toinen verkosto", theme: "testi" },
});
const network = { own: { networkId: ownNetwork.id }, other: { networkId: otherNetwork.id } };
const networkInCounty = (status: number) => ({ own: status, other: 404 });

const association = (own: string, other: string) => ({ own: { associationId: own }, other: { associationId: other } });

/** A closed round, whose results its county's liaison may read. */
async function newRound(countyId: string) {
  const { id } = await db().barometerRound.create({
    data: { countyId, title: "Matriisin kierros", closesAt: new Date("2099-01-01"), ...initialRow("barometer-round") },
  });
  const liaison = { id: null, party: "county" } as const;
  await db().$transaction(async (tx) => {
    await step(tx, "barometer-round", id, { type: "OPEN", actor: liaison });
    await step(tx, "barometer-round", id, { type: "CLOSE", actor: liaison });
  });
  return { id };
}
const rounds = {
  own: { roundId: (await newRound(demoCounty.id)).id },
  other: { roundId: (await newRound(otherCounty.id)).id },
};

/** A scheduled meeting series organised by the unit, inviting the association. */
async function newSeries(unitId: string, associationId: string) {
  const { id } = await db().meetingSeries.create({
    data: {
      unitId,
      kind: "introduction",
      title: "Matriisin tapaamiset",
      rrule: "FREQ=MONTHLY;BYDAY=2TU",
      firstDate: new Date("2099-01-13"),
      startTime: "17:00",
      durationMinutes: 30,
      place: "Vaasa",
      languages: ["fi"],
      ...initialRow("meeting-series"),
      invitations: { create: [{ associationId }] },
    },
  });
  await db().$transaction((tx) =>
    step(tx, "meeting-series", id, { type: "SCHEDULE", actor: { id: null, party: "county" } }),
  );
  return { seriesId: id };
}
const series = {
  own: await newSeries(koto.id, sisarukset.id),
  other: await newSeries(otherUnit.id, otherAssociation.id),
};
/** A contact request routed to the county's unit, with one attachment. */
async function newContactRequest(countyId: string, unitId: string) {
  const { id } = await db().contactRequest.create({
    data: {
      reference: `YP-MATRIX-${unitId.slice(0, 8)}`,
      countyId,
      unitId,
      kind: "message",
      topic: "other",
      senderOrganisation: "Matriisi ry",
      senderName: "Matriisi",
      senderEmail: "matriisi@example.fi",
      message: "Hei",
      tokenHash: `matrix-${unitId}`,
      dueAt: new Date("2099-01-01"),
      ...initialRow("contact-request"),
      status: "routed",
      attachments: {
        create: { fileName: "a.pdf", mimeType: "application/pdf", size: 5, data: new TextEncoder().encode("%PDF-") },
      },
    },
    include: { attachments: true },
  });
  return { id, attachmentId: (await db().contactAttachment.findFirstOrThrow({ where: { requestId: id } })).id };
}
const ownContact = await newContactRequest(demoCounty.id, koto.id);
const otherContact = await newContactRequest(otherCounty.id, otherUnit.id);
const contactRequests = { own: { requestId: ownContact.id }, other: { requestId: otherContact.id } };
const contactFiles = {
  own: { requestId: ownContact.id, attachmentId: ownContact.attachmentId },
  other: { requestId: otherContact.id, attachmentId: otherContact.attachmentId },
};

/** A concern notice from an association to its county's receiving unit. */
const newConcernNotice = async (countyId: string, unitId: string, associationId: string, createdById: string) =>
  (
    await db().concernNotice.create({
      data: {
        reference: `HI-MATRIX-${unitId.slice(0, 8)}`,
        countyId,
        unitId,
        associationId,
        createdById,
        personName: "Matriisi Henkilö",
        situation: "Tarvitsee apua",
        ...initialRow("concern-notice"),
      },
    })
  ).id;
const pictures = {
  own: { pageId: (await db().picturePage.findFirstOrThrow({ where: { countyId: demoCounty.id } })).id },
  other: {
    pageId: (
      await db().picturePage.create({
        data: { countyId: otherCounty.id, kind: "explainer", title: "Matriisin sivu", body: "Teksti" },
      })
    ).id,
  },
};
const inCounty = { social_worker: 200, liaison: 200, association_staff: 200 };
const staffUser = await db().user.findUniqueOrThrow({ where: { email: demoEmail("association_staff") } });
const concernNotices = {
  own: { noticeId: await newConcernNotice(demoCounty.id, koto.id, sisarukset.id, staffUser.id) },
  other: { noticeId: await newConcernNotice(otherCounty.id, otherUnit.id, otherAssociation.id, otherWorker.id) },
};

// ---- the table ---------------------------------------------------------------------------------------------------

const manages = { liaison: ownOnly(200), association_staff: ownOnly(200), admin: 200 };
const managesAction = { liaison: ownOnly(400), association_staff: ownOnly(400), admin: 400 };
const orgActivity = {
  own: { associationId: sisarukset.id, activityId: ownActivity.id },
  other: { associationId: otherAssociation.id, activityId: otherActivity.id },
};
const referral = { own: { referralId: ownReferral }, other: { referralId: otherReferral } };

export const MATRIX: Record<string, Row> = {
  root: { loader: everyone(200) },
  "routes/_auth+/accept-invitation": { loader: everyone(200), action: everyone(400) },
  "routes/_auth+/forgot-password": { action: everyone(400) },
  "routes/_auth+/login": { loader: { ...everyone(302), visitor: 200 }, action: everyone(400) },
  "routes/_auth+/logout": { loader: everyone(302), action: everyone(302) },
  "routes/_auth+/reset-password": { loader: everyone(200), action: everyone(400) },
  "routes/_index": { loader: { ...everyone(302), visitor: 200 } },
  "routes/admin+/_index": { loader: adminOnly(200) },
  "routes/admin+/associations": { loader: adminOnly(200), action: adminOnly(400) },
  "routes/admin+/consent-texts": { loader: adminOnly(200), action: adminOnly(400) },
  "routes/admin+/counties": { loader: adminOnly(200), action: adminOnly(400) },
  "routes/admin+/users.$userId": {
    loader: adminOnly(200),
    action: adminOnly(400),
    params: { own: { userId: ownUser.id }, other: { userId: otherWorker.id } },
  },
  "routes/admin+/users._index": { loader: adminOnly(200), action: adminOnly(400) },
  // A round of another county is not found: the rounds are loaded with the county in the `where`.
  "routes/barometer+/_index": {
    loader: roles(200, { liaison: 200, admin: 200 }),
    action: roles(400, { liaison: 400, admin: 400 }),
  },
  "routes/barometer+/$roundId._index": {
    loader: roles(200, { liaison: { own: 200, other: 404 }, admin: 200 }),
    action: roles(400, { liaison: { own: 400, other: 404 }, admin: 400 }),
    params: rounds,
  },
  "routes/barometer+/$roundId.results": {
    loader: roles(200, { liaison: { own: 200, other: 404 }, admin: 200 }),
    params: rounds,
  },
  // No answers yet: fewer than five are never exported.
  "routes/barometer+/$roundId.results[.csv]": { loader: roles(404, { liaison: 404, admin: 404 }), params: rounds },
  // Without a personal link there is nothing to answer.
  "routes/barometer+/answer": { loader: everyone(404), action: everyone(404) },
  // Served only when the benchmark starts the app with BENCH_ROUTES=true.
  "routes/bench+/bare": { loader: everyone(404) },
  "routes/bench+/stats": { loader: everyone(404) },
  "routes/api+/hsds.organizations.$id": {
    loader: everyone(200),
    params: { own: { id: sisarukset.id }, other: { id: otherAssociation.id } },
  },
  "routes/api+/hsds.organizations._index": { loader: everyone(200) },
  "routes/api+/hsds.counties._index": { loader: everyone(200) },
  "routes/api+/hsds.counties.$id": {
    loader: everyone(200),
    params: { own: { id: demoCounty.id }, other: { id: otherCounty.id } },
  },
  "routes/api+/hsds.services.$id": {
    loader: everyone(200),
    params: { own: { id: ownActivity.id }, other: { id: otherActivity.id } },
  },
  "routes/api+/hsds.services._index": { loader: everyone(200) },
  // Only to this computer; the matrix asks from elsewhere.
  "routes/dev+/mail": { loader: everyone(404) },
  // The public contact point: anyone may write; the sender's own pages need their link, which a probe has not.
  "routes/contact+/_index": { loader: everyone(200), action: everyone(400) },
  "routes/contact+/request": { loader: everyone(404), action: everyone(404) },
  "routes/contact+/request.files.$attachmentId": {
    loader: everyone(404),
    params: { own: { attachmentId: ownContact.attachmentId }, other: { attachmentId: otherContact.attachmentId } },
  },
  // The county's side: the liaison's county, the routed unit's workers; another county's request is not found.
  "routes/contact+/inbox": {
    loader: roles(200, { social_worker: 200, liaison: 200 }),
    // Routing rules are the liaison's.
    action: roles(400, { liaison: 400 }),
  },
  "routes/contact+/requests.$requestId": {
    loader: roles(200, { social_worker: { own: 200, other: 404 }, liaison: { own: 200, other: 404 } }),
    action: roles(400, { social_worker: { own: 400, other: 404 }, liaison: { own: 400, other: 404 } }),
    params: contactRequests,
  },
  "routes/contact+/requests.$requestId.files.$attachmentId": {
    loader: roles(200, { social_worker: { own: 200, other: 404 }, liaison: { own: 200, other: 404 } }),
    params: contactFiles,
  },
  // Concern notices: the sending association, the receiving unit and the liaison see one (personal data only the
  // unit); only the unit acts on it; a probe without an association of one's own is refused before the form is read.
  // The shared picture: read and commented on by the county's people; kept by its liaison.
  "routes/picture+/_index": { loader: roles(200, inCounty), action: roles(400, { liaison: 400 }) },
  "routes/picture+/$pageId": {
    loader: roles(200, {
      social_worker: { own: 200, other: 404 },
      liaison: { own: 200, other: 404 },
      association_staff: { own: 200, other: 404 },
    }),
    // A probe is no comment: only the liaison's forms are left, which the others are refused.
    action: roles(400, {
      social_worker: { own: 403, other: 404 },
      liaison: { own: 400, other: 404 },
      association_staff: { own: 403, other: 404 },
    }),
    params: pictures,
  },
  "routes/picture+/questions": {
    loader: roles(200, inCounty),
    action: roles(400, { social_worker: 400, liaison: 400, association_staff: 400 }),
  },
  "routes/concerns+/_index": { loader: roles(200, { social_worker: 200, liaison: 200, association_staff: 200 }) },
  "routes/concerns+/new": { loader: roles(200, { association_staff: 200 }), action: roles(403, {}) },
  "routes/concerns+/$noticeId": {
    loader: roles(200, {
      social_worker: { own: 200, other: 404 },
      liaison: { own: 200, other: 404 },
      association_staff: { own: 200, other: 404 },
    }),
    action: roles(400, {
      social_worker: { own: 400, other: 404 },
      liaison: { own: 403, other: 404 },
      association_staff: { own: 403, other: 404 },
    }),
    params: concernNotices,
  },
  "routes/directory+/_index": { loader: everyone(200) },
  "routes/directory+/activities.$activityId": {
    loader: everyone(200),
    params: { own: { activityId: ownActivity.id }, other: { activityId: otherActivity.id } },
  },
  "routes/directory+/associations.$associationId": {
    loader: everyone(200),
    params: association(sisarukset.id, otherAssociation.id),
  },
  // Neither has a logo.
  "routes/directory+/associations.$associationId.logo": {
    loader: everyone(404),
    params: association(sisarukset.id, otherAssociation.id),
  },
  "routes/healthz": { loader: everyone(200) },
  "routes/home": { loader: signedIn(200) },
  "routes/language": { loader: everyone(302), action: everyone(400) },
  "routes/org+/associations.$associationId._index": {
    loader: roles(200, manages),
    action: roles(400, managesAction),
    params: association(sisarukset.id, otherAssociation.id),
  },
  "routes/org+/associations.$associationId.activities.$activityId": {
    loader: roles(200, manages),
    action: roles(400, managesAction),
    params: orgActivity,
  },
  "routes/org+/associations.$associationId.activities.new": {
    loader: roles(200, manages),
    action: roles(400, managesAction),
    params: association(sisarukset.id, otherAssociation.id),
  },
  "routes/org+/associations.$associationId.profile": {
    loader: roles(200, manages),
    action: roles(400, managesAction),
    params: association(sisarukset.id, otherAssociation.id),
  },
  "routes/org+/units.$unitId": {
    loader: roles(200, { social_worker: ownOnly(200), liaison: ownOnly(200), admin: 200 }),
    params: { own: { unitId: koto.id }, other: { unitId: otherUnit.id } },
  },
  // Someone of one county is taken to its path; an admin sees the counties side by side.
  "routes/path+/_index": { loader: { ...everyone(302), admin: 200 } },
  // Everyone in the county reads its path; only its liaison (or an admin) moves its steps (an empty form: 400).
  "routes/path+/$countyId": {
    loader: roles(200, {
      social_worker: ownOr404(200),
      liaison: ownOr404(200),
      association_staff: ownOr404(200),
      admin: 200,
    }),
    action: roles(400, {
      social_worker: { own: 403, other: 404 },
      liaison: ownOr404(400),
      association_staff: { own: 403, other: 404 },
      admin: 400,
    }),
    params: { own: { countyId: demoCounty.id }, other: { countyId: otherCounty.id } },
  },
  // A form without fields restores every default.
  "routes/path+/thresholds": { loader: adminOnly(200), action: adminOnly(302) },
  // Organisers (the unit's social workers, the county's liaison, admins) start series.
  "routes/meetings+/new": {
    loader: roles(200, { social_worker: 200, liaison: 200, admin: 200 }),
    action: roles(400, { social_worker: 400, liaison: 400, admin: 400 }),
  },
  // Everyone signed in has a calendar: each sees only the series they organise or are invited to.
  "routes/meetings+/_index": { loader: signedIn(200) },
  // Another county's series is not found; the invited association's staff see the series but may not change it.
  "routes/meetings+/$seriesId._index": {
    loader: roles(200, {
      social_worker: { own: 200, other: 404 },
      liaison: { own: 200, other: 404 },
      association_staff: { own: 200, other: 404 },
      admin: 200,
    }),
    action: roles(400, {
      social_worker: { own: 400, other: 404 },
      liaison: { own: 400, other: 404 },
      association_staff: { own: 403, other: 404 },
      admin: 400,
    }),
    params: series,
  },
  "routes/meetings+/$seriesId.edit": {
    loader: roles(200, {
      social_worker: { own: 200, other: 404 },
      liaison: { own: 200, other: 404 },
      association_staff: { own: 403, other: 404 },
      admin: 200,
    }),
    action: roles(400, {
      social_worker: { own: 400, other: 404 },
      liaison: { own: 400, other: 404 },
      association_staff: { own: 403, other: 404 },
      admin: 400,
    }),
    params: series,
  },
  // Without a signed link there is nothing to answer; the link is checked before the form is read.
  "routes/meetings+/rsvp": { loader: everyone(404), action: everyone(404) },
  // Each signed-in user's own feed address: shown, and made anew.
  "routes/meetings+/feed": { loader: signedIn(200), action: signedIn(200) },
  // Only a known token serves a feed.
  "routes/meetings+/feed.$token": { loader: everyone(404) },
  // Everyone signed in lists their counties' networks; another county's network is not found.
  "routes/networks+/_index": { loader: signedIn(200) },
  "routes/networks+/$networkId._index": {
    loader: roles(200, {
      social_worker: networkInCounty(200),
      liaison: networkInCounty(200),
      association_staff: networkInCounty(200),
      admin: 200,
    }),
    // The liaison keeps it, the unit's social workers propose (an empty form: 400); association staff have no part.
    action: roles(400, {
      social_worker: networkInCounty(400),
      liaison: networkInCounty(400),
      association_staff: networkInCounty(403),
      admin: 400,
    }),
    params: network,
  },
  // Kept by the county's liaison and admins; others of the county are refused, another county's network is not found.
  "routes/networks+/$networkId.edit": {
    loader: roles(200, {
      social_worker: networkInCounty(403),
      liaison: networkInCounty(200),
      association_staff: networkInCounty(403),
      admin: 200,
    }),
    action: roles(400, {
      social_worker: networkInCounty(403),
      liaison: networkInCounty(400),
      association_staff: networkInCounty(403),
      admin: 400,
    }),
    params: network,
  },
  "routes/networks+/new": {
    loader: roles(200, { liaison: 200, admin: 200 }),
    action: roles(400, { liaison: 400, admin: 400 }),
  },
  "routes/networks+/$networkId.report": {
    loader: roles(200, {
      social_worker: networkInCounty(200),
      liaison: networkInCounty(200),
      association_staff: networkInCounty(200),
      admin: 200,
    }),
    params: network,
  },
  // The representation matrix is the liaison's (and admins').
  "routes/networks+/matrix": { loader: roles(200, { liaison: 200, admin: 200 }) },
  "routes/networks+/matrix[.csv]": { loader: roles(200, { liaison: 200, admin: 200 }) },
  "routes/referrals+/$referralId._index": {
    loader: roles(200, { social_worker: ownOnly(200), association_staff: ownOnly(200) }),
    action: roles(400, { social_worker: ownOnly(400), association_staff: ownOnly(400) }),
    params: referral,
  },
  "routes/referrals+/$referralId.access-log": {
    // Who read the client's data is for the county's liaison and the admins to check, not the social workers.
    loader: roles(200, { liaison: ownOnly(200), admin: 200 }),
    params: referral,
  },
  // Everyone signed in has a list: each sees only what their scope holds (permissions.server.ts referralScope).
  "routes/referrals+/_index": { loader: signedIn(200) },
  // The admin reads a version they added, as the client will see it.
  "routes/referrals+/consent-text": { loader: roles(200, { social_worker: 200, liaison: 200, admin: 200 }) },
  "routes/referrals+/figures": { loader: roles(200, { liaison: 200, admin: 200 }) },
  "routes/referrals+/figures[.csv]": { loader: roles(200, { liaison: 200, admin: 200 }) },
  "routes/referrals+/new": { loader: roles(200, { social_worker: 200 }), action: roles(400, { social_worker: 400 }) },
  "routes/referrals+/notices": {
    loader: signedIn(200),
    action: roles(400, { social_worker: 400, liaison: 400 }),
  },
};

// ---- reading the build and running the cells ---------------------------------------------------------------------

const BUILD = "build/server/index.js";

type RouteFn = (args: LoaderFunctionArgs) => unknown;
const sources = import.meta.glob<Record<string, unknown>>(["../../app/routes/**/*.{ts,tsx}", "../../app/root.tsx"]);

async function routeModule(id: string): Promise<{ loader?: RouteFn; action?: RouteFn }> {
  const base = `../../app/${id}`;
  const load = sources[`${base}.tsx`] ?? sources[`${base}.ts`];
  if (!load) throw new Error(`no source file for route ${id}`);
  return (await load()) as { loader?: RouteFn; action?: RouteFn };
}

function pathOf(path: string | undefined, params: Record<string, string>) {
  return `/${(path ?? "").replace(/:(\w+)/g, (_, name: string) => params[name] ?? name)}`;
}

const cookieOf = async (who: Who) => (who === "visitor" ? undefined : cookieFor(demoEmail(who)));

describe("the authorization matrix", () => {
  it("lists every route of the build, and every cell answers as the table says", async ({ task }) => {
    expect(existsSync(BUILD), `${BUILD} is missing: run \`npx remix vite:build\` (npm test's pretest does)`).toBe(true);
    const build = (await import(/* @vite-ignore */ pathToFileURL(BUILD).href)) as ServerBuild;
    const missing = Object.keys(build.routes).filter((id) => !MATRIX[id]);
    expect(missing, "routes of the build that the matrix does not list").toEqual([]);
    expect(
      Object.keys(MATRIX).filter((id) => !build.routes[id]),
      "rows for routes that no longer exist",
    ).toEqual([]);

    const wrong: string[] = [];
    let checked = 0;
    for (const [id, route] of Object.entries(build.routes)) {
      const row = MATRIX[id];
      const module = await routeModule(id);
      for (const kind of ["loader", "action"] as const) {
        const inBuild = !!route.module[kind];
        if (inBuild !== !!row[kind]) wrong.push(`${id} ${kind}: the build ${inBuild ? "has" : "has no"} ${kind}`);
        if (!row[kind] || !module[kind]) continue;
        for (const who of WHO) {
          for (const scope of ["own", "other"] as const) {
            if (scope === "other" && !row.params) continue;
            const params = row.params?.[scope] ?? {};
            const answer = row[kind]![who];
            const expected = typeof answer === "number" ? answer : answer[scope];
            const path = pathOf(route.path, params);
            const cookie = await cookieOf(who);
            const request = kind === "loader" ? get(path, cookie) : post(path, { intent: "matrix-probe" }, cookie);
            const outcome = await run(module[kind]!, request, params, { clientIp: "203.0.113.1" });
            checked++;
            if (outcome.status !== expected)
              wrong.push(`${id} ${kind} as ${who} (${scope}): ${outcome.status}, expected ${expected}`);
          }
        }
      }
    }
    reportFigures(task, `authorization matrix: ${checked} cells checked, ${wrong.length} wrong`);
    expect(wrong).toEqual([]);
  });
});
