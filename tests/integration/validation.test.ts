// Proves that bad input on every form gets a clear message in the user's language, changes nothing, and never a 500.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { en, fi } from "~/i18n/messages.server";
import { translate, type MessageKey, type MessageParams } from "~/i18n/i18n";
import { issueToken } from "~/models/token.server";
import { changeAccountStatus, inviteUser } from "~/models/user.server";
import { loader as rootLoader } from "~/root";
import * as acceptInvitation from "~/routes/_auth+/accept-invitation";
import * as forgotPassword from "~/routes/_auth+/forgot-password";
import * as login from "~/routes/_auth+/login";
import * as resetPassword from "~/routes/_auth+/reset-password";
import * as associations from "~/routes/admin+/associations";
import * as counties from "~/routes/admin+/counties";
import * as userPage from "~/routes/admin+/users.$userId";
import * as users from "~/routes/admin+/users._index";
import * as language from "~/routes/language";
import * as orgAssociation from "~/routes/org+/associations.$associationId._index";
import * as newActivity from "~/routes/org+/associations.$associationId.activities.new";
import * as profile from "~/routes/org+/associations.$associationId.profile";
import * as newReferral from "~/routes/referrals+/new";
import { db } from "~/utils/db.server";
import type { FieldError } from "~/utils/forms";
import { localeCookie } from "~/utils/locale.server";
import { DEMO_COUNTY, DEMO_PASSWORD } from "../../prisma/seed";
import { fingerprint } from "../support/fingerprint";
import { cookieForRole, demoEmail, get, post, run, type Outcome } from "../support/requests";
import { BASE_CONSENT_TEXT } from "../support/referrals";

const LONG = "x".repeat(10_000);
const SCRIPT = "<script>alert(1)</script>";
const NO_SUCH_ID = randomUUID();

// The demo data the forms refer to.
const countyId = (await db().county.findUniqueOrThrow({ where: { name: DEMO_COUNTY } })).id;
const kotoUnitId = (await db().unit.findFirstOrThrow({ where: { name: "Kotoutumisen sosiaalityö (KOTO)" } })).id;
const staffAssociationId = (await db().association.findUniqueOrThrow({ where: { name: "Kylätalon kahvila" } })).id;
const userId = async (role: Role) => (await db().user.findUniqueOrThrow({ where: { email: demoEmail(role) } })).id;
const adminId = await userId("admin");
const socialWorkerId = await userId("social_worker");
const cookies: Record<Role, string> = {
  admin: await cookieForRole("admin"),
  liaison: await cookieForRole("liaison"),
  social_worker: await cookieForRole("social_worker"),
  association_staff: await cookieForRole("association_staff"),
};

// E-mailed links: good ones (used last, by the controls), ones meant for the other form, expired ones, and an
// invitation to a person whose account the admin deactivated before they used it.
const admin = { id: adminId, name: "Aino Ylläpitäjä", role: "admin" as const };
const invite = (email: string) =>
  inviteUser(
    { email, name: "Kutsuttu Henkilö", role: "social_worker", locale: "fi", unitIds: [], associationIds: [] },
    admin,
  );
const inviteeId = await invite("invitee@example.org");
const withdrawnId = await invite("withdrawn@example.org");
await changeAccountStatus(withdrawnId, "DEACTIVATE", { id: adminId, party: "admin" });
const hourAgo = new Date(Date.now() - 3_600_000);
// The expired links first: issuing a link ends the older ones of the same account.
const tokens = await db().$transaction(async (tx) => ({
  expiredInvitation: await issueToken(tx, inviteeId, "invitation", 60_000, hourAgo),
  expiredReset: await issueToken(tx, socialWorkerId, "password_reset", 60_000, hourAgo),
  invitation: await issueToken(tx, inviteeId, "invitation", 3_600_000),
  reset: await issueToken(tx, socialWorkerId, "password_reset", 3_600_000),
  deactivatedInvitation: await issueToken(tx, withdrawnId, "invitation", 3_600_000),
}));

type Fields = Record<string, string | string[]>;
type Expected = MessageKey | { key: MessageKey; params: MessageParams };
type Case = { name: string; fields: Fields; errors: Record<string, Expected>; status?: number };
type Form = {
  form: string;
  action: (args: never) => unknown;
  path: string;
  as?: Role;
  params?: Record<string, string>;
  cases: Case[];
};

const tooLong = (max: number) => ({ key: "errors.tooLong", params: { max } }) as const;

