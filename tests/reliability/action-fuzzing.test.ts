// Property-based fuzzing (fast-check) of every action of the build, as a user allowed to use it: generated hostile
// bodies (control characters, huge and odd strings, wrong types, impossible dates, duplicated fields, unknown ids and
// intents, empty, truncated, wrongly typed and missing bodies). Never a 5xx, and a refused request changes nothing.
import { existsSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { ActionFunctionArgs, ServerBuild } from "@remix-run/node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { initialRow } from "~/utils/workflow.server";
import { fingerprint, type Fingerprint } from "../support/fingerprint";
import { reportFigures } from "../support/figures";
import { BASE_CONSENT_TEXT, minimalReferral, sendReferral } from "../support/referrals";
import { cookieFor, demoEmail, run } from "../support/requests";

const BUILD = "build/server/index.js";
const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? 40);

// ---- who uses each action, on which record -------------------------------------------------------------------------

const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const sisarukset = await db().association.findUniqueOrThrow({
  where: { name: "Monikulttuurinen naisyhdistys Sisarukset ry" },
});
const activity = await db().activity.findFirstOrThrow({ where: { associationId: sisarukset.id } });
const colleague = await db().user.findUniqueOrThrow({ where: { email: demoEmail("social_worker") } });
const round = await db().barometerRound.create({
  data: { countyId: koto.countyId, title: "Fuzz", closesAt: new Date("2099-01-01"), ...initialRow("barometer-round") },
});
const meetingSeries = await db().meetingSeries.create({
  data: {
    unitId: koto.id,
    kind: "introduction",
    title: "Fuzz",
    rrule: "FREQ=MONTHLY;BYDAY=2TU",
    firstDate: new Date("2099-01-13"),
    startTime: "17:00",
    durationMinutes: 30,
    place: "Vaasa",
    languages: ["fi"],
    ...initialRow("meeting-series"),
    invitations: { create: [{ associationId: sisarukset.id }] },
  },
});
const network = await db().network.findFirstOrThrow({ where: { countyId: koto.countyId } });
const referralId = await sendReferral(
  await cookieFor(demoEmail("social_worker")),
  minimalReferral(koto.id, sisarukset.id),
);

const contactRequest = await db().contactRequest.create({
  data: {
    reference: "YP-FUZZ-0001",
    countyId: koto.countyId,
    unitId: koto.id,
    kind: "message",
    topic: "other",
    senderOrganisation: "Fuzz ry",
    senderName: "Fuzz",
    senderEmail: "fuzz@example.fi",
    message: "Hei",
    tokenHash: "fuzz",
    dueAt: new Date("2099-01-01"),
    ...initialRow("contact-request"),
    status: "routed",
  },
});
const concernNotice = await db().concernNotice.create({
  data: {
    reference: "HI-FUZZ0001",
    countyId: koto.countyId,
    unitId: koto.id,
    associationId: sisarukset.id,
    createdById: (await db().user.findUniqueOrThrow({ where: { email: demoEmail("association_staff") } })).id,
    personName: "Fuzz Henkilö",
    situation: "Tarvitsee apua",
    ...initialRow("concern-notice"),
  },
});

const picturePage = await db().picturePage.findFirstOrThrow({ where: { countyId: koto.countyId } });

type Actor = {
  who: "visitor" | "admin" | "liaison" | "social_worker" | "association_staff";
  params?: Record<string, string>;
};
const org = { who: "association_staff", params: { associationId: sisarukset.id } } as const;
const ACTORS: Record<string, Actor> = {
  "routes/_auth+/accept-invitation": { who: "visitor" },
  "routes/_auth+/forgot-password": { who: "visitor" },
  "routes/_auth+/login": { who: "visitor" },
  "routes/_auth+/logout": { who: "association_staff" },
  "routes/_auth+/reset-password": { who: "visitor" },
  "routes/admin+/associations": { who: "admin" },
  "routes/barometer+/_index": { who: "liaison" },
  "routes/barometer+/$roundId._index": { who: "liaison", params: { roundId: round.id } },
  // Without a personal link in the address: every submission is refused, none may fail.
  "routes/barometer+/answer": { who: "visitor" },
  "routes/admin+/consent-texts": { who: "admin" },
  "routes/admin+/counties": { who: "admin" },
  "routes/admin+/users.$userId": { who: "admin", params: { userId: colleague.id } },
  "routes/admin+/users._index": { who: "admin" },
  "routes/language": { who: "visitor" },
  "routes/contact+/_index": { who: "visitor" },
  "routes/contact+/inbox": { who: "liaison" },
  // Without the sender's link in the address: every reply is refused.
  "routes/contact+/request": { who: "visitor" },
  "routes/contact+/requests.$requestId": { who: "liaison", params: { requestId: contactRequest.id } },
  "routes/concerns+/new": { who: "association_staff" },
  "routes/picture+/_index": { who: "liaison" },
  "routes/picture+/$pageId": { who: "liaison", params: { pageId: picturePage.id } },
  "routes/picture+/questions": { who: "association_staff" },
  "routes/concerns+/$noticeId": { who: "social_worker", params: { noticeId: concernNotice.id } },
  "routes/org+/associations.$associationId._index": org,
  "routes/org+/associations.$associationId.activities.$activityId": {
    ...org,
    params: { ...org.params, activityId: activity.id },
  },
  "routes/org+/associations.$associationId.activities.new": org,
  "routes/org+/associations.$associationId.profile": org,
  "routes/path+/$countyId": { who: "liaison", params: { countyId: koto.countyId } },
  "routes/path+/thresholds": { who: "admin" },
  "routes/meetings+/new": { who: "social_worker" },
  "routes/meetings+/$seriesId._index": { who: "social_worker", params: { seriesId: meetingSeries.id } },
  "routes/meetings+/$seriesId.edit": { who: "social_worker", params: { seriesId: meetingSeries.id } },
  // Without a signed link in the address: every submission is refused, none may fail.
  "routes/meetings+/rsvp": { who: "visitor" },
  // Every submission makes a new feed address (there is nothing to refuse).
  "routes/meetings+/feed": { who: "association_staff" },
  "routes/networks+/$networkId._index": { who: "liaison", params: { networkId: network.id } },
  "routes/networks+/$networkId.edit": { who: "liaison", params: { networkId: network.id } },
  "routes/networks+/new": { who: "liaison" },
  "routes/referrals+/$referralId._index": { who: "social_worker", params: { referralId } },
  "routes/referrals+/new": { who: "social_worker" },
  "routes/referrals+/notices": { who: "social_worker" },
};

