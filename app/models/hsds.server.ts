// Open Referral HSDS 3.0 export of the public directory: associations as organizations, activities as services, and the
// wellbeing services counties as organizations whose contact is their contact point for organisations (/contact).
// Only what the public directory pages show goes out; see docs/hsds-mapping.md for the field-by-field mapping.
import { createHash } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import type { Prisma } from "@prisma/client";
import { format } from "date-fns";
import { z } from "zod";
import { translate, type MessageKey } from "~/i18n/i18n";
import { scheduleText, TIME_ZONE } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { languageName } from "~/utils/languages";

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;

// ---- HSDS 3.0 shapes (only the fields we fill) ----

export type HsdsPhone = { id: string; organization_id: string; number: string };
export type HsdsLanguage = { id: string; service_id: string; name: string; code: string };
export type HsdsTaxonomyTerm = { id: string; code: string; name: string; description: string; taxonomy: string };
export type HsdsAttribute = {
  id: string;
  link_id: string;
  link_entity: string;
  link_type: string;
  taxonomy_term_id: string;
  value: string;
  taxonomy_term: HsdsTaxonomyTerm;
};
export type HsdsSchedule = {
  id: string;
  service_id: string;
  freq: "WEEKLY";
  wkst: "MO";
  byday: string;
  opens_at?: string;
  closes_at?: string;
  description: string;
  attributes: HsdsAttribute[];
};
export type HsdsCostOption = {
  id: string;
  service_id: string;
  option: string;
  amount?: number;
  currency?: string;
  amount_description?: string;
};
export type HsdsServiceArea = { id: string; service_id: string; name: string };
export type HsdsAccessibility = { id: string; location_id: string; description: string };
export type HsdsLocation = {
  id: string;
  location_type: "physical" | "virtual";
  organization_id: string;
  name: string;
  url?: string;
  accessibility?: HsdsAccessibility[];
};
export type HsdsServiceAtLocation = { id: string; service_id: string; location_id: string; location: HsdsLocation };
export type HsdsOrganization = {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  logo?: string;
  uri: string;
  phones?: HsdsPhone[];
  services?: HsdsService[];
  contacts?: HsdsContact[];
};
export type HsdsContact = { id: string; organization_id: string; name: string; department?: string };
export type HsdsService = {
  id: string;
  organization_id: string;
  name: string;
  alternate_name?: string;
  description: string;
  url: string;
  email?: string;
  status: "active";
  eligibility_description: string;
  application_process?: string;
  assured_date: string;
  last_modified: string;
  schedules?: HsdsSchedule[];
  languages?: HsdsLanguage[];
  service_areas?: HsdsServiceArea[];
  service_at_locations?: HsdsServiceAtLocation[];
  cost_options?: HsdsCostOption[];
  organization?: HsdsOrganization;
};
/** The paging object of HSDS list responses (openapi.json, components.schemas.Page, plus contents). */
export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

// ---- What we read: public fields only, never members, users or referrals ----

const organizationSelect = {
  id: true,
  name: true,
  summaryFi: true,
  summaryEn: true,
  descriptionFi: true,
  descriptionEn: true,
  website: true,
  contactEmail: true,
  contactPhone: true,
  logo: { select: { updatedAt: true } },
} satisfies Prisma.AssociationSelect;

const serviceSelect = {
  id: true,
  associationId: true,
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
  updatedAt: true,
  association: { select: { contactEmail: true, municipalities: true, lastReviewedAt: true } },
} satisfies Prisma.ActivitySelect;

type OrganizationRow = Prisma.AssociationGetPayload<{ select: typeof organizationSelect }>;
type ServiceRow = Prisma.ActivityGetPayload<{ select: typeof serviceSelect }>;

// ---- Helpers ----

// HSDS wants a UUID on every nested object; ours have no rows of their own, so the id is a UUID v5 of what the object
// is about. The same record gives the same id in every response.
const ID_NAMESPACE = "6f1c5a8e-2d3b-4c7a-9e1f-0a5b8c3d2e4f";
export function stableId(name: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(ID_NAMESPACE.replace(/-/g, ""), "hex"))
    .update(name)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const baseUrl = () => env().APP_URL.replace(/\/+$/, "");
