// Every reachable transition of the account workflow, stepped through the server as the app does it (persisted
// snapshot, version check, event row), and every event a state does not accept, from any party, is refused unwritten.
import { describe, expect, it } from "vitest";
import { activeAccountSnapshot } from "~/models/user.server";
import { db } from "~/utils/db.server";
import { ConcurrentChange, initialRow, step as stepWorkflow, TransitionRefused } from "~/utils/workflow.server";
import { acceptedTransitions, demoParties, fromEveryParty, itStepsEveryEdge, walk } from "../../tests/support/walk";
import { accountMachine, type AccountEvent } from "./account.machine";

const { actors } = await demoParties();
const events = fromEveryParty<AccountEvent>(accountMachine, actors);

async function newAccount() {
  return db().user.create({
    data: {
      email: `walk-${crypto.randomUUID()}@example.org`,
      name: "Walker",
      role: "social_worker",
      ...initialRow("account"),
    },
    select: { id: true },
  });
}

const step = (id: string, event: AccountEvent) => db().$transaction((tx) => stepWorkflow(tx, "account", id, event));

const edges = walk(accountMachine, events);

describe("account workflow", () => {
  it("has exactly the transitions the design asks for", () => {
    expect(acceptedTransitions(edges)).toEqual(
      new Set([
        "invited --ACCEPT_INVITATION by self--> active",
        "invited --DEACTIVATE by admin--> deactivated",
        "active --DEACTIVATE by admin--> deactivated",
        // Back to active when a password was set, else back to invited so the invitation can be accepted.
        "deactivated --REACTIVATE by admin--> active",
        "deactivated --REACTIVATE by admin--> invited",
      ]),
    );
  });

  itStepsEveryEdge({
    workflow: "account",
    edges,
    create: newAccount,
  });

  it("lets exactly one of two simultaneous changes win", async () => {
    const { id } = await newAccount();
    const results = await Promise.allSettled([
      step(id, { type: "DEACTIVATE", actor: actors.admin }),
      step(id, { type: "ACCEPT_INVITATION", actor: { id, party: "self" } }),
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