/** The message a user sees exists in Finnish and in English, is really translated, and has its numbers filled in. */
function expectClearMessage(error: { key: MessageKey; params?: MessageParams }) {
  const inFinnish = translate("fi", error.key, error.params);
  const inEnglish = translate("en", error.key, error.params);
  expect(inFinnish.trim(), `Finnish text of ${error.key}`).not.toBe("");
  expect(inEnglish.trim(), `English text of ${error.key}`).not.toBe("");
  expect(inFinnish).not.toBe(error.key);
  expect(inEnglish).not.toBe(error.key);
  expect(inFinnish, `${error.key} is translated`).not.toBe(inEnglish);
  expect(inFinnish, "every {placeholder} filled in").not.toMatch(/\{\w+\}/);
  expect(inEnglish, "every {placeholder} filled in").not.toMatch(/\{\w+\}/);
}

const forms: Form[] = [
  {
    form: "sign-in",
    action: login.action,
    path: "/login",
    cases: [
      {
        name: "empty fields",
        fields: { email: "", password: "" },
        errors: { email: "errors.required", password: "errors.required" },
      },
      { name: "missing fields", fields: {}, errors: { email: "errors.required", password: "errors.required" } },
      { name: "blank e-mail", fields: { email: "   ", password: DEMO_PASSWORD }, errors: { email: "errors.required" } },
      {
        name: "10,000-character e-mail",
        fields: { email: LONG, password: DEMO_PASSWORD },
        errors: { email: tooLong(254) },
      },
      {
        name: "10,000-character password",
        fields: { email: demoEmail("admin"), password: LONG },
        errors: { password: tooLong(200) },
      },
      {
        name: "script tags as the e-mail",
        fields: { email: SCRIPT, password: DEMO_PASSWORD },
        errors: { email: "errors.email" },
      },
      {
        name: "two e-mails (wrong type)",
        fields: { email: [demoEmail("admin"), demoEmail("liaison")], password: DEMO_PASSWORD },
        errors: { email: "errors.required" },
      },
    ],
  },
  {
    form: "forgot password",
    action: forgotPassword.action,
    path: "/forgot-password",
    cases: [
      { name: "empty e-mail", fields: { email: "" }, errors: { email: "errors.required" } },
      { name: "missing e-mail", fields: {}, errors: { email: "errors.required" } },
      { name: "10,000-character e-mail", fields: { email: LONG }, errors: { email: tooLong(254) } },
      { name: "script tags", fields: { email: SCRIPT }, errors: { email: "errors.email" } },
      {
        name: "not an e-mail address",
        fields: { email: "admin-at-demo.co-act.fi" },
        errors: { email: "errors.email" },
      },
      {
        name: "two e-mails (wrong type)",
        fields: { email: [demoEmail("admin"), demoEmail("liaison")] },
        errors: { email: "errors.required" },
      },
    ],
  },
  ...(
    [
      [
        "accept invitation",
        acceptInvitation.action,
        "/accept-invitation",
        tokens.invitation,
        tokens.reset,
        tokens.expiredInvitation,
      ],
      ["reset password", resetPassword.action, "/reset-password", tokens.reset, tokens.invitation, tokens.expiredReset],
    ] as const
  ).map(([form, action, path, rightToken, wrongPurpose, expired]): Form => ({
    form,
    action,
    path,
    cases: [
      {
        name: "empty fields",
        fields: { token: "", password: "", confirm: "" },
        errors: { token: "errors.tokenInvalid", password: { key: "errors.passwordTooShort", params: { min: 10 } } },
      },
      { name: "missing fields", fields: {}, errors: { token: "errors.invalid", password: "errors.required" } },
      {
        name: "10,000-character password",
        fields: { token: rightToken, password: LONG, confirm: LONG },
        errors: { password: tooLong(200) },
      },
      {
        name: "10,000-character token",
        fields: { token: LONG, password: DEMO_PASSWORD, confirm: DEMO_PASSWORD },
        errors: { token: { key: "errors.tokenInvalid", params: { max: 200 } } },
      },
      {
        name: "passwords that differ",
        fields: { token: rightToken, password: DEMO_PASSWORD, confirm: `${DEMO_PASSWORD}!` },
        errors: { confirm: "errors.passwordMismatch" },
      },
      {
        name: "missing confirmation",
        fields: { token: rightToken, password: DEMO_PASSWORD },
        errors: { confirm: "errors.passwordMismatch" },
      },
      {
        name: "an unknown link",
        fields: { token: "no-such-token", password: DEMO_PASSWORD, confirm: DEMO_PASSWORD },
        errors: { form: "errors.tokenInvalid" },
      },
      {
        name: "a link meant for the other form",
        fields: { token: wrongPurpose, password: DEMO_PASSWORD, confirm: DEMO_PASSWORD },
        errors: { form: "errors.tokenInvalid" },
      },
      {
        name: "an expired link",
        fields: { token: expired, password: DEMO_PASSWORD, confirm: DEMO_PASSWORD },
        errors: { form: "errors.tokenInvalid" },
      },
      {
        name: "script tags as the link",
        fields: { token: SCRIPT, password: DEMO_PASSWORD, confirm: DEMO_PASSWORD },
        errors: { form: "errors.tokenInvalid" },
      },
      ...(form === "accept invitation"
        ? [
            {
              name: "an invitation to an account deactivated since",
              status: 409,
              fields: { token: tokens.deactivatedInvitation, password: DEMO_PASSWORD, confirm: DEMO_PASSWORD },
              errors: { form: "errors.transitionRefused" },
            } satisfies Case,
          ]
        : []),
    ],
  })),
  {
    form: "admin: counties and units",
    action: counties.action,
    path: "/admin/counties",
    as: "admin",
    cases: [
      { name: "no intent", fields: { name: "Uusi alue" }, errors: { intent: "errors.invalidChoice" } },
      {
        name: "an unknown intent",
        fields: { intent: "delete-county", name: "Uusi alue" },
        errors: { intent: "errors.invalidChoice" },
      },
      {
        name: "county: empty name",
        fields: { intent: "create-county", name: "" },
        errors: { name: "errors.required" },
      },
      {
        name: "county: blank name",
        fields: { intent: "create-county", name: "   " },
        errors: { name: "errors.required" },
      },
      { name: "county: missing name", fields: { intent: "create-county" }, errors: { name: "errors.required" } },
      {
        name: "county: 10,000-character name",
        fields: { intent: "create-county", name: LONG },
        errors: { name: tooLong(120) },
      },
      {
        name: "county: script tags",
        fields: { intent: "create-county", name: SCRIPT },
        errors: { name: "errors.noMarkup" },
      },
      {
        name: "county: a name taken already",
        fields: { intent: "create-county", name: DEMO_COUNTY },
        errors: { name: "errors.nameTaken" },
      },
      {
        name: "unit: empty fields",
        fields: { intent: "create-unit", countyId: "", name: "" },
        errors: { countyId: "errors.unknownId", name: "errors.required" },
      },
      {
        name: "unit: missing fields",
        fields: { intent: "create-unit" },
        errors: { countyId: "errors.required", name: "errors.required" },
      },
      {
        name: "unit: 10,000-character name",
        fields: { intent: "create-unit", countyId, name: LONG },
        errors: { name: tooLong(120) },
      },
      {
        name: "unit: script tags",
        fields: { intent: "create-unit", countyId, name: SCRIPT },
        errors: { name: "errors.noMarkup" },
      },
      {
        name: "unit: county id that is not an id",
        fields: { intent: "create-unit", countyId: "not-a-uuid", name: "Uusi yksikkö" },
        errors: { countyId: "errors.unknownId" },
      },
      {
        name: "unit: unknown county",
        fields: { intent: "create-unit", countyId: NO_SUCH_ID, name: "Uusi yksikkö" },
        errors: { countyId: "errors.unknownId" },
      },
      {
        name: "unit: KOTO flag that is not a checkbox value",
        fields: { intent: "create-unit", countyId, name: "Uusi yksikkö", isKoto: "maybe" },
        errors: { isKoto: "errors.invalidChoice" },
      },
      {
        name: "unit: a name taken in the county",
        fields: { intent: "create-unit", countyId, name: "Perhesosiaalityö" },
        errors: { name: "errors.nameTaken" },
      },
      {
        name: "rename a county: empty name",
        fields: { intent: "rename-county", id: countyId, name: "" },
        errors: { name: "errors.required" },
      },
      {
        name: "rename a unit: unknown unit",
        fields: { intent: "rename-unit", id: NO_SUCH_ID, name: "Uusi nimi" },
        errors: { name: "errors.unknownId" },
      },
      {
        name: "rename a unit: a name taken in the county",
        fields: { intent: "rename-unit", id: kotoUnitId, name: "Perhesosiaalityö" },
        errors: { name: "errors.nameTaken" },
      },
    ],
  },
  {
    form: "admin: new association",
    action: associations.action,
    path: "/admin/associations",
    as: "admin",
    cases: [
      {
        name: "empty fields",
        fields: { intent: "create", name: "", countyId: "", kind: "" },
        errors: { name: "errors.required", countyId: "errors.unknownId", kind: "errors.invalidChoice" },
      },
      {
        name: "missing fields",
        fields: { intent: "create" },
        errors: { name: "errors.required", countyId: "errors.required", kind: "errors.invalidChoice" },
      },
      {
        name: "10,000-character name",
        fields: { intent: "create", name: LONG, countyId, kind: "registered" },
        errors: { name: tooLong(160) },
      },
      {
        name: "script tags",
        fields: { intent: "create", name: SCRIPT, countyId, kind: "registered" },
        errors: { name: "errors.noMarkup" },
      },
      {
        name: "kind=x",
        fields: { intent: "create", name: "Uusi yhdistys", countyId, kind: "x" },
        errors: { kind: "errors.invalidChoice" },
      },
      {
        name: "county id that is not an id",
        fields: { intent: "create", name: "Uusi yhdistys", countyId: "not-a-uuid", kind: "registered" },
        errors: { countyId: "errors.unknownId" },
      },
      {
        name: "unknown county",
        fields: { intent: "create", name: "Uusi yhdistys", countyId: NO_SUCH_ID, kind: "registered" },
        errors: { countyId: "errors.unknownId" },
      },
      {
        name: "checkbox with a wrong value",
        fields: { intent: "create", name: "Uusi yhdistys", countyId, kind: "registered", volunteerRun: "yes please" },
        errors: { volunteerRun: "errors.invalidChoice" },
      },
      {
        name: "a name taken already",
        fields: { intent: "create", name: "Kylätalon kahvila", countyId, kind: "registered" },
        errors: { name: "errors.nameTaken" },
      },
      {
        name: "rename: empty name",
        fields: { intent: "rename", id: staffAssociationId, name: "" },
        errors: { name: "errors.required" },
      },
      {
        name: "rename: unknown association",
        fields: { intent: "rename", id: NO_SUCH_ID, name: "Uusi nimi" },
        errors: { name: "errors.unknownId" },
      },
      {
        name: "rename: a name taken already",
        fields: { intent: "rename", id: staffAssociationId, name: "Vaasan Kurdit ry" },
        errors: { name: "errors.nameTaken" },
      },
      {
        name: "an unknown intent",
        fields: { intent: "delete", id: staffAssociationId },
        errors: { intent: "errors.invalidChoice" },
      },
    ],
  },
  {
    form: "admin: invite a user",
    action: users.action,
    path: "/admin/users",
    as: "admin",
    cases: ((): Case[] => {
      const valid = { email: "new.person@example.org", name: "Uusi Henkilö", role: "social_worker", locale: "fi" };
      return [
        {
          name: "empty fields",
          fields: { email: "", name: "", role: "", locale: "" },
          errors: {
            email: "errors.required",
            name: "errors.required",
            role: "errors.invalidChoice",
            locale: "errors.invalidChoice",
          },
        },
        {
          name: "missing fields",
          fields: {},
          errors: {
            email: "errors.required",
            name: "errors.required",
            role: "errors.invalidChoice",
            locale: "errors.invalidChoice",
          },
        },
        { name: "10,000-character name", fields: { ...valid, name: LONG }, errors: { name: tooLong(120) } },
        { name: "10,000-character e-mail", fields: { ...valid, email: LONG }, errors: { email: tooLong(254) } },
        { name: "script tags in the name", fields: { ...valid, name: SCRIPT }, errors: { name: "errors.noMarkup" } },
        { name: "script tags as the e-mail", fields: { ...valid, email: SCRIPT }, errors: { email: "errors.email" } },
        { name: "role=hacker", fields: { ...valid, role: "hacker" }, errors: { role: "errors.invalidChoice" } },
        { name: "locale=xx", fields: { ...valid, locale: "xx" }, errors: { locale: "errors.invalidChoice" } },
        {
          name: "unit id that is not an id",
          fields: { ...valid, unitIds: "not-a-uuid" },
          errors: { unitIds: "errors.unknownId" },
        },
        {
          name: "10,000-character unit id",
          fields: { ...valid, unitIds: LONG },
          errors: { unitIds: "errors.unknownId" },
        },
        {
          name: "unknown unit",
          fields: { ...valid, unitIds: [kotoUnitId, NO_SUCH_ID] },
          errors: { unitIds: "errors.unknownId" },
        },
        {
          name: "unknown association",
          fields: { ...valid, associationIds: NO_SUCH_ID },
          errors: { associationIds: "errors.unknownId" },
        },
        {
          name: "101 units",
          fields: { ...valid, unitIds: Array.from({ length: 101 }, () => randomUUID()) },
          errors: { unitIds: "errors.tooMany" },
        },
        {
          name: "an address that has an account",
          fields: { ...valid, email: demoEmail("liaison").toUpperCase() },
          errors: { email: "errors.emailTaken" },
        },
      ];
    })(),
  },
  {
    form: "admin: edit a user",
    action: userPage.action,
    path: `/admin/users/${socialWorkerId}`,
    params: { userId: socialWorkerId },
    as: "admin",
    cases: ((): Case[] => {
      const valid = { intent: "save", name: "Sami Sosiaalityöntekijä", role: "social_worker", unitIds: kotoUnitId };
      return [
        {
          name: "save: empty fields",
          fields: { intent: "save", name: "", role: "" },
          errors: { name: "errors.required", role: "errors.invalidChoice" },
        },
        {
          name: "save: missing fields",
          fields: { intent: "save" },
          errors: { name: "errors.required", role: "errors.invalidChoice" },
        },
        { name: "save: 10,000-character name", fields: { ...valid, name: LONG }, errors: { name: tooLong(120) } },
        { name: "save: script tags", fields: { ...valid, name: SCRIPT }, errors: { name: "errors.noMarkup" } },
        { name: "save: role=hacker", fields: { ...valid, role: "hacker" }, errors: { role: "errors.invalidChoice" } },
        {
          name: "save: unit id that is not an id",
          fields: { ...valid, unitIds: "not-a-uuid" },
          errors: { unitIds: "errors.unknownId" },
        },
        // The name is valid and would be written first: the unknown unit must undo it.
        {
          name: "save: a new name with an unknown unit",
          fields: { ...valid, name: "Joku Muu", unitIds: NO_SUCH_ID },
          errors: { unitIds: "errors.unknownId" },
        },
        {
          name: "save: a new role with an unknown association",
          fields: { ...valid, role: "admin", associationIds: NO_SUCH_ID },
          errors: { associationIds: "errors.unknownId" },
        },
        { name: "no intent", fields: { name: "Joku Muu", role: "admin" }, errors: { intent: "errors.invalidChoice" } },
        { name: "a bogus intent", fields: { intent: "DELETE" }, errors: { intent: "errors.invalidChoice" } },
        {
          name: "a bogus intent in lower case",
          fields: { intent: "deactivate" },
          errors: { intent: "errors.invalidChoice" },
        },
        {
          name: "REACTIVATE an active account",
          fields: { intent: "REACTIVATE" },
          errors: { form: "errors.transitionRefused" },
          status: 409,
        },
      ];
    })(),
  },
  {
    form: "admin: edit own account",
    action: userPage.action,
    path: `/admin/users/${adminId}`,
    params: { userId: adminId },
    as: "admin",
    cases: [
      { name: "DEACTIVATE oneself", fields: { intent: "DEACTIVATE" }, errors: { form: "errors.cannotDeactivateSelf" } },
    ],
  },
  {
    form: "association profile",
    action: profile.action,
    path: `/org/associations/${staffAssociationId}/profile`,
    params: { associationId: staffAssociationId },
    as: "association_staff",
    cases: ((): Case[] => {
      const valid = { kind: "registered", summaryFi: "Kuvaus", municipalities: "Vaasa", languages: "fi" };
      return [
        {
          name: "empty fields",
          fields: { kind: "", summaryFi: "", municipalities: "" },
          errors: {
            kind: "errors.invalidChoice",
            summaryFi: "errors.required",
            municipalities: "errors.required",
            languages: "errors.required",
          },
        },
        {
          name: "10,000-character description",
          fields: { ...valid, descriptionFi: LONG },
          errors: { descriptionFi: tooLong(4000) },
        },
        {
          name: "script tags",
          fields: { ...valid, summaryFi: SCRIPT, descriptionEn: SCRIPT },
          errors: { summaryFi: "errors.noMarkup", descriptionEn: "errors.noMarkup" },
        },
        {
          name: "wrong types",
          fields: {
            ...valid,
            kind: "x",
            languages: ["fi", "klingon"],
            website: "javascript:alert(1)",
            contactEmail: "nope",
            contactPhone: "abc",
            offersPickup: "yes",
          },
          errors: {
            kind: "errors.invalidChoice",
            languages: "errors.invalidChoice",
            website: "errors.url",
            contactEmail: "errors.email",
            contactPhone: "errors.phone",
            offersPickup: "errors.invalidChoice",
          },
        },
        {
          name: "too many municipalities",
          fields: { ...valid, municipalities: Array.from({ length: 30 }, (_, i) => `Kunta ${i}`).join(",") },
          errors: { municipalities: "errors.tooMany" },
        },
      ];
    })(),
  },
  {
    form: "new activity",
    action: newActivity.action,
    path: `/org/associations/${staffAssociationId}/activities/new`,
    params: { associationId: staffAssociationId },
    as: "association_staff",
    cases: ((): Case[] => {
      const valid = { titleFi: "Kerho", titleEn: "Club", languages: "fi", place: "Vaasa" };
      return [
        {
          name: "empty fields",
          fields: { titleFi: "", titleEn: "" },
          errors: {
            titleFi: "errors.required",
            titleEn: "errors.required",
            languages: "errors.required",
            place: "errors.placeOrOnline",
          },
        },
        { name: "10,000-character title", fields: { ...valid, titleFi: LONG }, errors: { titleFi: tooLong(160) } },
        {
          name: "script tags",
          fields: { ...valid, titleEn: SCRIPT, howToJoin: SCRIPT },
          errors: { titleEn: "errors.noMarkup", howToJoin: "errors.noMarkup" },
        },
        {
          name: "wrong types",
          fields: { ...valid, weekday: "funday", startsAt: "25:99", targetGroups: "aliens", online: "sometimes" },
          errors: {
            weekday: "errors.invalidChoice",
            startsAt: "errors.time",
            targetGroups: "errors.invalidChoice",
            online: "errors.invalidChoice",
          },
        },
        {
          name: "an end before the start",
          fields: { ...valid, startsAt: "19:00", endsAt: "17:00" },
          errors: { endsAt: "errors.endBeforeStart" },
        },
        {
          name: "neither a place nor online",
          fields: { ...valid, place: "" },
          errors: { place: "errors.placeOrOnline" },
        },
      ];
    })(),
  },
  {
    form: "new referral",
    action: newReferral.action,
    path: "/referrals/new",
    as: "social_worker",
    cases: ((): Case[] => {
      const valid = {
        unitId: kotoUnitId,
        associationId: staffAssociationId,
        firstName: "Amina",
        items: "first_name",
        purpose: "Ensitapaaminen",
        method: "oral",
        validUntil: "2099-12-31",
        consentTextId: BASE_CONSENT_TEXT.fi,
        consentConfirmed: "on",
      };
      return [
        {
          name: "missing fields",
          fields: {},
          errors: {
            unitId: "errors.required",
            associationId: "errors.required",
            items: "errors.consentItems",
            purpose: "errors.required",
            method: "errors.invalidChoice",
            validUntil: "errors.required",
            consentTextId: "errors.required",
            consentConfirmed: "errors.consentConfirm",
          },
        },
        {
          name: "a consent text that does not exist",
          fields: { ...valid, consentTextId: NO_SUCH_ID },
          errors: { consentTextId: "consent.textUnavailable" },
        },
        {
          name: "a consent text that is not an id",
          fields: { ...valid, consentTextId: "ar" },
          errors: { consentTextId: "consent.textUnavailable" },
        },
        {
          name: "10,000-character needs",
          fields: { ...valid, items: ["first_name", "needs"], needs: LONG },
          errors: { needs: tooLong(500) },
        },
        { name: "script tags", fields: { ...valid, firstName: SCRIPT }, errors: { firstName: "errors.noMarkup" } },
        {
          name: "wrong types",
          fields: {
            ...valid,
            method: "telepathy",
            items: ["first_name", "shoe_size"],
            validUntil: "tomorrow",
            phone: "call me",
          },
          errors: {
            method: "errors.invalidChoice",
            items: "errors.invalidChoice",
            validUntil: "errors.date",
            phone: "errors.phone",
          },
        },
        {
          name: "an unknown association",
          fields: { ...valid, associationId: NO_SUCH_ID },
          errors: { associationId: "errors.unknownId" },
        },
        {
          name: "consent to an item left empty",
          fields: { ...valid, items: ["first_name", "phone"] },
          errors: { phone: "errors.consentedItemMissing" },
        },
        {
          name: "a pickup without consent to the address",
          fields: { ...valid, pickup: "on" },
          errors: { pickup: "errors.pickupNeedsAddress" },
        },
        {
          name: "a consent that has already ended",
          fields: { ...valid, validUntil: "2001-01-01" },
          errors: { validUntil: "errors.dateInPast" },
        },
      ];
    })(),
  },
];

