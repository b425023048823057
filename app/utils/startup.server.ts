// Start-up failures the person starting Co-Act can fix: each says what failed and what to do, so server.ts can
// print two plain lines and exit non-zero instead of a stack trace (or an uncaught `undefined`).

export class StartupError extends Error {
  constructor(
    message: string,
    /** What to do about it, phrased for the person starting the app. */
    readonly advice: string,
  ) {
    super(message);
    this.name = "StartupError";
  }
}

/** The lines to print when start-up fails; unknown errors keep their stack because nobody anticipated them. */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof StartupError) return `Co-Act could not start: ${error.message}\n  What to do: ${error.advice}`;
  if (error instanceof Error) return `Co-Act could not start: ${error.stack ?? error.message}`;
  return `Co-Act could not start: ${error === undefined ? "an unknown error (no details were given)" : String(error)}`;
}

/** A URL safe to print: the password replaced, or only the scheme when it does not parse. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return `${url.split(":")[0]}://…`;
  }
}
