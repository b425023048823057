// Through the referral page's action: a step the referral cannot take, or taken on a stale version, answers 409 with a
// clear message and changes nothing; of two people acting at once exactly one wins, completely, and the other leaves no trace.
import { describe, expect, it } from "vitest";
import { translate, type MessageKey } from "~/i18n/i18n";
import { activeAccountSnapshot } from "~/models/user.server";
import { step } from "~/utils/workflow.server";
import * as newReferral from "~/routes/referrals+/new";
import * as referralPage from "~/routes/referrals+/$referralId._index";
import { db } from "~/utils/db.server";
import { SYSTEM } from "#workflows/actor";
import { subjectPattern } from "../support/subjects";
import { cookieFor, demoEmail, get, post, run } from "../support/requests";
import { pickupReferral } from "../support/referrals";

const activity = await db().activity.findFirstOrThrow({
  where: { titleFi: "Naisten iltakahvila" },
  include: { association: true },
});
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const socialWorker = await db().user.findUniqueOrThrow({ where: { email: demoEmail("social_worker") } });
const staff = await db().user.findUniqueOrThrow({ where: { email: demoEmail("association_staff") } });
// A second staff member of the same association, so that two people of one side can act at once.
const staff2 = await db().user.create({
  data: {
    email: "second.staff@example.org",
    name: "Toinen Työntekijä",
    role: "association_staff",
    status: "active",
    snapshot: activeAccountSnapshot(),
    associations: { create: { associationId: activity.associationId } },
  },
});
const cookies = new Map([
  [socialWorker.id, await cookieFor(socialWorker.email)],
  [staff.id, await cookieFor(staff.email)],
  [staff2.id, await cookieFor(staff2.email)],
]);

const validReferral = pickupReferral(koto.id, activity);

/** A referral sent by the social worker to the association, waiting for its answer. */
async function sentReferral() {
  const sent = await run(newReferral.action, post("/referrals/new", validReferral, cookies.get(socialWorker.id)));
  expect(sent.status).toBe(302);
  return sent.location!.split("/").pop()!;
}

function act(userId: string, id: string, version: number, fields: Record<string, string>) {
  return run(
    referralPage.action,
    post(`/referrals/${id}`, { version: String(version), ...fields }, cookies.get(userId)),
    { referralId: id },
  );
}

/** Everything a step could touch: the referral with its consent and accompaniment, its event rows and its e-mails. */
async function everything(id: string) {
  const referral = await db().referral.findUniqueOrThrow({
    where: { id },
    include: { consent: true, accompaniment: true },
  });
  const recordIds = [id, referral.consent!.id, referral.accompaniment!.id];
  const events = await db().workflowEvent.findMany({ where: { recordId: { in: recordIds } }, orderBy: { id: "asc" } });
  const emails = await db().outboxEmail.findMany({ where: { text: { contains: id } }, orderBy: { createdAt: "asc" } });
  return { referral, events, emails };
}

function expectTexts(key: MessageKey) {
  for (const locale of ["fi", "en"] as const) expect(translate(locale, key)).not.toBe(key);
  expect(translate("fi", key)).not.toBe(translate("en", key));
}

describe("a step the referral does not take now", () => {
  it.each<{ who: string; what: string; userId: string; fields: Record<string, string> }>([
    {
      who: "association staff",
      what: "marks attended before any meeting",
      userId: staff.id,
      fields: { intent: "MARK_ATTENDED" },
    },
    {
      who: "association staff",
      what: "closes an unanswered referral",
      userId: staff.id,
      fields: { intent: "CLOSE", outcome: "got_help" },
    },
    // The right event from the wrong party: only the association answers, only the county cancels.
    {
      who: "social worker",
      what: "accepts on the association's behalf",
      userId: socialWorker.id,
      fields: { intent: "ACCEPT" },
    },
    {
      who: "social worker",
      what: "declines on the association's behalf",
      userId: socialWorker.id,
      fields: { intent: "DECLINE", reason: "no_capacity" },
    },
    { who: "association staff", what: "cancels the county's referral", userId: staff.id, fields: { intent: "CANCEL" } },
  ])("is refused with 409 and a clear message when the $who $what, and nothing changes", async ({ userId, fields }) => {
    const id = await sentReferral();
    const before = await everything(id);
    const outcome = await act(userId, id, before.referral.version, fields);
    expect(outcome.status).toBe(409);
    expect(outcome.data.errors.form.key).toBe("errors.transitionRefused");
    expectTexts("errors.transitionRefused");
    expect(await everything(id)).toEqual(before);
  });
});

