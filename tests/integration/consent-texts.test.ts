// Consent texts by language and version: an admin adds a reviewed Arabic translation (refused without the review),
// it replaces nothing but becomes Arabic's current text, renders right to left, and a social worker chooses it in a
// referral, which records the version and the language the client was shown. An older, unreviewed or unknown
// version cannot be chosen, and the refusal changes nothing.
import { describe, expect, it } from "vitest";
import * as consentTexts from "~/routes/admin+/consent-texts";
import * as consentText from "~/routes/referrals+/consent-text";
import * as newReferral from "~/routes/referrals+/new";
import * as referralPage from "~/routes/referrals+/$referralId._index";
import { isRightToLeft } from "~/utils/languages";
import { db } from "~/utils/db.server";
import { DEMO_COUNTY } from "../../prisma/seed";
import { ARABIC_CONSENT_TEXT, ARABIC_REVIEW } from "../support/consent-texts";
import { fingerprint } from "../support/fingerprint";
import { BASE_CONSENT_TEXT, minimalReferral, sendReferral } from "../support/referrals";
import { cookieForRole, get, post, run } from "../support/requests";

const admin = await cookieForRole("admin");
const socialWorker = await cookieForRole("social_worker");
const koto = await db().unit.findFirstOrThrow({ where: { county: { name: DEMO_COUNTY }, isKoto: true } });
const sisarukset = await db().association.findUniqueOrThrow({
  where: { name: "Monikulttuurinen naisyhdistys Sisarukset ry" },
});

const addText = (fields: Record<string, string>) =>
  run(consentTexts.action, post("/admin/consent-texts", { intent: "add", ...fields }, admin));

describe("the direction of a language", () => {
  it("follows its script", () => {
    for (const code of ["ar", "fa", "prs", "ps", "ur", "ckb", "he", "yi"]) expect(isRightToLeft(code)).toBe(true);
    for (const code of ["fi", "sv", "en", "so", "ru", "uk", "ku", "xx-invalid-", ""])
      expect(isRightToLeft(code)).toBe(false);
  });
});