const organizationUrl = (id: string) => `${baseUrl()}/directory/associations/${id}`;
const serviceUrl = (id: string) => `${baseUrl()}/directory/activities/${id}`;
const fi = (key: MessageKey) => translate("fi", key);
const en = (key: MessageKey) => translate("en", key);

// HSDS 3.0 text fields have no language variants: Finnish comes first, English follows when it says something else.
function bilingual(textFi: string, textEn: string): string {
  const [a, b] = [textFi.trim(), textEn.trim()];
  if (!a || !b || a === b) return a || b;
  return `${a}\n\nIn English:\n${b}`;
}

function label(textFi: string, textEn: string): string {
  return textFi === textEn ? textFi : `${textFi} / ${textEn}`;
}

const paragraphs = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join("\n\n");

function httpUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A calendar date as people in Finland read it (HSDS dates carry no zone, so the day is Helsinki's). */
const helsinkiDate = (value: Date) => format(new TZDate(value, TIME_ZONE), "yyyy-MM-dd");

// ---- Mapping ----

export function toOrganization(row: OrganizationRow): HsdsOrganization {
  return {
    id: row.id,
    name: row.name,
    description: bilingual(paragraphs(row.summaryFi, row.descriptionFi), paragraphs(row.summaryEn, row.descriptionEn)),
    email: row.contactEmail ?? undefined,
    website: httpUrl(row.website),
    logo: row.logo ? `${organizationUrl(row.id)}/logo` : undefined,
    uri: organizationUrl(row.id),
  };
}

function toPhones(row: OrganizationRow): HsdsPhone[] {
  const number = row.contactPhone?.trim();
  return number ? [{ id: stableId(`phone:${row.id}`), organization_id: row.id, number }] : [];
}

const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

// HSDS 3.0 gives a schedule's time zone only as a numeric UTC offset (schedule.timezone), which is wrong for half of
// the year in Finland. We leave that field out and name the zone in an attribute (machine-readable) and in the
// description (for people); opens_at and closes_at are wall-clock times in that zone.
const TIME_ZONE_TERM: HsdsTaxonomyTerm = {
  id: stableId("taxonomy_term:tzid"),
  code: "TZID",
  name: "Time zone",
  description: "The IANA time zone in which the schedule's opens_at and closes_at are wall-clock times.",
  taxonomy: "https://www.iana.org/time-zones",
};

function toSchedules(row: ServiceRow): HsdsSchedule[] {
  if (!row.weekday || row.weekday < 1 || row.weekday > 7) return [];
  const id = stableId(`schedule:${row.id}`);
  return [
    {
      id,
      service_id: row.id,
      freq: "WEEKLY",
      wkst: "MO",
      byday: BYDAY[row.weekday - 1],
      opens_at: row.startsAt ?? undefined,
      closes_at: row.endsAt ?? undefined,
      description: `${label(scheduleText(row, "fi") ?? "", scheduleText(row, "en") ?? "")} (${TIME_ZONE})`,
      attributes: [
        {
          id: stableId(`schedule_timezone:${row.id}`),
          link_id: id,
          link_entity: "schedule",
          link_type: "timezone",
          taxonomy_term_id: TIME_ZONE_TERM.id,
          value: TIME_ZONE,
          taxonomy_term: TIME_ZONE_TERM,
        },
      ],
    },
  ];
}

function toCostOptions(row: ServiceRow): HsdsCostOption[] {
  const id = stableId(`cost_option:${row.id}`);
  if (row.free)
    return [
      { id, service_id: row.id, option: label(fi("activity.free"), en("activity.free")), amount: 0, currency: "EUR" },
    ];
  return [
    {
      id,
      service_id: row.id,
      option: label(fi("activity.fee"), en("activity.fee")),
      amount_description: row.costNote?.trim() || undefined,
    },
  ];
}

function toServiceAtLocations(row: ServiceRow): HsdsServiceAtLocation[] {
  const locationId = stableId(`location:${row.id}`);
  let location: HsdsLocation;
  if (row.online) {
    // We keep no meeting link; the public page says how to join.
    location = {
      id: locationId,
      location_type: "virtual",
      organization_id: row.associationId,
      name: label(fi("directory.online"), en("directory.online")),
      url: serviceUrl(row.id),
    };
  } else if (row.place?.trim()) {
    // The place is free text ("Kirkkopuistikko 12, Vaasa"), so it is the location's name, not an HSDS address
    // (which requires postal_code and state_province that we do not have).
    const accessibility = row.accessibility?.trim();
    location = {
      id: locationId,
      location_type: "physical",
      organization_id: row.associationId,
      name: row.place.trim(),
      accessibility: accessibility
        ? [{ id: stableId(`accessibility:${row.id}`), location_id: locationId, description: accessibility }]
        : undefined,
    };
  } else {
    return [];
  }
  return [{ id: stableId(`service_at_location:${row.id}`), service_id: row.id, location_id: locationId, location }];
}

function eligibility(groups: string[]): string {
  if (!groups.length) return label(fi("activity.everyone"), en("activity.everyone"));
  const names = (locale: "fi" | "en") => groups.map((g) => translate(locale, `group.${g}` as MessageKey)).join(", ");
  return label(names("fi"), names("en"));
}

/** The one-to-one fields of a service: what HSDS list responses carry. */
export function toServiceSummary(row: ServiceRow): HsdsService {
  return {
    id: row.id,
    organization_id: row.associationId,
    name: row.titleFi,
    alternate_name: row.titleEn.trim() && row.titleEn !== row.titleFi ? row.titleEn : undefined,
    description: bilingual(row.descriptionFi, row.descriptionEn),
    url: serviceUrl(row.id),
    email: row.association.contactEmail ?? undefined,
    status: "active",
    eligibility_description: eligibility(row.targetGroups),
    application_process: row.howToJoin?.trim() || undefined,
    assured_date: helsinkiDate(row.association.lastReviewedAt),
    last_modified: row.updatedAt.toISOString(),
  };
}

/** A fully nested service (without its organization, which the caller adds where wanted). */
export function toService(row: ServiceRow): HsdsService {
  return {
    ...toServiceSummary(row),
    schedules: toSchedules(row),
    languages: row.languages.map((code) => ({
      id: stableId(`language:${row.id}:${code}`),
      service_id: row.id,
      name: languageName(code, "en"),
      code,
    })),
    service_areas: row.association.municipalities.map((name) => ({
      id: stableId(`service_area:${row.id}:${name}`),
      service_id: row.id,
      name,
    })),
    service_at_locations: toServiceAtLocations(row),
    cost_options: toCostOptions(row),
  };
}

// ---- Paging ----

export type Paging = { page: number; perPage: number };

const positiveInt = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number)
  .pipe(z.number().int().min(1));

