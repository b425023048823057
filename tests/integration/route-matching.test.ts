// The server ranks each route table once (patches/@remix-run+router, docs/decisions/021), and only the server: the
// browser adds routes to its table as it discovers them (lazy route discovery), so its copy must rank afresh.
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AgnosticRouteObject } from "@remix-run/router";
import type { ServerBuild } from "@remix-run/node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// The copy Node loads for Remix on the server (its CommonJS build), as @remix-run/server-runtime requires it.
const { matchRoutes, matchPath } = createRequire(import.meta.url)(
  "@remix-run/router",
) as typeof import("@remix-run/router");

const ROUTER = dirname(createRequire(import.meta.url).resolve("@remix-run/router/package.json"));
/** Vite bundles the "module" file for the browser; Node requires "main", the only file patched. */
const MANIFEST = JSON.parse(readFileSync(`${ROUTER}/package.json`, "utf8")) as { module: string; main: string };

describe("route matching on the server", () => {
  it("finds the right route, index and parameters, again and again from its ranked table", () => {
    const routes = [
      {
        id: "root",
        path: "/",
        children: [
          { id: "home", index: true },
          { id: "referrals", path: "referrals", children: [{ id: "referral", path: ":id" }] },
          { id: "referral-new", path: "referrals/new" },
        ],
      },
    ];
    for (let round = 0; round < 3; round++) {
      expect(matchRoutes(routes, "/")?.map((m) => m.route.id)).toEqual(["root", "home"]);
      expect(matchRoutes(routes, "/referrals/new")?.map((m) => m.route.id)).toEqual(["root", "referral-new"]);
      const referral = matchRoutes(routes, "/referrals/R-17/")!;
      expect(referral.map((m) => m.route.id)).toEqual(["root", "referrals", "referral"]);
      expect(referral.at(-1)?.params).toEqual({ id: "R-17" });
      expect(matchRoutes(routes, "/unknown")).toBeNull();
      expect(matchPath("/referrals/:id", "/REFERRALS/x")?.params).toEqual({ id: "x" });
    }
  });

  it("ranks a table once: a route added to the same table later is not seen (Node's copy is the patched one)", () => {
    const routes: { id: string; path: string }[] = [{ id: "a", path: "/a" }];
    expect(matchRoutes(routes, "/b")).toBeNull();
    routes.push({ id: "b", path: "/b" });
    expect(matchRoutes(routes, "/b")).toBeNull();
    expect(matchRoutes([...routes], "/b")?.map((m) => m.route.id)).toEqual(["b"]);
  });
});

// The app's own route table, nested as Remix nests it from the build's flat list.
async function appRoutes(): Promise<AgnosticRouteObject[]> {
  const BUILD = "build/server/index.js";
  expect(existsSync(BUILD), `${BUILD} is missing: run \`npx remix vite:build\` (npm test's pretest does)`).toBe(true);
  const build = (await import(/* @vite-ignore */ pathToFileURL(BUILD).href)) as ServerBuild;
  const children = (parentId: string | undefined): AgnosticRouteObject[] =>
    Object.values(build.routes)
      .filter((route) => route.parentId === parentId)
      .map((route) =>
        route.index
          ? { id: route.id, index: true, path: route.path, caseSensitive: route.caseSensitive }
          : { id: route.id, path: route.path, caseSensitive: route.caseSensitive, children: children(route.id) },
      );
  return children(undefined);
}

