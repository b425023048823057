// The set-up file makes an unexpected console.error fail the test; expectConsoleError() marks one as expected.
import { describe, expect, it } from "vitest";
import { expectConsoleError } from "./console-error";

describe("console.error in a test", () => {
  it.fails("fails the test when nothing said it was expected", () => {
    console.error("an error the test did not expect");
  });

  it("passes when the test expects it, and answers what the wrapped call answers", async () => {
    const answer = await expectConsoleError(async () => {
      console.error("unexpected error", { url: "http://localhost/" });
      return 42;
    }, /^unexpected error/);
    expect(answer).toBe(42);
  });

  it.fails("fails the test when an expected error is not logged", async () => {
    await expectConsoleError(() => "nothing logged");
  });

  it.fails("fails the test when the error logged is not the one expected", async () => {
    await expectConsoleError(() => console.error("something else"), /^unexpected error/);
  });
});
