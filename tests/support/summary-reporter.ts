// Prints the run's outcome as one plain line, "Tests: N passed, N failed[, N skipped]", for CI to read, after the
// figures tests reported (tests/support/figures.ts), one "Figures:" line each.
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const figures: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        figures.push(...(test.meta().figures ?? []));
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) failed++;
    }
    for (const line of figures) console.log(`Figures: ${line}`);
    console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  }
}
