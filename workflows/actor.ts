// Who sends an event to a workflow: a person acting for the county (a unit's social worker or the liaison), for an
// association, or the system itself (reminders, expiry). The server decides the party from the record's owners;
// machines only check that the right party acts.
export type Party = "county" | "association" | "system";
export type WorkflowActor = { id: string | null; party: Party };

export const SYSTEM: WorkflowActor = { id: null, party: "system" };

export const byParty =
  (...parties: Party[]) =>
  ({ event }: { event: { actor: WorkflowActor } }) =>
    parties.includes(event.actor.party);
