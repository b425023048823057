// Prisma's query plans kept per query shape (docs/decisions/023).
//
// Prisma 6.19's client engine compiles every query into a plan in WebAssembly, synchronously on the event loop:
// 0.4–1.2 ms of CPU per query, more than a whole bare page costs, although a page asks the same few queries every time
// with other values. Here each read query's values are swapped for unique stand-ins; the plan compiled for that shape
// is kept, and a later query of the same shape gets a copy with its own values put where the stand-ins were. A shape is
// kept only when every stand-in came back in the plan as a whole value, unchanged (a value the compiler rewrote, such as
// `contains`' %…%, or used to choose the plan, makes the shape uncacheable: such queries are compiled every time, as
// before). Only values under `where` and `cursor` (and a raw query's parameters) are swapped; enum values, numbers,
// booleans, nulls and everything else stay part of the shape. Writes and batches are compiled every time.
import { createRequire } from "node:module";
import { $Enums } from "@prisma/client";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Plan = unknown;
type Compiler = { compile(query: string): Plan };

const CACHED_ACTIONS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "aggregate",
  "groupBy",
  "queryRaw",
]);
/** Strings that choose a query's meaning rather than being compared with data: they stay in the shape. */
const KEYWORDS = new Set<string>([
  "asc",
  "desc",
  "insensitive",
  "default",
  "first",
  "last",
  ...Object.values($Enums).flatMap((values) => Object.values(values) as string[]),
]);
/** Shapes kept at most; the oldest is forgotten first. A page's queries have a few dozen shapes. */
const MAX_SHAPES = 2000;

// Stand-ins: a string value becomes "\uE000<n>\uE001" (private-use characters), a date one millisecond step from
// 1000-01-01 (a valid date, which the compiler requires). A kept value that looks like either makes the query uncacheable.
const STRING_MARK = "\uE000";
const STRING_END = "\uE001";
const DATE_BASE = Date.UTC(1000, 0, 1);
const DATE_MARK = "1000-01-01";

const stringStandIn = (index: number) => `${STRING_MARK}${index}${STRING_END}`;
const dateStandIn = (index: number) => new Date(DATE_BASE + index).toISOString();
function standInIndex(value: string): number | undefined {
  if (value.startsWith(STRING_MARK) && value.endsWith(STRING_END)) return Number(value.slice(1, -1));
  if (value.startsWith(`${DATE_MARK}T`) && value.length === 24) return Date.parse(value) - DATE_BASE;
  return undefined;
}
const looksLikeStandIn = (value: string) => value.includes(STRING_MARK) || value.includes(DATE_MARK);

type Shape = { key: string; values: string[] };

/** The query with its comparable values swapped for stand-ins, or undefined when it is not one to cache. */
export function shapeOf(query: string): Shape | undefined {
  const parsed = JSON.parse(query) as { action?: string; query?: { arguments?: Record<string, Json> } };
  if (!parsed.action || !CACHED_ACTIONS.has(parsed.action)) return undefined;
  const values: string[] = [];
  let clean = true;
  const keep = (value: string) => {
    if (looksLikeStandIn(value)) clean = false;
    return value;
  };
  const swapString = (value: string) => {
    if (KEYWORDS.has(value)) return value;
    values.push(value);
    return stringStandIn(values.length - 1);
  };
  const swapDate = (value: string) => {
    values.push(value);
    return dateStandIn(values.length - 1);
  };
  // Values under `where`/`cursor`: strings and dates swapped; typed values other than dates (field references,
  // decimals, big integers, JSON) kept.
  const swap = (node: Json): Json => {
    if (typeof node === "string") return swapString(node);
    if (Array.isArray(node)) return node.map(swap);
    if (node && typeof node === "object") {
      if ("$type" in node) {
        if (node.$type === "DateTime" && typeof node.value === "string")
          return { $type: "DateTime", value: swapDate(node.value) };
        return walk(node);
      }
      const out: Record<string, Json> = {};
      for (const [key, value] of Object.entries(node)) out[key] = swap(value);
      return out;
    }
    return node;
  };
  // Anywhere else: kept, except the `where` and `cursor` of any `arguments` (nested selections have their own).
  const walk = (node: Json, inArguments = false): Json => {
    if (typeof node === "string") return keep(node);
    if (Array.isArray(node)) return node.map((item) => walk(item));
    if (node && typeof node === "object") {
      const out: Record<string, Json> = {};
      for (const [key, value] of Object.entries(node)) {
        out[key] =
          inArguments && (key === "where" || key === "cursor") ? swap(value) : walk(value, key === "arguments");
      }
      return out;
    }
    return node;
  };
  let shaped: Json;
  if (parsed.action === "queryRaw") {
    const args = parsed.query?.arguments;
    if (typeof args?.query !== "string" || typeof args.parameters !== "string") return undefined;
    const parameters = (JSON.parse(args.parameters) as Json[]).map((parameter) => {
      if (typeof parameter === "string") return swapString(parameter);
      if (Array.isArray(parameter))
        return parameter.map((item) => (typeof item === "string" ? swapString(item) : walk(item)));
      if (parameter && typeof parameter === "object" && parameter.prisma__type === "date") {
        if (typeof parameter.prisma__value === "string")
          return { prisma__type: "date", prisma__value: swapDate(parameter.prisma__value) };
      }
      return walk(parameter);
    });
    shaped = {
      ...parsed,
      query: { ...parsed.query, arguments: { ...args, parameters: JSON.stringify(parameters) } },
    } as Json;
  } else {
    shaped = walk(parsed as Json);
  }
  return clean ? { key: JSON.stringify(shaped), values } : undefined;
}

