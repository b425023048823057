// Set-up file (vitest.config.ts): an unexpected console.error fails the test; see console-error.ts.
import { failOnConsoleError } from "./console-error";

failOnConsoleError();
