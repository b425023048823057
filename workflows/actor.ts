// Who sends an event to a workflow, the same shape for every machine: a person acting for the county (a unit's social
// worker or the liaison), for an association, as an administrator, as themself (their own account), or the system
// (reminders, expiry). The server decides the party from the record's owners (app/utils/permissions.server.ts);
// machines only check that the right party acts.
export type Party = "county" | "association" | "admin" | "self" | "system";
export type WorkflowActor = { id: string | null; party: Party };

export const SYSTEM: WorkflowActor = { id: null, party: "system" };

/** The events of a workflow: each type carries its actor, plus what the event itself needs. */
export type WorkflowEvents<T extends string, Extra extends Partial<Record<T, object>> = object> = {
  [K in T]: { type: K; actor: WorkflowActor } & (K extends keyof Extra ? Extra[K] : unknown);
}[T];

/** A guard: the event comes from one of these parties. */
export const byParty =
  (...parties: Party[]) =>
  ({ event }: { event: { actor: WorkflowActor } }) =>
    parties.includes(event.actor.party);