describe("a step taken on a page that is out of date", () => {
  it("answers 409 'someone changed this, reload' and changes nothing", async () => {
    const id = await sentReferral();
    const page = await run(referralPage.loader, get(`/referrals/${id}`, cookies.get(staff.id)), { referralId: id });
    expect(page.data.referral.offered.referral).toContain("ACCEPT");
    // Meanwhile the daily job reminds the association: the referral is still waiting, but not the version the page showed.
    await db().$transaction((tx) =>
      step(tx, "referral", id, { type: "REMIND", actor: SYSTEM }, { data: { remindedAt: new Date() } }),
    );
    const before = await everything(id);
    const outcome = await act(staff.id, id, page.data.referral.version, { intent: "ACCEPT" });
    expect(outcome.status).toBe(409);
    expect(outcome.data.errors.form.key).toBe("errors.concurrentChange");
    expectTexts("errors.concurrentChange");
    expect(await everything(id)).toEqual(before);
    expect(before.referral.status).toBe("sent");
    // With the current version the same step goes through.
    expect((await act(staff.id, id, before.referral.version, { intent: "ACCEPT" })).status).toBe(302);
  });
});

type Move = {
  userId: string;
  fields: Record<string, string>;
  /** What the referral looks like when this move wins, and the e-mails it sends (to whom, which template, about what). */
  status: string;
  emails: { to: string; template: "referralForCounty" | "referralForAssociation"; what: string }[];
  accompaniment: string;
};

const accept: Move = {
  userId: staff.id,
  fields: { intent: "ACCEPT" },
  status: "accepted",
  accompaniment: "requested",
  emails: [{ to: socialWorker.email, template: "referralForCounty", what: "accepted" }],
};
const declineBySecondStaff: Move = {
  userId: staff2.id,
  fields: { intent: "DECLINE", reason: "no_capacity" },
  status: "declined",
  accompaniment: "requested",
  emails: [{ to: socialWorker.email, template: "referralForCounty", what: "declined" }],
};
const cancelBySocialWorker: Move = {
  userId: socialWorker.id,
  fields: { intent: "CANCEL" },
  status: "cancelled",
  accompaniment: "cancelled",
  emails: [staff, staff2].map((u) => ({ to: u.email, template: "referralForAssociation" as const, what: "cancelled" })),
};

const localeOf = new Map([socialWorker, staff, staff2].map((u) => [u.email, u.locale === "en" ? "en" : "fi"] as const));
/**
 * The e-mail as the outbox holds it: to whom, which template, and the subject in the recipient's language (the
 * referral's reference, activity and times in it may be anything).
 */
const mailOf = ({ to, template, what }: Move["emails"][number]) => ({
  to,
  template,
  subject: expect.stringMatching(subjectPattern(localeOf.get(to)!, `email.${template}.${what}.subject` as MessageKey)),
});

const rounds = [1, 2, 3, 4, 5];
const races = [
  ...rounds.map((round) => ({
    name: `two staff members accept and decline (round ${round})`,
    a: accept,
    b: declineBySecondStaff,
  })),
  ...rounds.map((round) => ({
    name: `the social worker cancels as the staff accepts (round ${round})`,
    a: cancelBySocialWorker,
    b: accept,
  })),
];