describe.each(forms)("$form", ({ action, path, as, params, cases }) => {
  it.each(cases)(
    "$name: refused with a translated message, nothing changed",
    async ({ fields, errors, status = 400 }) => {
      const before = await fingerprint();
      const outcome = await run(action as never, post(path, fields, as && cookies[as]), params);
      expect(outcome.status).toBe(status);
      const expected = Object.fromEntries(
        Object.entries(errors).map(([field, want]) => [field, typeof want === "string" ? { key: want } : want]),
      );
      // Exactly the fields at fault, each with the expected message (and its numbers, where the message has any).
      expect(Object.keys(outcome.data.errors).sort()).toEqual(Object.keys(expected).sort());
      expect(outcome.data.errors).toMatchObject(expected);
      for (const error of Object.values(outcome.data.errors) as FieldError[]) expectClearMessage(error);
      expect(await fingerprint()).toEqual(before);
    },
  );
});

// Forms with a fixed choice (a button) answer tampered input with a plain 400 or 404; the error page says so in the
// user's language.
type Refusal = {
  name: string;
  action: (args: never) => unknown;
  path: string;
  as?: Role;
  params?: Record<string, string>;
  fields: Fields;
  status: number;
};
const pageKeys: Record<number, MessageKey[]> = {
  400: ["errors.badRequest.title", "errors.badRequest.body"],
  404: ["errors.notFound.title", "errors.notFound.body"],
};
const ownAssociation = {
  path: `/org/associations/${staffAssociationId}`,
  params: { associationId: staffAssociationId },
};
const refusals: Refusal[] = [
  ...[undefined, "association_staff" as const].flatMap((as) =>
    (
      [
        { name: "language: locale=xx", fields: { locale: "xx" } },
        { name: "language: empty locale", fields: { locale: "" } },
        { name: "language: missing locale", fields: {} },
        { name: "language: 10,000-character locale", fields: { locale: LONG } },
        { name: "language: script tags", fields: { locale: SCRIPT } },
      ] as { name: string; fields: Fields }[]
    ).map((c) => ({
      ...c,
      name: `${c.name} (${as ?? "anonymous"})`,
      action: language.action,
      path: "/language",
      as,
      status: 400,
    })),
  ),
  ...(
    [
      { name: "a bogus intent", fields: { intent: "delete" } },
      { name: "no intent", fields: {} },
      { name: "empty intent", fields: { intent: "" } },
      { name: "10,000-character intent", fields: { intent: LONG } },
      { name: "script tags", fields: { intent: SCRIPT } },
    ] as { name: string; fields: Fields }[]
  ).map((c) => ({
    ...c,
    name: `association: ${c.name}`,
    action: orgAssociation.action,
    ...ownAssociation,
    as: "association_staff" as const,
    status: 400,
  })),
  {
    name: "association: an id that is not an id",
    action: orgAssociation.action,
    path: "/org/associations/x",
    params: { associationId: "not-a-uuid" },
    as: "association_staff",
    fields: { intent: "confirm-review" },
    status: 404,
  },
  {
    name: "association: an unknown id",
    action: orgAssociation.action,
    path: `/org/associations/${NO_SUCH_ID}`,
    params: { associationId: NO_SUCH_ID },
    as: "admin",
    fields: { intent: "confirm-review" },
    status: 404,
  },
  {
    name: "edit user: an id that is not an id",
    action: userPage.action,
    path: "/admin/users/x",
    params: { userId: "not-a-uuid" },
    as: "admin",
    fields: { intent: "DEACTIVATE" },
    status: 404,
  },
  {
    name: "edit user: an unknown user",
    action: userPage.action,
    path: `/admin/users/${NO_SUCH_ID}`,
    params: { userId: NO_SUCH_ID },
    as: "admin",
    fields: { intent: "DEACTIVATE" },
    status: 404,
  },
];

