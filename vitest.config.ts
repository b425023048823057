import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["app/**/*.test.ts", "workflows/**/*.test.ts", "emails/**/*.test.ts", "tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: [
      "app/i18n/messages.server.ts",
      "tests/support/fail-on-console-error.ts",
      "tests/support/database-per-file.ts",
    ],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
  },
});