/** page and per_page from the query; anything unreadable falls back to the default, per_page above 200 is 200. */
export function parsePaging(params: URLSearchParams): Paging {
  const page = positiveInt.safeParse(params.get("page"));
  const perPage = positiveInt.safeParse(params.get("per_page"));
  return {
    page: page.success ? page.data : 1,
    perPage: perPage.success ? Math.min(perPage.data, MAX_PER_PAGE) : DEFAULT_PER_PAGE,
  };
}

async function pageOf<T>(
  { page, perPage }: Paging,
  total: number,
  fetch: (skip: number, take: number) => Promise<T[]>,
): Promise<HsdsPage<T>> {
  const skip = (page - 1) * perPage;
  // Past the end nothing is fetched, so a huge page number never reaches the database.
  const contents = skip < total ? await fetch(skip, perPage) : [];
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

// ---- Queries ----

export async function listOrganizations(paging: Paging): Promise<HsdsPage<HsdsOrganization>> {
  const total = await db().association.count();
  return pageOf(paging, total, async (skip, take) => {
    const rows = await db().association.findMany({
      select: organizationSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip,
      take,
    });
    return rows.map(toOrganization);
  });
}

export async function getOrganization(id: string): Promise<HsdsOrganization | null> {
  const row = await db().association.findUnique({ where: { id }, select: organizationSelect });
  if (!row) return null;
  const services = await db().activity.findMany({
    where: { associationId: id },
    select: serviceSelect,
    orderBy: [{ titleFi: "asc" }, { id: "asc" }],
  });
  return { ...toOrganization(row), phones: toPhones(row), services: services.map(toService) };
}

export async function listServices(paging: Paging): Promise<HsdsPage<HsdsService>> {
  const total = await db().activity.count();
  return pageOf(paging, total, async (skip, take) => {
    const rows = await db().activity.findMany({
      select: serviceSelect,
      orderBy: [{ titleFi: "asc" }, { id: "asc" }],
      skip,
      take,
    });
    return rows.map(toServiceSummary);
  });
}

export async function getService(id: string): Promise<HsdsService | null> {
  const row = await db().activity.findUnique({
    where: { id },
    select: {
      ...serviceSelect,
      association: { select: { ...serviceSelect.association.select, ...organizationSelect } },
    },
  });
  if (!row) return null;
  return { ...toService(row), organization: { ...toOrganization(row.association), phones: toPhones(row.association) } };
}

// ---- Counties and their contact point ----

/** A county as an organization: its one door for organisations is the contact point, which is its `website`. */
function toCountyOrganization(county: { id: string; name: string }): HsdsOrganization {
  return {
    id: county.id,
    name: county.name,
    description: label(fi("contact.hsds.countyDescription"), en("contact.hsds.countyDescription")),
    website: `${baseUrl()}/contact`,
    uri: `${baseUrl()}/contact`,
  };
}

export async function listCounties(paging: Paging): Promise<HsdsPage<HsdsOrganization>> {
  const total = await db().county.count();
  return pageOf(paging, total, async (skip, take) => {
    const rows = await db().county.findMany({
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip,
      take,
    });
    return rows.map(toCountyOrganization);
  });
}

/** One county with its contact point as its `contacts[0]`. */
export async function getCounty(id: string): Promise<HsdsOrganization | null> {
  const county = await db().county.findUnique({ where: { id }, select: { id: true, name: true } });
  if (!county) return null;
  return {
    ...toCountyOrganization(county),
    contacts: [
      {
        id: stableId(`contact-point:${county.id}`),
        organization_id: county.id,
        name: label(fi("contact.hsds.contactName"), en("contact.hsds.contactName")),
        department: label(fi("contact.hsds.department"), en("contact.hsds.department")),
      },
    ],
  };
}

// ---- HTTP ----

const isUuid = (value: string | undefined): value is string => z.string().uuid().safeParse(value).success;

/**
 * A public, read-only JSON answer that any site may fetch and cache for five minutes, with an ETag of its body: a
 * client or proxy that asks again with If-None-Match gets a 304 without the body while nothing changed.
 */
export function hsdsResponse(request: Request, data: unknown, status = 200): Response {
  const body = JSON.stringify(data);
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": "public, max-age=300",
    "Access-Control-Allow-Origin": "*",
  };
  const known = request.headers.get("If-None-Match")?.split(/\s*,\s*/) ?? [];
  if (status === 200 && (known.includes(etag) || known.includes(`W/${etag}`))) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status, headers: { ...headers, "Content-Type": "application/json" } });
}

/** One object by id, or a JSON 404 for an unknown or malformed id. */
export async function hsdsObject<T>(
  request: Request,
  id: string | undefined,
  find: (id: string) => Promise<T | null>,
): Promise<Response> {
  const found = isUuid(id) ? await find(id) : null;
  return found
    ? hsdsResponse(request, found)
    : hsdsResponse(request, { error: "not_found", message: "No such record." }, 404);
}