describe("forms with fixed choices", () => {
  it.each(refusals)("$name: refused, nothing changed", async ({ action, path, as, params, fields, status }) => {
    const before = await fingerprint();
    const outcome = await run(action as never, post(path, fields, as && cookies[as]), params);
    expect(outcome.status).toBe(status);
    expect(outcome.headers?.get("Set-Cookie") ?? null).toBeNull();
    for (const key of pageKeys[status]) expectClearMessage({ key });
    expect(await fingerprint()).toEqual(before);
  });
});

describe("over-long hidden fields from a long page address", () => {
  it("sign-in with a 10,000-character return address still tells the user what is wrong", async () => {
    const before = await fingerprint();
    const outcome = await run(
      login.action,
      post("/login", { email: demoEmail("admin"), password: "wrong password", redirectTo: LONG }),
    );
    // The message must be one the sign-in page shows: on the form, not on the hidden return address.
    expect(outcome.status).toBe(401);
    expect(outcome.data.errors).toEqual({ form: { key: "login.failed" } });
    expectClearMessage(outcome.data.errors.form);
    // The one change allowed: the failed sign-in counts towards the limits, per account and address, and per address.
    const after = await fingerprint();
    expect({ ...after, rate_limit_hit: undefined }).toEqual({ ...before, rate_limit_hit: undefined });
    expect(after.rate_limit_hit.rows).toBe(before.rate_limit_hit.rows + 2);
  });

  it("sign-in with a 10,000-character return address signs in and goes home", async () => {
    const outcome = await run(
      login.action,
      post("/login", { email: demoEmail("liaison"), password: DEMO_PASSWORD, redirectTo: LONG }),
    );
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/home");
  });

  it("switching language on a page with a 10,000-character address switches and goes to the front page", async () => {
    const outcome = await run(language.action, post("/language", { locale: "en", redirectTo: `/${LONG}` }));
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/");
    expect(await localeCookie.parse(outcome.headers!.get("Set-Cookie"))).toBe("en");
  });
});

