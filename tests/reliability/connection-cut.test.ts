// The database connection cut in the middle of a referral transition: the transition happened completely (state,
// history and mail together) or not at all, and the user gets an answer rather than a half-changed referral. Cut as
// many times as the pool has connections: a cut connection that stayed checked out (db.server.ts) would leave the
// pool empty, and the step would then wait in vain for a connection.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import * as referralPage from "~/routes/referrals+/$referralId._index";
import { db } from "~/utils/db.server";
import { sendReferral, minimalReferral } from "../support/referrals";
import { cookieForRole, post, run } from "../support/requests";

/** The size of the app's pool (db.server.ts). */
const POOL_SIZE = 10;

const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
await admin.connect();
afterAll(async () => {
  await admin.query("DROP TRIGGER IF EXISTS slow_outbox ON outbox_email");
  await admin.end();
});

const socialWorker = await cookieForRole("social_worker");
const staff = await cookieForRole("association_staff");
const koto = await db().unit.findFirstOrThrow({ where: { isKoto: true } });
const activity = await db().activity.findFirstOrThrow({ where: { titleFi: "Naisten iltakahvila" } });

async function state(id: string) {
  const [referral, events, mails] = await Promise.all([
    db().referral.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, answeredAt: true } }),
    db().workflowEvent.count({ where: { recordId: id } }),
    db().outboxEmail.count({ where: { text: { contains: id } } }),
  ]);
  return { ...referral, events, mails };
}

describe("a connection cut during a referral transition", () => {
  it("leaves the referral as it was, and the same step succeeds afterwards", async () => {
    const id = await sendReferral(socialWorker, minimalReferral(koto.id, activity.associationId));
    const before = await state(id);

    // The mail is the transition's last write: it waits there until its connection is terminated.
    await admin.query(`CREATE OR REPLACE FUNCTION slow_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(30); RETURN NEW; END $$`);
    await admin.query(
      "CREATE TRIGGER slow_outbox BEFORE INSERT ON outbox_email FOR EACH ROW EXECUTE FUNCTION slow_outbox()",
    );
    const accept = () =>
      run(referralPage.action, post(`/referrals/${id}`, { intent: "ACCEPT", version: String(before.version) }, staff), {
        referralId: id,
      });
    const cut = async () => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const { rows } = await admin.query(
          "SELECT pid FROM pg_stat_activity WHERE query LIKE '%outbox_email%' AND state = 'active' AND pid <> pg_backend_pid() AND datname = current_database()",
        );
        if (rows.length) {
          await admin.query("SELECT pg_terminate_backend($1)", [rows[0].pid]);
          return;
        }
        if (Date.now() > deadline) throw new Error("the transition never reached its mail");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    for (let i = 0; i < POOL_SIZE; i++) {
      const [failed] = await Promise.all([accept().catch((error: unknown) => ({ status: 500, error })), cut()]);
      // Unexpected for the app, so an error (logged and shown by the error page), but nothing half done.
      expect(failed.status).toBe(500);
      expect(await state(id)).toEqual(before);
    }

    await admin.query("DROP TRIGGER slow_outbox ON outbox_email");
    const retried = await accept();
    expect(retried.status).toBe(302);
    const after = await state(id);
    expect(after).toMatchObject({ status: "accepted", events: before.events + 1, mails: before.mails + 1 });
  });
});