// ---- hostile input -----------------------------------------------------------------------------------------------

const FIELD_NAMES = [
  "intent",
  "id",
  "name",
  "email",
  "password",
  "confirm",
  "token",
  "redirectTo",
  "locale",
  "version",
  "at",
  "time1",
  "time2",
  "validUntil",
  "unitId",
  "associationId",
  "activityId",
  "countyId",
  "unitIds",
  "associationIds",
  "role",
  "firstName",
  "phone",
  "languages",
  "address",
  "needs",
  "items",
  "purpose",
  "method",
  "consentConfirmed",
  "reason",
  "text",
  "outcome",
  "titleFi",
  "titleEn",
  "weekday",
  "startsAt",
  "endsAt",
  "place",
  "website",
  "volunteerName",
  "groups",
  "people",
  "arriving",
  "logo",
  "step",
  "event",
  "ownerId",
  "targetDate",
  "comment",
  "visibility.reviewedPercent",
  "occurrence",
  "movedStart",
  "change",
  "answer",
  "userIds",
  "personal",
  "pattern",
  "firstDate",
  "startTime",
  "durationMinutes",
  "endKind",
  "count",
  "until",
  "onlineUrl",
  "kind",
  "title",
  "from",
  "kind",
  "topic",
  "senderOrganisation",
  "senderName",
  "senderEmail",
  "message",
  "attachments",
  "body",
  "event",
  "personName",
  "situation",
  "comment",
  "suggestedBody",
  "anonymous",
  "commentId",
  "assignmentId",
  "personId",
  "substituteId",
  "termStart",
  "termEnd",
  "seriesId",
  "linked",
  "consentTextId",
  "language",
  "versionLabel",
  "beforeList",
  "afterList",
  "item_first_name",
  "label_signature",
  "reviewerName",
  "reviewedOn",
  "theme",
  "description",
  "convener",
];
const INTENTS = [
  "relevance",
  "propose",
  "link",
  "HAND_OVER",
  "WITHDRAW",
  "ACCEPT",
  "DECLINE",
  "PROPOSE_TIMES",
  "CONFIRM_TIME",
  "ARRANGE_MEETING",
  "MARK_ATTENDED",
  "CLOSE",
  "CANCEL",
  "REDIRECT",
  "WITHDRAW_CONSENT",
  "ASSIGN_VOLUNTEER",
  "ACCOMPANIMENT_DONE",
  "create",
  "save",
  "rename",
  "create-county",
  "create-unit",
  "rename-county",
  "rename-unit",
  "DEACTIVATE",
  "REACTIVATE",
  "confirm-review",
  "logo",
  "remove-logo",
  "PLAN",
  "ESTABLISH",
  "SKIP",
  "consented_referral",
  "reevaluate",
  "invite",
  "occurrence",
  "attendance",
  "answer",
  "present",
  "SCHEDULE",
  "END",
  "2099-02-10T15:00:00.000Z",
  "route",
  "answer",
  "close",
  "RECEIVE",
  "TAKE_CONTACT",
  "comment",
  "edit",
  "reviewed",
  "accept",
  "decline",
  "preview",
  "add",
  "__proto__",
  "constructor",
];
const HOSTILE = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u001b[2J",
  "line\nbreak",
  "\r\n",
  "\u3000",
  "\ud800",
  "𝕏🙂",
  "/\t/evil.example",
  "//evil.example",
  "https://evil.example",
  "2027-02-30",
  "2027-13-01",
  "2027-12-32",
  "0000-01-01",
  "9999-12-31",
  "2027-02-30T10:00",
  "9999-12-31T23:59",
  "1900-01-01T00:00",
  "-1",
  "1e309",
  "NaN",
  "99999999999999999999",
  "null",
  "[]",
  "{}",
  "on",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "00000000-0000-0000-0000-000000000000",
  "x".repeat(5_000),
  "ä".repeat(70_000),
];
const value = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...INTENTS),
  fc.constant(randomUUID()),
  fc.constantFrom(
    koto.id,
    sisarukset.id,
    activity.id,
    referralId,
    colleague.id,
    meetingSeries.id,
    BASE_CONSENT_TEXT.fi,
    koto.countyId,
    network.id,
    `unit:${koto.id}`,
    `association:${sisarukset.id}`,
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer().map(String),
);
const fields = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 12 })), value), {
  maxLength: 12,
});
const encoding = fc.constantFrom("multipart", "multipart", "urlencoded", "urlencoded", "none", "json", "truncated");
type Case = { fields: [string, string][]; encoding: string };

