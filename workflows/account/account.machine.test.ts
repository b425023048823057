// Every reachable transition of the account workflow, stepped through the server as the app does it (persisted
// snapshot, version check, event row), and every event a state does not accept is refused.
import { describe, expect, it } from "vitest";
import { activeAccountSnapshot } from "~/models/user.server";
import { db } from "~/utils/db.server";
import { initialSnapshot, stepWorkflow, TransitionRefused, ConcurrentChange } from "~/utils/workflow.server";
import { walk } from "../../tests/support/walk";
import { accountMachine, type AccountEvent, type Actor } from "./account.machine";

const admin: Actor = { id: "00000000-0000-0000-0000-000000000001", role: "admin" };
const liaison: Actor = { id: "00000000-0000-0000-0000-000000000002", role: "liaison" };
const events: AccountEvent[] = [
  { type: "ACCEPT_INVITATION" },
  { type: "DEACTIVATE", actor: admin },
  { type: "DEACTIVATE", actor: liaison },
  { type: "REACTIVATE", actor: admin },
  { type: "REACTIVATE", actor: liaison },
];

const label = (e: AccountEvent) => ("actor" in e ? `${e.type} by ${e.actor.role}` : e.type);

async function newAccount() {
  return db().user.create({
    data: { email: `walk-${crypto.randomUUID()}@example.org`, name: "Walker", role: "social_worker", snapshot: initialSnapshot(accountMachine) },
    select: { id: true },
  });
}

async function step(userId: string, event: AccountEvent) {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { snapshot: true, version: true } });
    return stepWorkflow({
      tx, workflow: "account", machine: accountMachine, recordId: userId, persisted: user.snapshot,
      version: user.version, event, actorId: null,
      save: async (next) =>
        (await tx.user.updateMany({ where: { id: userId, version: user.version }, data: { snapshot: next.snapshot, status: next.state, version: next.version } })).count,
    });
  });
}

const edges = walk(accountMachine, events);

describe("account workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    const accepted = edges.filter((e) => e.to).map((e) => `${e.from} --${label(e.event)}--> ${e.to}`);
    expect(new Set(accepted)).toEqual(new Set([
      "invited --ACCEPT_INVITATION--> active",
      "invited --DEACTIVATE by admin--> deactivated",
      "active --DEACTIVATE by admin--> deactivated",
      // Back to active when a password was set, else back to invited so the invitation can be accepted.
      "deactivated --REACTIVATE by admin--> active",
      "deactivated --REACTIVATE by admin--> invited",
    ]));
  });

  it.each(edges.filter((e) => e.to).map((e) => [`${e.from} --${label(e.event)}-->`, e] as const))(
    "steps %s on the server, persisting state, version and an event row",
    async (_, edge) => {
      const { id } = await newAccount();
      for (const event of edge.path) await step(id, event);
      await step(id, edge.event);
      const user = await db().user.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
      expect(user.status).toBe(edge.to);
      expect(user.version).toBe(edge.path.length + 1);
      const rows = await db().workflowEvent.findMany({ where: { recordId: id }, orderBy: { id: "asc" } });
      expect(rows.at(-1)).toMatchObject({ workflow: "account", event: edge.event.type, fromState: edge.from, toState: edge.to });
    },
  );

  it.each(edges.filter((e) => !e.to).map((e) => [`${label(e.event)} in ${e.from}`, e] as const))(
    "refuses %s and changes nothing",
    async (_, edge) => {
      const { id } = await newAccount();
      for (const event of edge.path) await step(id, event);
      await expect(step(id, edge.event)).rejects.toBeInstanceOf(TransitionRefused);
      const user = await db().user.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
      expect(user.version).toBe(edge.path.length);
    },
  );

  it("lets exactly one of two simultaneous changes win", async () => {
    const { id } = await newAccount();
    const results = await Promise.allSettled([
      step(id, { type: "DEACTIVATE", actor: admin }),
      step(id, { type: "ACCEPT_INVITATION" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason instanceof ConcurrentChange || loser.reason instanceof TransitionRefused).toBe(true);
    expect(await db().workflowEvent.count({ where: { recordId: id } })).toBe(1);
  });

  it("starts demo and fixture accounts as active", () => {
    expect((activeAccountSnapshot() as { value: string }).value).toBe("active");
  });
});
