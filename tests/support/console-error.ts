// Any console.error during a test fails that test, as in the Epic Stack: the app logs an error only when something went
// wrong, so an error logged where the test did not expect one is a bug until the test says it expects it:
//
//   const outcome = await expectConsoleError(() => run(action, request), /unexpected error/);
//
// What is logged is still printed, so the failure shows it. Errors logged outside any test (at the top of a file, in
// beforeAll, or late from a test that has ended) fail the file at its end.
import { format } from "node:util";
import { afterAll, afterEach, beforeEach, expect } from "vitest";

type State = { logged: string[]; outside: string[] };
// Kept on globalThis so the set-up file and a test importing the helper share it, however modules are loaded.
const KEY = Symbol.for("co-act.console-error");
const global = globalThis as typeof globalThis & { [KEY]?: State };

function state(): State {
  if (!global[KEY]) {
    const created: State = { logged: [], outside: [] };
    global[KEY] = created;
    const original = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      original(...args);
      created.logged.push(format(...args));
    };
  }
  return global[KEY];
}

/**
 * Runs `fn`, which is expected to log at least one console.error (each matching `pattern`, when given); those errors
 * do not fail the test. Answers what `fn` answers.
 */
export async function expectConsoleError<T>(fn: () => T | Promise<T>, pattern?: RegExp): Promise<T> {
  const { logged } = state();
  const start = logged.length;
  const result = await fn();
  const caught = logged.splice(start);
  expect(caught.length, "expected a console.error, but none was logged").toBeGreaterThan(0);
  if (pattern) for (const message of caught) expect(message).toMatch(pattern);
  return result;
}

function describeErrors(errors: string[]) {
  return errors.map((message) => `  - ${message.split("\n").slice(0, 6).join("\n    ")}`).join("\n");
}

// Only for the set-up file (vitest.config.ts → setupFiles): installs the checks around every test.
export function failOnConsoleError() {
  const current = state();
  beforeEach(() => {
    current.outside.push(...current.logged.splice(0));
  });
  afterEach(() => {
    const errors = current.logged.splice(0);
    if (errors.length) {
      throw new Error(
        `console.error was called during the test (wrap the call in expectConsoleError() if it is expected):\n${describeErrors(errors)}`,
      );
    }
  });
  afterAll(() => {
    const errors = [...current.outside.splice(0), ...current.logged.splice(0)];
    if (errors.length)
      throw new Error(`console.error was called outside any test in this file:\n${describeErrors(errors)}`);
  });
}
