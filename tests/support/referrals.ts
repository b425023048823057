// Sending a referral through the new-referral form, as a social worker does, for tests that need one to act on
// rather than test the form itself.
import * as newReferral from "~/routes/referrals+/new";
import { post, run } from "./requests";

/** The base consent texts that come with the migration (prisma/migrations/*_consent_texts), by language. */
export const BASE_CONSENT_TEXT = {
  fi: "c0a5e470-0000-4000-8000-000000000001",
  sv: "c0a5e470-0000-4000-8000-000000000002",
  en: "c0a5e470-0000-4000-8000-000000000003",
} as const;

/** The least a valid referral needs: the first name, consented to, until the end of the century. */
export function minimalReferral(unitId: string, associationId: string, extra: Record<string, string | string[]> = {}) {
  return {
    unitId,
    associationId,
    firstName: "Amina",
    items: ["first_name"],
    purpose: "Ensitapaaminen",
    method: "oral",
    validUntil: "2099-12-31",
    consentTextId: BASE_CONSENT_TEXT.fi,
    consentConfirmed: "on",
    ...extra,
  };
}

/** A referral with the client's consent to the first name and languages. */
export function referralFields(unitId: string, associationId: string) {
  return minimalReferral(unitId, associationId, {
    firstName: "Testi",
    languages: ["fa"],
    items: ["first_name", "languages"],
  });
}

/** A referral to an activity with name, phone, language and address shared, and a pickup with an interpreter. */
export function pickupReferral(unitId: string, activity: { id: string; associationId: string }) {
  return minimalReferral(unitId, activity.associationId, {
    activityId: activity.id,
    phone: "+358 40 765 4321",
    languages: ["ar"],
    address: "Esimerkkitie 1 A 2, Vaasa",
    items: ["first_name", "phone", "languages", "address"],
    interpreterUsed: "on",
    interpreterLanguage: "ar",
    pickup: "on",
  });
}

/** Sends the referral and returns its id; throws with the form's answer when it was refused. */
export async function sendReferral(cookie: string, fields: Record<string, string | string[]>): Promise<string> {
  const sent = await run(newReferral.action, post("/referrals/new", fields, cookie));
  if (sent.status !== 302) throw new Error(`the referral was refused: ${sent.status} ${JSON.stringify(sent.data)}`);
  return sent.location!.split("/").pop()!;
}
