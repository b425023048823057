// Chromium for the end-to-end tests: launching it, axe-core accessibility checks, and recording what went wrong in a page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type AxeResult = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

/**
 * Runs axe-core on the page as it is now and lists its serious and critical violations, one readable line each:
 * "rule-id (impact): help → selector, selector". An empty list means none.
 */
export async function axe(page: Page): Promise<string[]> {
  // page.evaluate runs through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeResult[] }> };
      }
    ).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Starts recording a page's problems: console errors, uncaught exceptions, requests that failed or answered 5xx, and
 * Content-Security-Policy violations. Call before the first navigation; read `problems` at the end of the test.
 */
export async function watchProblems(page: Page): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "failed";
    // A request the page itself cancelled (a navigation replacing another) is not a failure.
    if (reason !== "net::ERR_ABORTED")
      problems.push(`request failed: ${request.method()} ${request.url()} (${reason})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 500)
      problems.push(`server error: ${response.status()} ${response.request().method()} ${response.url()}`);
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} (${event.sourceFile || location.href}:${event.lineNumber})`,
      );
    });
  });
  return { problems };
}

/** Resolves once React has hydrated the server-rendered page (it marks the DOM nodes it has taken over). */
export async function waitForHydration(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const main = document.querySelector("main");
      return !!main && Object.keys(main).some((key) => key.startsWith("__reactFiber"));
    },
    undefined,
    { timeout },
  );
}
