// The public directory: free-text search (case- and accent-insensitive, Finnish, Swedish and English stemming, best
// matches first) and filters over association activities. Everything a search needs is in the URL, so a search can be
// shared.
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { cached } from "~/utils/cache.server";
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
  titleSv: string | null;
  descriptionFi: string;
  descriptionEn: string;
  descriptionSv: string | null;
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

/** The search as one SQL statement (the benchmark prints its plan): the page of hits, each row with the count of all. */
export function directorySearchSql(search: DirectorySearch): Prisma.Sql {
  const words = queryWords(search.q);
  // Stemmed full-text terms (inflected forms), and the words as substrings (parts of compounds, e.g. "kahvila" in
  // "iltakahvila"); a match in either counts, and the title's matches rank first. Both read the stored document and
  // its indexes (activity.search_doc, activity.search_text).
  const terms = words.map((w) => `${w}:*`).join(" & ");
  // The query in each language's stemming, built once per search (a scalar subquery): written inline it would be built
  // again for every row a plan filters rather than reads from the index.
  const query = Prisma.sql`(SELECT to_tsquery('finnish', coact_unaccent(${terms}))
    || to_tsquery('swedish', coact_unaccent(${terms})) || to_tsquery('english', coact_unaccent(${terms})))`;
  const substrings = words.map((w) => Prisma.sql`a.search_text LIKE coact_unaccent(${`%${w}%`})`);
  const titleHas = words.map((w) => Prisma.sql`a.search_title LIKE coact_unaccent(${`%${w}%`})`);
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (words.length) conditions.push(Prisma.sql`(a.search_doc @@ ${query} OR (${Prisma.join(substrings, " AND ")}))`);
  if (search.language) conditions.push(Prisma.sql`${search.language} = ANY(a.languages)`);
  if (search.group) conditions.push(Prisma.sql`${search.group} = ANY(a.target_groups)`);
  // The association's own filters: only with one of them does counting need the association at all.
  const ofAssociation: Prisma.Sql[] = [];
  if (search.municipality) ofAssociation.push(Prisma.sql`${search.municipality} = ANY(s.municipalities)`);
  if (search.mode) conditions.push(Prisma.sql`a.online = ${search.mode === "online"}`);
  if (search.evenings) conditions.push(Prisma.sql`a.weekday BETWEEN 1 AND 5 AND a.ends_at > ${EVENING_FROM}`);
  if (search.weekends) conditions.push(Prisma.sql`a.weekday IN (6, 7)`);
  if (search.pickup) ofAssociation.push(Prisma.sql`s.offers_pickup`);
  if (search.interpreting) ofAssociation.push(Prisma.sql`s.offers_interpreting`);

  const where = Prisma.join([...conditions, ...ofAssociation], " AND ");
  // Every activity has its association (a required key), so joining it only matters for the association's filters.
  const association = ofAssociation.length ? Prisma.sql`JOIN association s ON s.id = a.association_id` : Prisma.empty;
  const columns = Prisma.sql`a.id, a.title_fi AS "titleFi", a.title_en AS "titleEn", a.title_sv AS "titleSv",
      a.description_fi AS "descriptionFi", a.description_en AS "descriptionEn", a.description_sv AS "descriptionSv", a.languages, a.target_groups AS "targetGroups", a.online, a.place,
      a.weekday, a.starts_at AS "startsAt", a.ends_at AS "endsAt", s.id AS "associationId",
      s.name AS "associationName", s.municipalities, s.offers_pickup AS "offersPickup",
      s.offers_interpreting AS "offersInterpreting", s.last_reviewed_at AS "lastReviewedAt"`;
  const page = Prisma.sql`LIMIT ${PAGE_SIZE} OFFSET ${(search.page - 1) * PAGE_SIZE}`;

  if (!words.length) {
    // Without words the order is by title: the page is read along the title index, the count apart from it.
    return Prisma.sql`
      SELECT ${columns},
        (SELECT count(*) FROM activity a ${association} WHERE ${where}) AS total
      FROM activity a JOIN association s ON s.id = a.association_id
      WHERE ${where}
      ORDER BY a.title_fi, a.id ${page}`;
  }
  const rank = Prisma.sql`ts_rank_cd(a.search_doc, ${query}) + CASE WHEN ${Prisma.join(titleHas, " AND ")} THEN 1 ELSE 0 END`;
  // With words, the matches (from the indexes) are kept narrow (id, rank, title) for counting and ordering; only the
  // page's rows are read whole.
  return Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT a.id, a.title_fi, ${rank} AS rank
      FROM activity a ${association}
      WHERE ${where}
    )
    SELECT ${columns}, (SELECT count(*) FROM m) AS total
    FROM (SELECT * FROM m ORDER BY rank DESC, title_fi, id ${page}) p
    JOIN activity a ON a.id = p.id
    JOIN association s ON s.id = a.association_id
    ORDER BY p.rank DESC, p.title_fi, p.id`;
}

export async function searchDirectory(
  search: DirectorySearch,
): Promise<{ hits: DirectoryHit[]; total: number; pages: number }> {
  const rows = await db().$queryRaw<(DirectoryHit & { total: bigint })[]>(directorySearchSql(search));
  const total = rows.length ? Number(rows[0].total) : 0;
  return { hits: rows.map(({ total: _, ...hit }) => hit), total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** How long the filter choices may lag behind the directory: they change when an activity gets a new language. */
const FILTER_OPTIONS_TTL_MS = 60_000;

/** The choices the filters offer, from what the directory holds (read at most once a minute per process). */
export function filterOptions() {
  return cached("directory:filter-options", FILTER_OPTIONS_TTL_MS, async () => {
    const [languages, municipalities] = await Promise.all([
      db().$queryRaw<{ value: string }[]>`SELECT DISTINCT unnest(languages) AS value FROM activity ORDER BY 1`,
      db().$queryRaw<{ value: string }[]>`SELECT DISTINCT unnest(municipalities) AS value FROM association ORDER BY 1`,
    ]);
    return { languages: languages.map((r) => r.value), municipalities: municipalities.map((r) => r.value) };
  });
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
      summarySv: true,
      descriptionFi: true,
      descriptionEn: true,
      descriptionSv: true,
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
          titleSv: true,
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
      titleSv: true,
      descriptionFi: true,
      descriptionEn: true,
      descriptionSv: true,
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