function requestFor(path: string, { fields, encoding }: Case, cookie?: string): Request {
  const url = `http://localhost:3000${path}`;
  const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
  if (encoding === "none") return new Request(url, { method: "POST", headers });
  if (encoding === "json")
    return new Request(url, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify(Object.fromEntries(fields)),
    });
  if (encoding === "urlencoded")
    return new Request(url, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  const body = fields
    .map(
      ([name, v]) => `--fuzz\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "")}"\r\n\r\n${v}\r\n`,
    )
    .join("");
  const complete = `${body}--fuzz--\r\n`;
  return new Request(url, {
    method: "POST",
    headers: { ...headers, "Content-Type": "multipart/form-data; boundary=fuzz" },
    body: encoding === "truncated" ? complete.slice(0, Math.max(1, Math.floor(complete.length / 2))) : complete,
  });
}

/** Tables a refusal may still write to, each with the reason. */
const WRITTEN_ON_REFUSAL: Record<string, string> = {
  rate_limit_hit: "a refused sign-in is counted, so that guessing slows down",
};
const compared = (print: Fingerprint) =>
  Object.fromEntries(Object.entries(print).filter(([table]) => !(table in WRITTEN_ON_REFUSAL)));

// ---- the property ------------------------------------------------------------------------------------------------

type ActionFn = (args: ActionFunctionArgs) => unknown;
const sources = import.meta.glob<Record<string, unknown>>("../../app/routes/**/*.{ts,tsx}");

describe("fuzzing every action", () => {
  it("never answers 5xx, and a refusal changes nothing", { timeout: 600_000 }, async ({ task }) => {
    expect(existsSync(BUILD), `${BUILD} is missing: run \`npx remix vite:build\``).toBe(true);
    const build = (await import(/* @vite-ignore */ pathToFileURL(BUILD).href)) as ServerBuild;
    const actions = Object.entries(build.routes).filter(([, route]) => route.module.action);
    expect(
      actions.map(([id]) => id).filter((id) => !ACTORS[id]),
      "actions the fuzzer does not know who may use",
    ).toEqual([]);

    const totals = { cases: 0, serverErrors: 0, refusals: 0, changedOnRefusal: 0 };
    const failures: string[] = [];
    for (const [id, route] of actions) {
      const actor = ACTORS[id];
      const load = sources[`../../app/${id}.tsx`] ?? sources[`../../app/${id}.ts`];
      const action = ((await load()) as { action: ActionFn }).action;
      const path = `/${(route.path ?? "").replace(/:(\w+)/g, (_, name: string) => actor.params?.[name] ?? name)}`;
      await fc.assert(
        fc.asyncProperty(fc.record({ fields, encoding }), async (generated) => {
          const cookie = actor.who === "visitor" ? undefined : await cookieFor(demoEmail(actor.who));
          const before = await fingerprint();
          let status: number;
          try {
            status = (await run(action, requestFor(path, generated, cookie), actor.params ?? {})).status;
          } catch (error) {
            status = 500;
            failures.push(`${id}: ${String(error).slice(0, 200)}`);
          }
          totals.cases++;
          if (status >= 500) totals.serverErrors++;
          if (status >= 400 && status < 500) {
            totals.refusals++;
            const after = await fingerprint();
            if (JSON.stringify(compared(after)) !== JSON.stringify(compared(before))) {
              totals.changedOnRefusal++;
              failures.push(`${id}: answered ${status} but changed the database`);
            }
          }
          return status < 500;
        }),
        { numRuns: RUNS_PER_ACTION, endOnFailure: true },
      );
    }
    reportFigures(
      task,
      `action fuzzing: ${totals.cases} cases over ${actions.length} actions, ${totals.serverErrors} answered 5xx, ` +
        `${totals.refusals} refused, ${totals.changedOnRefusal} refusals changed rows`,
    );
    expect(failures).toEqual([]);
  });
});
