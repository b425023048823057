// Reminders to keep profiles current, with a controllable clock: the staff of an association whose profile passes six
// months get one e-mail through the outbox, not another within the month, then one a month until they confirm it.
import { addDays, addMonths } from "date-fns";
import { beforeEach, describe, expect, it } from "vitest";
import { sendReviewReminders } from "~/models/review-reminders.server";
import * as team from "~/routes/org+/associations.$associationId._index";
import { db } from "~/utils/db.server";
import { cookieForRole, post, run } from "../support/requests";

const NAME = "Monikulttuurinen naisyhdistys Sisarukset ry";
const reviewed = new Date("2026-01-15T10:00:00Z");

async function remindersTo(email: string) {
  return db().outboxEmail.findMany({ where: { to: email, template: "profileReview" } });
}

beforeEach(async () => {
  // Only this association is reviewed at a known time; every other one has just been confirmed.
  await db().association.updateMany({ data: { lastReviewedAt: addMonths(reviewed, 12), reviewReminderSentAt: null } });
  await db().association.update({ where: { name: NAME }, data: { lastReviewedAt: reviewed } });
  await db().outboxEmail.deleteMany();
});

describe("profile review reminders", () => {
  it("sends nothing before six months have passed", async () => {
    expect(await sendReviewReminders(addDays(addMonths(reviewed, 6), -1))).toBe(0);
    expect(await db().outboxEmail.count()).toBe(0);
  });

  it("reminds the staff once when the profile passes six months, in their language, with a link and no more", async () => {
    const now = addDays(addMonths(reviewed, 6), 1);
    expect(await sendReviewReminders(now)).toBe(1);
    const [mail] = await remindersTo("staff@demo.co-act.fi");
    expect(mail.subject).toBe(`Are the details of ${NAME} up to date?`);
    expect(mail.text).toContain("15 Jan 2026");
    expect(mail.text).toMatch(/\/org\/associations\/[0-9a-f-]{36}/);
    expect(mail.status).toBe("queued");
    // The next days of the month: nothing new.
    for (const day of [1, 7, 29]) expect(await sendReviewReminders(addDays(now, day))).toBe(0);
    expect(await remindersTo("staff@demo.co-act.fi")).toHaveLength(1);
    // A month later: the second reminder.
    expect(await sendReviewReminders(addMonths(now, 1))).toBe(1);
    expect(await remindersTo("staff@demo.co-act.fi")).toHaveLength(2);
  });

  it("stops when the staff confirm the profile with one click", async () => {
    const now = addDays(addMonths(reviewed, 6), 1);
    await sendReviewReminders(now);
    const association = await db().association.findUniqueOrThrow({ where: { name: NAME } });
    const confirmed = await run(
      team.action,
      post("/", { intent: "confirm-review" }, await cookieForRole("association_staff")),
      { associationId: association.id },
    );
    expect(confirmed.status).toBe(302);
    expect(await sendReviewReminders(addMonths(now, 2))).toBe(0);
    expect(await remindersTo("staff@demo.co-act.fi")).toHaveLength(1);
  });

  it("reminds once even when two app instances run the job at the same moment", async () => {
    const now = addDays(addMonths(reviewed, 6), 1);
    const [a, b] = await Promise.all([sendReviewReminders(now), sendReviewReminders(now)]);
    expect(a + b).toBe(1);
    expect(await remindersTo("staff@demo.co-act.fi")).toHaveLength(1);
  });

  it("shows the liaison the stale profiles on the home page", async () => {
    const { homeFor } = await import("~/models/attention.server");
    const { getUser } = await import("~/utils/auth.server");
    const liaison = await getUser(new Request("http://x/", { headers: { Cookie: await cookieForRole("liaison") } }));
    const home = await homeFor(liaison!, addMonths(reviewed, 7));
    expect(home.role === "liaison" && home.stale.map((a) => a.name)).toEqual([NAME]);
  });
});