describe("the server's first-segment index (docs/decisions/025)", () => {
  it("matches every pathname exactly as the browser's unpatched router does, over the app's own routes", async () => {
    // Beside them, the kinds of route the app does not have yet: a first segment that is a parameter, optional or a
    // splat, a case-sensitive one, a letter that case folding matches to another lower-case letter (ς and σ), a `?` inside a
    // segment or after a slash (which the router leaves unescaped: `a?b` matches `/b`, `c/?d` matches `/cd`), and a
    // catch-all.
    const routes = [
      ...(await appRoutes()),
      { id: "lang", path: ":lang/referrals/new" },
      { id: "optional", path: "meetings?/calendar" },
      { id: "sensitive", path: "Directory/x", caseSensitive: true },
      { id: "splat", path: "directory/*" },
      { id: "greek", path: "σ" },
      { id: "question", path: "a?b" },
      { id: "optional-slash", path: "c/?d" },
      { id: "everything", path: "*" },
    ];
    const browser = (await import(
      /* @vite-ignore */ pathToFileURL(join(ROUTER, MANIFEST.module)).href
    )) as typeof import("@remix-run/router");
    // Pathnames made from the table's own patterns (so that most of them match something): parameters and splats
    // filled with words or with the table's own segments, optional segments kept or left out, in any case, with
    // slashes doubled inside and at the end and encoded characters; and pathnames made of any of those segments.
    const patterns: string[] = [];
    const collect = (list: AgnosticRouteObject[], parent: string) => {
      for (const route of list) {
        const path = [parent, route.path ?? ""].filter(Boolean).join("/");
        patterns.push(path);
        collect(route.children ?? [], path);
      }
    };
    collect(routes, "");
    const fixed = [...new Set(patterns.flatMap((path) => path.split("/")))].filter((s) => /^[\w.-]+$/.test(s));
    expect(fixed.length).toBeGreaterThan(20);
    const word = fc.oneof(
      fc.constantFrom(...fixed),
      fc.constantFrom(
        "R-17",
        "00000000-0000-4000-8000-000000000000",
        "%C3%A4iti",
        "a%2Fb",
        "x.ics",
        "calendar",
        "ς",
        "%CF%82",
        "b",
        "cd",
      ),
    );
    const fill = (pattern: string) =>
      fc.tuple(
        ...pattern.split("/").map((part) => {
          if (part.startsWith(":")) return word;
          if (part === "*") return fc.array(word, { maxLength: 2 }).map((words) => words.join("/"));
          if (part.endsWith("?")) return fc.constantFrom(part.slice(0, -1), "");
          return fc.constant(part);
        }),
      );
    const cased = (path: string) => fc.constantFrom(path, path.toUpperCase(), path.toLowerCase());
    const pathname = fc
      .tuple(
        fc
          .oneof(fc.constantFrom(...patterns).chain(fill), fc.array(word, { maxLength: 5 }))
          .chain((parts) => fc.constantFrom("/", "//").map((slash) => parts.filter(Boolean).join(slash)))
          .chain(cased),
        fc.constantFrom("", "/", "//"),
      )
      .map(([path, end]) => `/${path}${path ? end : ""}`);
    const ids = (
      matches: { route: { id?: string }; params: object; pathname: string; pathnameBase: string }[] | null,
    ) => matches?.map((m) => [m.route.id, m.params, m.pathname, m.pathnameBase]) ?? null;
    let matched = 0;
    fc.assert(
      // Under a basename too (the app has none), with the pathname under it or not.
      fc.property(pathname, fc.constantFrom("/", "/APP", "/app"), fc.boolean(), (path, basename, under) => {
        const full = under && basename !== "/" ? `/app${path}` : path;
        const server = ids(matchRoutes(routes, full, basename));
        if (server && server.at(-1)?.[0] !== "everything") matched++;
        expect(server, `${full} under ${basename}`).toEqual(ids(browser.matchRoutes(routes, full, basename)));
      }),
      { numRuns: 3000 },
    );
    expect(matched, "pathnames that found a route other than the catch-all").toBeGreaterThan(300);
  });
});

describe("the browser's router", () => {
  it("is the unpatched ES module, which ranks its table afresh on every match", () => {
    expect(MANIFEST.main).toBe("./dist/router.cjs.js");
    const server = readFileSync(`${ROUTER}/${MANIFEST.main}`, "utf8");
    const browser = readFileSync(`${ROUTER}/${MANIFEST.module}`, "utf8");
    // Both patches (docs/decisions/021 and 025) in Node's copy and neither in the browser's, the differential test's
    // reference: compared with a patched copy, it could not fail.
    for (const patched of ["rankedBranches", "indexBranchesByFirstSegment"]) {
      expect(server).toContain(patched);
      expect(browser).not.toContain(patched);
    }
  });
});
