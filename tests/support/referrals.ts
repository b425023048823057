// The smallest valid new-referral form (with the client's consent to the first name and languages), for tests that
// need referrals to exist rather than test the form itself.
export function referralFields(unitId: string, associationId: string) {
  return {
    unitId,
    associationId,
    firstName: "Testi",
    languages: ["fa"],
    items: ["first_name", "languages"],
    purpose: "Ensitapaaminen",
    method: "oral",
    validUntil: "2099-12-31",
    consentConfirmed: "on",
  };
}
