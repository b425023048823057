// The public directory: free-text search (case- and accent-insensitive, Finnish stemming, best matches first) and
// filters over association activities. Everything a search needs is in the URL, so a search can be shared.
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { db } from "~/utils/db.server";
import { TARGET_GROUPS } from "~/utils/choices";

export const PAGE_SIZE = 20;
/** A weekday (Monday–Friday) activity still going on after this wall-clock time (Europe/Helsinki) is an evening one:
 * the time people in work or in integration training can come. */
export const EVENING_FROM = "17:00";

const flag = z.preprocess((v) => v === "1" || v === "on" || v === "true", z.boolean());

/** Lenient by design: a bad or unknown filter value is ignored, never an error page. */
export const searchSchema = z.object({
  q: z
    .string()
    .catch("")
    .transform((v) => v.slice(0, 200).trim()),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional()
    .catch(undefined),
  group: z.enum(TARGET_GROUPS).optional().catch(undefined),
  municipality: z.string().max(80).optional().catch(undefined),
  mode: z.enum(["online", "onsite"]).optional().catch(undefined),
  evenings: flag.catch(false),
  weekends: flag.catch(false),
  pickup: flag.catch(false),
  interpreting: flag.catch(false),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type DirectorySearch = z.infer<typeof searchSchema>;

export function parseSearch(params: URLSearchParams): DirectorySearch {
  return searchSchema.parse(Object.fromEntries(params));
}

/** The query's words: only letters and digits get through, so no query can be malformed or match everything. */
export function queryWords(q: string): string[] {
  return (
    q
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 12);
}

export type DirectoryHit = {
  id: string;
  titleFi: string;
  titleEn: string;
  descriptionFi: string;
  descriptionEn: string;
  languages: string[];
  targetGroups: string[];
  online: boolean;
  place: string | null;
  weekday: number | null;
  startsAt: string | null;
  endsAt: string | null;
  associationId: string;
  associationName: string;
  municipalities: string[];
  offersPickup: boolean;
  offersInterpreting: boolean;
  lastReviewedAt: Date;
};

export async function searchDirectory(
  search: DirectorySearch,
): Promise<{ hits: DirectoryHit[]; total: number; pages: number }> {
  const words = queryWords(search.q);
  // Stemmed full-text terms (inflected forms), and the words as substrings (parts of compounds, e.g. "kahvila" in
  // "iltakahvila"); a match in either counts, and the title's matches rank first.
  const terms = words.map((w) => `${w}:*`).join(" & ");
  const patterns = words.map((w) => `%${w}%`);
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (words.length) conditions.push(Prisma.sql`(d.doc @@ q.query OR d.text LIKE ALL(q.patterns))`);
  if (search.language) conditions.push(Prisma.sql`${search.language} = ANY(a.languages)`);
  if (search.group) conditions.push(Prisma.sql`${search.group} = ANY(a.target_groups)`);
  if (search.municipality) conditions.push(Prisma.sql`${search.municipality} = ANY(s.municipalities)`);
  if (search.mode) conditions.push(Prisma.sql`a.online = ${search.mode === "online"}`);
  if (search.evenings) conditions.push(Prisma.sql`a.weekday BETWEEN 1 AND 5 AND a.ends_at > ${EVENING_FROM}`);
  if (search.weekends) conditions.push(Prisma.sql`a.weekday IN (6, 7)`);
  if (search.pickup) conditions.push(Prisma.sql`s.offers_pickup`);
  if (search.interpreting) conditions.push(Prisma.sql`s.offers_interpreting`);

  const rows = await db().$queryRaw<(DirectoryHit & { total: bigint })[]>`
    WITH q AS (
      SELECT CASE WHEN ${terms} = '' THEN NULL
        ELSE to_tsquery('finnish', coact_unaccent(${terms})) || to_tsquery('english', coact_unaccent(${terms})) END AS query,
        coact_unaccent(${patterns}::text)::text[] AS patterns
    )
    SELECT a.id, a.title_fi AS "titleFi", a.title_en AS "titleEn", a.description_fi AS "descriptionFi",
      a.description_en AS "descriptionEn", a.languages, a.target_groups AS "targetGroups", a.online, a.place,
      a.weekday, a.starts_at AS "startsAt", a.ends_at AS "endsAt", s.id AS "associationId",
      s.name AS "associationName", s.municipalities, s.offers_pickup AS "offersPickup",
      s.offers_interpreting AS "offersInterpreting", s.last_reviewed_at AS "lastReviewedAt",
      count(*) OVER () AS total
    FROM activity a
    JOIN association s ON s.id = a.association_id
    CROSS JOIN q
    CROSS JOIN LATERAL (
      SELECT
        setweight(to_tsvector('finnish', coact_unaccent(a.title_fi)), 'A') ||
        setweight(to_tsvector('english', coact_unaccent(a.title_en)), 'A') ||
        setweight(to_tsvector('finnish', coact_unaccent(s.name)), 'B') ||
        setweight(to_tsvector('finnish', coact_unaccent(a.description_fi || ' ' || s.summary_fi)), 'C') ||
        setweight(to_tsvector('english', coact_unaccent(a.description_en || ' ' || s.summary_en)), 'C') ||
        setweight(to_tsvector('simple', array_to_string(a.target_groups, ' ')), 'D') AS doc,
        coact_unaccent(lower(concat_ws(' ', a.title_fi, a.title_en, s.name, a.description_fi, a.description_en, s.summary_fi, s.summary_en))) AS text,
        coact_unaccent(lower(a.title_fi || ' ' || a.title_en)) AS title
    ) d
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY CASE WHEN q.query IS NULL THEN 0
      ELSE ts_rank_cd(d.doc, q.query) + CASE WHEN d.title LIKE ALL(q.patterns) THEN 1 ELSE 0 END END DESC, a.title_fi, a.id
    LIMIT ${PAGE_SIZE} OFFSET ${(search.page - 1) * PAGE_SIZE}`;
  const total = rows.length ? Number(rows[0].total) : 0;
  return { hits: rows.map(({ total: _, ...hit }) => hit), total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The choices the filters offer, from what the directory holds. */
export async function filterOptions() {
  const [languages, municipalities] = await Promise.all([
    db().$queryRaw<{ value: string }[]>`SELECT DISTINCT unnest(languages) AS value FROM activity ORDER BY 1`,
    db().$queryRaw<{ value: string }[]>`SELECT DISTINCT unnest(municipalities) AS value FROM association ORDER BY 1`,
  ]);
  return { languages: languages.map((r) => r.value), municipalities: municipalities.map((r) => r.value) };
}

/** An association's public profile with its activities. */
export function getPublicAssociation(id: string) {
  return db().association.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      volunteerRun: true,
      multicultural: true,
      summaryFi: true,
      summaryEn: true,
      descriptionFi: true,
      descriptionEn: true,
      municipalities: true,
      languages: true,
      website: true,
      contactEmail: true,
      contactPhone: true,
      offersPickup: true,
      offersInterpreting: true,
      lastReviewedAt: true,
      logo: { select: { updatedAt: true } },
      activities: {
        orderBy: { titleFi: "asc" },
        select: {
          id: true,
          titleFi: true,
          titleEn: true,
          languages: true,
          weekday: true,
          startsAt: true,
          endsAt: true,
          online: true,
          place: true,
        },
      },
    },
  });
}

export function getPublicActivity(id: string) {
  return db().activity.findUnique({
    where: { id },
    select: {
      id: true,
      titleFi: true,
      titleEn: true,
      descriptionFi: true,
      descriptionEn: true,
      languages: true,
      targetGroups: true,
      online: true,
      place: true,
      weekday: true,
      startsAt: true,
      endsAt: true,
      free: true,
      costNote: true,
      accessibility: true,
      howToJoin: true,
      referralWelcome: true,
      capacity: true,
      updatedAt: true,
      association: {
        select: {
          id: true,
          name: true,
          contactEmail: true,
          contactPhone: true,
          website: true,
          offersPickup: true,
          offersInterpreting: true,
          lastReviewedAt: true,
        },
      },
    },
  });
}

export function getLogo(associationId: string) {
  return db().associationLogo.findUnique({
    where: { associationId },
    select: { mimeType: true, data: true, updatedAt: true },
  });
}