/** Whether a plan compiled from stand-ins carries each of them as a whole value and nowhere else. */
export function isTemplate(plan: Plan, count: number): boolean {
  const seen = new Array<boolean>(count).fill(false);
  let whole = true;
  const visit = (node: unknown) => {
    if (typeof node === "string") {
      const index = standInIndex(node);
      if (index !== undefined && index >= 0 && index < count) seen[index] = true;
      else if (looksLikeStandIn(node)) whole = false;
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") Object.values(node).forEach(visit);
  };
  visit(plan);
  return whole && seen.every(Boolean);
}

/** A copy of a template with the query's own values where its stand-ins are. */
export function fill(plan: Plan, values: string[]): Plan {
  if (typeof plan === "string") {
    const index = standInIndex(plan);
    return index === undefined ? plan : values[index];
  }
  if (Array.isArray(plan)) return plan.map((item) => fill(item, values));
  if (plan && typeof plan === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(plan)) out[key] = fill(value, values);
    return out;
  }
  return plan;
}

/** How the cache has done since the process started (or since `resetQueryPlans`). */
export const queryPlanStats = { reused: 0, compiled: 0, uncacheable: 0 };
const templates = new Map<string, Plan | null>();
let checking = false;

/** Tests: compile every query also the ordinary way and throw if the reused plan differs (docs/decisions/023). */
export function checkQueryPlans(on: boolean) {
  checking = on;
}

export function resetQueryPlans() {
  templates.clear();
  Object.assign(queryPlanStats, { reused: 0, compiled: 0, uncacheable: 0 });
}

function remember(key: string, template: Plan | null) {
  if (templates.size >= MAX_SHAPES) templates.delete(templates.keys().next().value!);
  templates.set(key, template);
}

/** Plans for `compile(query)` through the cache: the same plan the compiler would give, compiled once per shape. */
export function cachedCompile(compiler: Compiler, compile: (query: string) => Plan, query: string): Plan {
  const shape = shapeOf(query);
  if (!shape) return compile.call(compiler, query);
  let template = templates.get(shape.key);
  if (template === undefined) {
    try {
      const compiled = compile.call(compiler, shape.key);
      template = isTemplate(compiled, shape.values.length) ? compiled : null;
    } catch {
      template = null; // e.g. a stand-in the compiler refused; the query itself is compiled below and may throw.
    }
    remember(shape.key, template);
    if (template) queryPlanStats.compiled++;
  } else if (template) {
    // Most recently used last, so that the oldest is forgotten first.
    templates.delete(shape.key);
    templates.set(shape.key, template);
    queryPlanStats.reused++;
  }
  if (!template) {
    queryPlanStats.uncacheable++;
    return compile.call(compiler, query);
  }
  const plan = fill(template, shape.values);
  if (checking) {
    const expected = JSON.stringify(compile.call(compiler, query));
    if (JSON.stringify(plan) !== expected)
      throw new Error(`A reused query plan differs from the compiled one: ${query}`);
  }
  return plan;
}

let installed = false;

/** Routes every Prisma query compilation of this process through the cache. */
export function installQueryPlanCache() {
  if (installed) return;
  installed = true;
  // The generated client's compiler module, resolved as @prisma/client resolves the generated client.
  const prismaClient = createRequire(createRequire(import.meta.url).resolve("@prisma/client"));
  const { QueryCompiler } = prismaClient(".prisma/client/query_compiler_bg.js") as {
    QueryCompiler: { prototype: Compiler };
  };
  const compile = QueryCompiler.prototype.compile;
  QueryCompiler.prototype.compile = function (this: Compiler, query: string) {
    return cachedCompile(this, compile, query);
  };
}
