// Turns the expected failures of an action into a 4xx answer with a message key the page shows; anything else is
// unexpected and goes on to the error boundary (and the log).
import { data } from "@remix-run/node";
import { FieldProblem } from "~/models/user.server";
import { NotAllowed } from "./permissions.server";
import type { FieldErrors } from "./forms";
import { ConcurrentChange, TransitionRefused } from "./workflow.server";

/** A refused submission: the errors by field, and (where a page has several forms) which form they belong to. */
export function invalid(errors: FieldErrors, status = 400, target?: string) {
  return data({ errors, target }, { status });
}

export function problemResponse(error: unknown) {
  if (error instanceof NotAllowed) throw new Response("Forbidden", { status: 403 });
  if (error instanceof FieldProblem) return invalid({ [error.field]: { key: error.key } });
  if (error instanceof TransitionRefused) return invalid({ form: { key: "errors.transitionRefused" } }, 409);
  if (error instanceof ConcurrentChange) return invalid({ form: { key: "errors.concurrentChange" } }, 409);
  throw error;
}
