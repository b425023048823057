// The server ranks each route table once (patches/@remix-run+router, docs/decisions/021), and only the server: the
// browser adds routes to its table as it discovers them (lazy route discovery), so its copy must rank afresh.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";

// The copy Node loads for Remix on the server (its CommonJS build), as @remix-run/server-runtime requires it.
const { matchRoutes, matchPath } = createRequire(import.meta.url)(
  "@remix-run/router",
) as typeof import("@remix-run/router");

const ROUTER = dirname(createRequire(import.meta.url).resolve("@remix-run/router/package.json"));

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

describe("the browser's router", () => {
  it("is the unpatched ES module, which ranks its table afresh on every match", () => {
    const manifest = JSON.parse(readFileSync(`${ROUTER}/package.json`, "utf8")) as { module: string; main: string };
    // Vite bundles the "module" file for the browser; Node requires "main", the only file patched.
    expect(manifest.main).toBe("./dist/router.cjs.js");
    expect(readFileSync(`${ROUTER}/${manifest.main}`, "utf8")).toContain("rankedBranches");
    expect(readFileSync(`${ROUTER}/${manifest.module}`, "utf8")).not.toContain("rankedBranches");
  });
});
