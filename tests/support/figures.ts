// Figures a test measured (cells checked, cases run, mails delivered), printed by the summary reporter after the run's
// outcome line, so that `npm run test:reliability` and CI show them together.
import type { TaskMeta } from "vitest";

declare module "vitest" {
  interface TaskMeta {
    figures?: string[];
  }
}

export function reportFigures(task: { meta: TaskMeta }, line: string) {
  (task.meta.figures ??= []).push(line);
}
