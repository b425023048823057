// A signed-in user is kept in the process between requests only while the instance listens for changes, and a
// session revoked, an account deactivated or a membership removed elsewhere (another instance, a script) stops
// counting on this instance as soon as the database's notice arrives (docs/decisions/010).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as language from "~/routes/language";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { listenForSessionChanges } from "~/utils/session-cache.server";
import { SESSION_DAYS, sessionCookieHeader } from "~/utils/session.server";
import { demoEmail, get, post, run } from "../support/requests";
import { until } from "../support/until";

const sent = vi.spyOn(pg.Client.prototype, "query");
/** Another instance's (or an administrator's) connection: its changes reach this process only as notices. */
const elsewhere = new pg.Client({ connectionString: process.env.DATABASE_URL });

/** A session just signed in (not due for renewal, which would write and be read again). */
async function cookieFor(email: string) {
  const { id } = await db().session.create({
    data: {
      user: { connect: { email } },
      expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
    },
  });
  return sessionCookieHeader(id);
}

/** The user of a new request with this cookie, and how many statements reading it sent. */
async function userOf(cookie: string) {
  sent.mockClear();
  const user = await getUser(get("/home", cookie));
  return { user, queries: sent.mock.calls.length };
}

let stop: () => Promise<void>;
beforeAll(async () => {
  await elsewhere.connect();
  stop = await listenForSessionChanges(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await stop?.();
  await elsewhere.end();
});

describe("the session cache", () => {
  it("reads a session once, then answers from memory", async () => {
    const cookie = await cookieFor(demoEmail("social_worker"));
    const first = await userOf(cookie);
    expect(first.user?.role).toBe("social_worker");
    expect(first.queries).toBe(1);
    const second = await userOf(cookie);
    expect(second.user).toEqual(first.user);
    expect(second.queries).toBe(0);
  });

  it("stops signing in a session deleted on another connection", async () => {
    const cookie = await cookieFor(demoEmail("liaison"));
    expect((await userOf(cookie)).user?.role).toBe("liaison");
    const { rows } = await elsewhere.query<{ id: string }>(
      `DELETE FROM session WHERE user_id = (SELECT id FROM app_user WHERE email = $1) RETURNING id`,
      [demoEmail("liaison")],
    );
    expect(rows.length).toBeGreaterThan(0);
    await until(async () => ((await userOf(cookie)).user === null ? true : undefined), 5_000, 10);
  });

  it("stops signing in a deactivated account, and sees a removed membership", async () => {
    const cookie = await cookieFor(demoEmail("association_staff"));
    const before = (await userOf(cookie)).user!;
    expect(before.associationIds.length).toBeGreaterThan(0);
    const [removed] = before.associationIds;
    await elsewhere.query(`DELETE FROM association_membership WHERE user_id = $1 AND association_id = $2`, [
      before.id,
      removed,
    ]);
    await until(
      async () => {
        const user = (await userOf(cookie)).user;
        return user && !user.associationIds.includes(removed) ? true : undefined;
      },
      5_000,
      10,
    );
    await elsewhere.query(`UPDATE app_user SET status = 'deactivated' WHERE id = $1`, [before.id]);
    await until(async () => ((await userOf(cookie)).user === null ? true : undefined), 5_000, 10);
  });

  it("shows a language switch on the switching session's next page, before the database's notice arrives", async () => {
    const cookie = await cookieFor(demoEmail("liaison"));
    const before = (await userOf(cookie)).user!;
    const other = before.locale === "sv" ? "fi" : "sv";
    // The notice held back (as a busy instance may hear it only after the next request): the switch itself must tell.
    await elsewhere.query(`ALTER TABLE app_user DISABLE TRIGGER app_user_changed`);
    try {
      const switched = await run(language.action, post("/language", { locale: other, redirectTo: "/home" }, cookie));
      expect(switched.status).toBe(302);
      expect((await userOf(cookie)).user?.locale).toBe(other);
    } finally {
      await elsewhere.query(`ALTER TABLE app_user ENABLE TRIGGER app_user_changed`);
      await db().user.update({ where: { id: before.id }, data: { locale: before.locale } });
    }
  });

  it("keeps nothing once it no longer listens", async () => {
    const cookie = await cookieFor(demoEmail("social_worker"));
    await stop();
    expect((await userOf(cookie)).queries).toBe(1);
    expect((await userOf(cookie)).queries).toBe(1);
    stop = await listenForSessionChanges(process.env.DATABASE_URL!);
    expect((await userOf(cookie)).queries).toBe(1);
    expect((await userOf(cookie)).queries).toBe(0);
    expect(await db().session.count()).toBeGreaterThan(0);
  });
});
