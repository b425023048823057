// The consent texts a client reads: versions by language, each reviewed (reviewer's name and date) before anyone may
// choose it. A new version of a language replaces the older as current; the older stays for the consents that used it.
// The base texts (plain Finnish, Swedish, English) come with the migration; an admin adds reviewed translations.
import { Prisma, type DataItem } from "@prisma/client";
import type { Locale } from "~/i18n/i18n";
import type { SessionUser } from "~/utils/auth.server";
import { DATA_ITEMS } from "~/utils/choices";
import { FIELD_LABELS, type ConsentTextContent, type FieldLabel } from "~/utils/consent-text";
import { db, type Tx } from "~/utils/db.server";
import { namedLanguage, type NamedLanguage } from "~/utils/languages";
import { FieldProblem } from "./user.server";

const CONTENT = {
  title: true,
  beforeList: true,
  afterList: true,
  itemNames: true,
  fieldLabels: true,
} satisfies Prisma.ConsentTextSelect;

/** The stored JSON read back with every item and label present (a missing one shows as empty, never as a crash). */
function content(row: Prisma.ConsentTextGetPayload<{ select: typeof CONTENT }>): ConsentTextContent {
  const record = (value: Prisma.JsonValue, keys: readonly string[]) => {
    const object: Record<string, unknown> = value && typeof value === "object" && !Array.isArray(value) ? value : {};
    return Object.fromEntries(keys.map((key) => [key, typeof object[key] === "string" ? object[key] : ""]));
  };
  return {
    title: row.title,
    beforeList: row.beforeList,
    afterList: row.afterList,
    itemNames: record(row.itemNames, DATA_ITEMS) as Record<DataItem, string>,
    fieldLabels: record(row.fieldLabels, FIELD_LABELS) as Record<FieldLabel, string>,
  };
}

const REVIEWED = { reviewerName: { not: null }, reviewedOn: { not: null } } satisfies Prisma.ConsentTextWhereInput;
const CHOOSABLE = { ...REVIEWED, isCurrent: true } satisfies Prisma.ConsentTextWhereInput;

/** The texts a social worker may show a client: the current reviewed version of each language, the interface's first. */
export async function choosableConsentTexts(locale: Locale) {
  const rows = await db().consentText.findMany({
    where: CHOOSABLE,
    select: { id: true, language: true, versionLabel: true },
    orderBy: { language: "asc" },
  });
  const order = (code: string) => (code === locale ? 0 : code === "fi" ? 1 : code === "sv" ? 2 : code === "en" ? 3 : 4);
  return rows
    .map((row) => ({ id: row.id, versionLabel: row.versionLabel, language: namedLanguage(row.language, locale) }))
    .sort((a, b) => order(a.language.code) - order(b.language.code) || a.language.name.localeCompare(b.language.name));
}

/** A reviewed version to read or print (an older one too: it is what some client was shown); null if there is none. */
export async function readConsentText(id: string, locale: Locale) {
  const row = await db().consentText.findFirst({
    where: { id, ...REVIEWED },
    select: { id: true, language: true, versionLabel: true, reviewedOn: true, isCurrent: true, ...CONTENT },
  });
  if (!row) return null;
  return {
    id: row.id,
    versionLabel: row.versionLabel,
    reviewedOn: row.reviewedOn!,
    isCurrent: row.isCurrent,
    language: namedLanguage(row.language, locale),
    content: content(row),
  };
}

/** The current version of a language, or of Finnish when that language has none. */
export async function currentConsentTextId(language: string): Promise<string | null> {
  const rows = await db().consentText.findMany({
    where: { ...CHOOSABLE, language: { in: [language, "fi"] } },
    select: { id: true, language: true },
  });
  return (rows.find((r) => r.language === language) ?? rows[0])?.id ?? null;
}

/**
 * The text a new consent records as shown: only the current reviewed version of its language may be chosen. Anything
 * else (an older, an unreviewed or an unknown version) is refused on the form's field.
 */
export async function chosenConsentText(tx: Tx, id: string) {
  const text = await tx.consentText.findFirst({
    where: { id, ...CHOOSABLE },
    select: { id: true, versionLabel: true, language: true },
  });
  if (!text) throw new FieldProblem("consentTextId", "consent.textUnavailable");
  return { id: text.id, version: text.versionLabel, language: text.language };
}

/** Every version of every language, newest first within a language, for the admin's page. */
export async function listConsentTexts(locale: Locale) {
  const rows = await db().consentText.findMany({
    orderBy: [{ language: "asc" }, { createdAt: "desc" }],
    select: {
      id: true,
      language: true,
      versionLabel: true,
      reviewerName: true,
      reviewedOn: true,
      isCurrent: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  const languages = new Map<string, { language: NamedLanguage; versions: typeof rows }>();
  for (const row of rows) {
    const entry = languages.get(row.language) ?? { language: namedLanguage(row.language, locale), versions: [] };
    entry.versions.push(row);
    languages.set(row.language, entry);
  }
  return [...languages.values()];
}

export type NewConsentText = ConsentTextContent & {
  language: string;
  versionLabel: string;
  reviewerName: string;
  reviewedOn: Date;
};

/** Adds a reviewed version of a language; it becomes the language's current version at once. */
export async function addConsentText(user: SessionUser, input: NewConsentText) {
  try {
    return await db().$transaction(async (tx) => {
      const taken = await tx.consentText.count({
        where: { language: input.language, versionLabel: input.versionLabel },
      });
      if (taken) throw new FieldProblem("versionLabel", "consentAdmin.versionTaken");
      await tx.consentText.updateMany({
        where: { language: input.language, isCurrent: true },
        data: { isCurrent: false },
      });
      const created = await tx.consentText.create({
        data: { ...input, isCurrent: true, createdById: user.id },
        select: { id: true },
      });
      return created.id;
    });
  } catch (error) {
    // Two admins adding a version of the same language at once: the second is told to look again.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new FieldProblem("versionLabel", "consentAdmin.versionTaken");
    throw error;
  }
}