describe("two people acting on the same referral at once", () => {
  it.each(races)(
    "$name: exactly one wins, completely; the other is told to reload and leaves no trace",
    async ({ a, b }) => {
      const id = await sentReferral();
      const before = await everything(id);
      const version = before.referral.version;

      const outcomes = await Promise.all([act(a.userId, id, version, a.fields), act(b.userId, id, version, b.fields)]);

      expect(outcomes.map((o) => o.status).sort()).toEqual([302, 409]);
      const [winner, loser] = outcomes[0].status === 302 ? [a, b] : [b, a];
      const refusal = outcomes.find((o) => o.status === 409)!;
      expect(["errors.concurrentChange", "errors.transitionRefused"]).toContain(refusal.data.errors.form.key);

      const after = await everything(id);
      // The winner's change is all there: state, one version on, its one event row, its e-mails.
      expect(after.referral).toMatchObject({ status: winner.status, version: version + 1 });
      expect(after.referral.accompaniment?.status).toBe(winner.accompaniment);
      const newEvents = after.events.slice(before.events.length);
      expect(newEvents.filter((e) => e.recordId === id)).toEqual([
        expect.objectContaining({
          workflow: "referral",
          event: winner.fields.intent,
          fromState: "sent",
          toState: winner.status,
          actorId: winner.userId,
        }),
      ]);
      // Cancelling the referral cancels its accompaniment in the same step.
      expect(newEvents.filter((e) => e.workflow === "accompaniment")).toHaveLength(
        winner.accompaniment === "cancelled" ? 1 : 0,
      );
      const earlier = new Set(before.emails.map((m) => m.id));
      const newEmails = after.emails
        .filter((m) => !earlier.has(m.id))
        .map(({ to, template, subject }) => ({ to, template, subject }));
      expect(newEmails).toEqual(expect.arrayContaining(winner.emails.map(mailOf)));
      expect(newEmails).toHaveLength(winner.emails.length);
      // The loser left nothing: no event row of its own, none of its e-mails, the earlier history untouched.
      expect(after.events.slice(0, before.events.length)).toEqual(before.events);
      expect(newEvents.some((e) => e.actorId === loser.userId)).toBe(false);
      for (const mail of loser.emails) expect(newEmails).not.toContainEqual(mailOf(mail));
    },
  );

  it("refuses the later write even when both read the same version before either wrote", async () => {
    const id = await sentReferral();
    const before = await everything(id);
    // The daily job's reminder is written but not yet committed, holding the referral row…
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    let written!: () => void;
    const reminderWritten = new Promise<void>((resolve) => (written = resolve));
    const reminder = db().$transaction(async (tx) => {
      await step(tx, "referral", id, { type: "REMIND", actor: SYSTEM }, { data: { remindedAt: new Date() } });
      written();
      await committed;
    });
    await reminderWritten;
    // …while the staff member accepts the version they saw, which is still the committed one: the check before the
    // step passes, and the write waits for the row.
    let settled = false;
    const acceptance = act(staff.id, id, before.referral.version, { intent: "ACCEPT" }).finally(() => (settled = true));
    const waitingForRow = async () =>
      (
        await db().$queryRaw<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`
      )[0].n > 0;
    while (!settled && !(await waitingForRow()));
    expect(settled).toBe(false);
    commit();
    await reminder;
    const outcome = await acceptance;
    expect(outcome.status).toBe(409);
    expect(outcome.data.errors.form.key).toBe("errors.concurrentChange");
    const after = await everything(id);
    expect(after.referral).toMatchObject({ status: "sent", version: before.referral.version + 1, answeredAt: null });
    expect(after.events.slice(before.events.length)).toEqual([
      expect.objectContaining({ event: "REMIND", toState: "sent" }),
    ]);
    expect(after.emails).toEqual(before.emails);
  });
});