describe("adding a translation", () => {
  it("is refused without a reviewer and a review date, and nothing is stored", async () => {
    const before = await fingerprint();
    const refused = await addText(ARABIC_CONSENT_TEXT);
    expect(refused.status).toBe(400);
    expect(refused.data.errors).toEqual({
      reviewerName: { key: "errors.required" },
      reviewedOn: { key: "errors.required" },
    });
    const future = await addText({ ...ARABIC_CONSENT_TEXT, ...ARABIC_REVIEW, reviewedOn: "2999-01-01" });
    expect(future.data.errors).toEqual({ reviewedOn: { key: "consentAdmin.reviewedInFuture" } });
    const unknownLanguage = await addText({ ...ARABIC_CONSENT_TEXT, ...ARABIC_REVIEW, language: "klingon" });
    expect(unknownLanguage.data.errors).toEqual({ language: { key: "errors.invalidChoice" } });
    const noItem = await addText({ ...ARABIC_CONSENT_TEXT, ...ARABIC_REVIEW, item_phone: " " });
    expect(noItem.data.errors).toEqual({ item_phone: expect.objectContaining({ key: "errors.required" }) });
    expect(await fingerprint()).toEqual(before);
  });

  it("is previewed right to left without storing anything", async () => {
    const before = await fingerprint();
    const preview = await run(
      consentTexts.action,
      post("/admin/consent-texts", { intent: "preview", ...ARABIC_CONSENT_TEXT }, admin),
    );
    expect(preview.status).toBe(200);
    expect(preview.data.preview.language).toMatchObject({ code: "ar", own: "العربية", name: "arabia", dir: "rtl" });
    expect(preview.data.preview.content.beforeList).toHaveLength(3);
    expect(await fingerprint()).toEqual(before);
  });

  it("is accepted with the review, becomes Arabic's current text, and is chosen and recorded in a referral", async () => {
    const saved = await addText({ ...ARABIC_CONSENT_TEXT, ...ARABIC_REVIEW });
    expect(saved.status).toBe(302);
    const arabic = await db().consentText.findFirstOrThrow({ where: { language: "ar" } });
    expect(arabic).toMatchObject({
      versionLabel: "2026-12-ar1",
      reviewerName: "Layla Haddad",
      reviewedOn: new Date("2026-11-20T00:00:00Z"),
      isCurrent: true,
      title: ARABIC_CONSENT_TEXT.title,
      itemNames: expect.objectContaining({ first_name: "الاسم الأول" }),
    });

    // The admin's list names it in itself and in Finnish; the same label again is refused.
    const list = await run(consentTexts.loader, get("/admin/consent-texts", admin));
    const entry = list.data.languages.find((l: { language: { code: string } }) => l.language.code === "ar");
    expect(entry.language).toMatchObject({ own: "العربية", name: "arabia" });
    const again = await addText({ ...ARABIC_CONSENT_TEXT, ...ARABIC_REVIEW });
    expect(again.data.errors).toEqual({ versionLabel: { key: "consentAdmin.versionTaken" } });

    // The printable page renders it right to left.
    const page = await run(consentText.loader, get(`/referrals/consent-text?text=${arabic.id}`, socialWorker));
    expect(page.data.text.language).toMatchObject({ code: "ar", dir: "rtl" });
    expect(page.data.text.content.itemNames.address).toBe(ARABIC_CONSENT_TEXT.item_address);

    // The social worker is offered it, named in itself and in Finnish.
    const form = await run(newReferral.loader, get("/referrals/new", socialWorker));
    const offered = form.data.consentTexts.find((t: { id: string }) => t.id === arabic.id);
    expect(offered).toMatchObject({ versionLabel: "2026-12-ar1", language: { own: "العربية", name: "arabia" } });
    expect(form.data.consentTexts[0].id).toBe(BASE_CONSENT_TEXT.fi);

    const id = await sendReferral(socialWorker, minimalReferral(koto.id, sisarukset.id, { consentTextId: arabic.id }));
    const consent = await db().consent.findUniqueOrThrow({ where: { referralId: id } });
    expect(consent).toMatchObject({ textId: arabic.id, textVersion: "2026-12-ar1", textLanguage: "ar" });
    const shown = await run(referralPage.loader, get(`/referrals/${id}`, socialWorker), { referralId: id });
    expect(shown.data.shownLanguage).toMatchObject({ code: "ar", own: "العربية", dir: "rtl" });
    expect(shown.data.referral.consent).toMatchObject({ textId: arabic.id, textVersion: "2026-12-ar1" });

    // The association sees the text's language only where it sees the client's languages: not here (first name only).
    const staff = await cookieForRole("association_staff");
    const theirs = await run(referralPage.loader, get(`/referrals/${id}`, staff), { referralId: id });
    expect(theirs.data.shownLanguage).toBeNull();
    expect(theirs.data.referral.consent).toMatchObject({ textId: null, textVersion: null, textLanguage: null });
    const withLanguages = await sendReferral(
      socialWorker,
      minimalReferral(koto.id, sisarukset.id, {
        consentTextId: arabic.id,
        languages: ["ar"],
        items: ["first_name", "languages"],
      }),
    );
    const seen = await run(referralPage.loader, get(`/referrals/${withLanguages}`, staff), {
      referralId: withLanguages,
    });
    expect(seen.data.shownLanguage).toMatchObject({ code: "ar" });

    // Withdrawing the consent erases the language shown with the client's other data; the version label stays.
    const { version } = await db().referral.findUniqueOrThrow({ where: { id: withLanguages } });
    const withdrawn = await run(
      referralPage.action,
      post(
        `/referrals/${withLanguages}`,
        { version: String(version), intent: "WITHDRAW_CONSENT", confirm: "on" },
        socialWorker,
      ),
      { referralId: withLanguages },
    );
    expect(withdrawn.status).toBe(302);
    expect(await db().consent.findUniqueOrThrow({ where: { referralId: withLanguages } })).toMatchObject({
      textId: null,
      textLanguage: null,
      textVersion: "2026-12-ar1",
    });

    // A newer Arabic version replaces it as current; the older stays, readable, for this referral.
    expect((await addText({ ...ARABIC_CONSENT_TEXT, ...ARABIC_REVIEW, versionLabel: "2026-12-ar2" })).status).toBe(302);
    const versions = await db().consentText.findMany({ where: { language: "ar" }, orderBy: { versionLabel: "asc" } });
    expect(versions.map((v) => [v.versionLabel, v.isCurrent])).toEqual([
      ["2026-12-ar1", false],
      ["2026-12-ar2", true],
    ]);
    const older = await run(consentText.loader, get(`/referrals/consent-text?text=${arabic.id}`, socialWorker));
    expect(older.data.text.isCurrent).toBe(false);

    // The older version can no longer be chosen: refused with a clear message, nothing changed.
    const before = await fingerprint();
    const refused = await run(
      newReferral.action,
      post("/referrals/new", minimalReferral(koto.id, sisarukset.id, { consentTextId: arabic.id }), socialWorker),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors).toEqual({ consentTextId: { key: "consent.textUnavailable" } });
    expect(await fingerprint()).toEqual(before);
  });
});

describe("choosing a consent text that may not be chosen", () => {
  it("refuses an unreviewed or unknown version with the same message, changing nothing", async () => {
    const unreviewed = await db().consentText.create({
      data: {
        language: "so",
        versionLabel: "draft",
        title: "Oggolaansho",
        beforeList: ["Qoraal aan weli la hubin."],
        afterList: ["—"],
        itemNames: {},
        fieldLabels: {},
      },
    });
    // An unreviewed text cannot be made current either: the database refuses it.
    await expect(
      db().consentText.update({ where: { id: unreviewed.id }, data: { isCurrent: true } }),
    ).rejects.toThrow();
    for (const consentTextId of [unreviewed.id, crypto.randomUUID()]) {
      const before = await fingerprint();
      const refused = await run(
        newReferral.action,
        post("/referrals/new", minimalReferral(koto.id, sisarukset.id, { consentTextId }), socialWorker),
      );
      expect(refused.status).toBe(400);
      expect(refused.data.errors).toEqual({ consentTextId: { key: "consent.textUnavailable" } });
      expect(await fingerprint()).toEqual(before);
    }
    // Nor is it offered, nor printable.
    const form = await run(newReferral.loader, get("/referrals/new", socialWorker));
    expect(form.data.consentTexts.map((t: { id: string }) => t.id)).not.toContain(unreviewed.id);
    expect(
      (await run(consentText.loader, get(`/referrals/consent-text?text=${unreviewed.id}`, socialWorker))).status,
    ).toBe(404);
  });

  it("is the admin's alone to add", async () => {
    const cookies = [socialWorker, await cookieForRole("liaison"), await cookieForRole("association_staff")];
    const before = await fingerprint();
    for (const cookie of cookies) {
      const outcome = await run(
        consentTexts.action,
        post("/admin/consent-texts", { intent: "add", ...ARABIC_CONSENT_TEXT, ...ARABIC_REVIEW }, cookie),
      );
      expect(outcome.status).toBe(403);
    }
    expect(await fingerprint()).toEqual(before);
  });
});
