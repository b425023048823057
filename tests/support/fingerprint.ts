// A fingerprint of everything the app stores (row count and content hash per table), to prove a refused request
// changed nothing. Sessions are compared by id and owner only: using a session legitimately renews its expiry.
import { db } from "~/utils/db.server";

const TABLES: Record<string, string> = {
  county: "county",
  unit: "unit",
  association: "association",
  activity: "activity",
  users: "app_user",
  unitMemberships: "unit_membership",
  associationMemberships: "association_membership",
  sessions: "(SELECT id, user_id FROM session)",
  authTokens: "auth_token",
  outboxEmails: "outbox_email",
  workflowEvents: "workflow_event",
  rateLimitHits: "rate_limit_hit",
  jobs: "(SELECT id, task_id, payload FROM graphile_worker._private_jobs)",
};

export type Fingerprint = Record<string, { rows: number; hash: string }>;

export async function fingerprint(): Promise<Fingerprint> {
  const result: Fingerprint = {};
  for (const [name, source] of Object.entries(TABLES)) {
    const [row] = await db().$queryRawUnsafe<{ rows: number; hash: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM ${source} t`,
    );
    result[name] = row;
  }
  return result;
}