describe("messages in the user's language", () => {
  it.each(Object.keys(fi).filter((key) => key.startsWith("errors.")) as MessageKey[])(
    "%s exists in Finnish and English",
    (key) => {
      // Whatever numbers the message shows, it is given them: "{max}" or a plural's "{max, plural, …}".
      const names = [...`${fi[key]} ${en[key]}`.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]);
      expectClearMessage({
        key,
        params: names.length ? Object.fromEntries(names.map((name) => [name, 120])) : undefined,
      });
    },
  );

  it("a person who chose English gets the returned message in English, one who did not gets it in Finnish", async () => {
    const outcome = await run(forgotPassword.action, post("/forgot-password", { email: SCRIPT }));
    const { key } = outcome.data.errors.email;
    const english = (await localeCookie.serialize("en")).split(";")[0];
    const chosenEnglish = await run(rootLoader, get("/forgot-password", english));
    const defaultFinnish = await run(rootLoader, get("/forgot-password"));
    expect(translate(chosenEnglish.data.locale, key)).toBe("Please check the e-mail address.");
    expect(translate(defaultFinnish.data.locale, key)).toBe("Tarkista sähköpostiosoite.");
  });
});

// Controls: the same forms accept good input, so each refusal above is about the bad value and nothing else.
describe("the same forms with good input", () => {
  const ok = (outcome: Outcome, location?: string) => {
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(location ? 302 : 200);
    if (location) expect(outcome.location).toBe(location);
  };
  it("sign-in, forgot password, invitation, reset and language", async () => {
    ok(await run(login.action, post("/login", { email: demoEmail("admin"), password: DEMO_PASSWORD })), "/home");
    ok(await run(forgotPassword.action, post("/forgot-password", { email: demoEmail("liaison") })));
    ok(
      await run(
        acceptInvitation.action,
        post("/accept-invitation", { token: tokens.invitation, password: DEMO_PASSWORD, confirm: DEMO_PASSWORD }),
      ),
      "/home",
    );
    ok(
      await run(
        resetPassword.action,
        post("/reset-password", { token: tokens.reset, password: DEMO_PASSWORD, confirm: DEMO_PASSWORD }),
      ),
      "/home",
    );
    ok(
      await run(language.action, post("/language", { locale: "en", redirectTo: "/home" }, cookies.association_staff)),
      "/home",
    );
  });

  it("the admin forms and the association's review", async () => {
    const as = cookies.admin;
    ok(
      await run(
        counties.action,
        post("/admin/counties", { intent: "create-county", name: "Uusi hyvinvointialue" }, as),
      ),
    );
    ok(
      await run(
        counties.action,
        post("/admin/counties", { intent: "create-unit", countyId, name: "Uusi yksikkö", isKoto: "on" }, as),
      ),
    );
    expect(await db().unit.count({ where: { countyId, name: "Uusi yksikkö", isKoto: true } })).toBe(1);
    ok(
      await run(
        associations.action,
        post(
          "/admin/associations",
          { intent: "create", name: "Uusi yhdistys", countyId, kind: "project", volunteerRun: "on" },
          as,
        ),
      ),
    );
    ok(
      await run(
        users.action,
        post(
          "/admin/users",
          {
            email: "new.person@example.org",
            name: "Uusi Henkilö",
            role: "social_worker",
            locale: "en",
            unitIds: kotoUnitId,
          },
          as,
        ),
      ),
    );
    ok(
      await run(
        userPage.action,
        post(
          `/admin/users/${socialWorkerId}`,
          { intent: "save", name: "Sami S.", role: "social_worker", unitIds: kotoUnitId },
          as,
        ),
        { userId: socialWorkerId },
      ),
      `/admin/users/${socialWorkerId}?saved=1`,
    );
    ok(
      await run(
        orgAssociation.action,
        post(ownAssociation.path, { intent: "confirm-review" }, cookies.association_staff),
        ownAssociation.params,
      ),
      `${ownAssociation.path}?reviewed=1`,
    );
  });
});
