// HTTP-level protections applied to every response and request before Remix sees them.
import { randomFillSync } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { env } from "./env.server";

// Nonces are cut from a pool of random bytes filled 256 nonces at a time (as Node's randomUUID does), not drawn from
// the operating system one request at a time.
const NONCE_BYTES = 16;
const noncePool = Buffer.alloc(NONCE_BYTES * 256);
let nonceOffset = noncePool.length;

function nextNonce(): string {
  if (nonceOffset === noncePool.length) {
    randomFillSync(noncePool);
    nonceOffset = 0;
  }
  nonceOffset += NONCE_BYTES;
  return noncePool.toString("base64", nonceOffset - NONCE_BYTES, nonceOffset);
}

/** Security headers, with a per-response nonce for the scripts Remix inlines (strict CSP in production). */
export function securityHeaders(production: boolean) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const nonce = nextNonce();
    res.locals.cspNonce = nonce;
    const scriptSrc = production ? `'self' 'nonce-${nonce}'` : `'self' 'unsafe-inline'`;
    const connectSrc = production ? "'self'" : "'self' ws: wss:";
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src ${scriptSrc}`,
        `style-src 'self'${production ? "" : " 'unsafe-inline'"}`,
        "img-src 'self' data:",
        "font-src 'self'",
        `connect-src ${connectSrc}`,
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
      ].join("; "),
    );
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (production) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that comes from another site, or with a body that is not a form: the browser's Origin (or Sec-Fetch-Site) header
 * must name this site. SameSite=Lax cookies already stop most of these; this closes the rest.
 */
export function rejectCrossSiteWrites(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const origin = req.get("origin");
  const fetchSite = req.get("sec-fetch-site");
  let sameSite = fetchSite ? fetchSite === "same-origin" || fetchSite === "none" : true;
  if (origin && origin !== "null") {
    try {
      // Scheme and host both: http://co-act.example posting to https://co-act.example is another origin. Behind a TLS
      // proxy the request's own scheme is only known through TRUST_PROXY, so the public address (APP_URL) counts too.
      const from = new URL(origin).origin;
      sameSite = from === `${req.protocol}://${req.get("host")}` || from === new URL(env().APP_URL).origin;
    } catch {
      sameSite = false;
    }
  } else if (origin === "null") sameSite = false;
  if (!sameSite) {
    res.status(403).type("text/plain").send("Cross-site request refused");
    return;
  }
  // Our forms send url-encoded or multipart bodies; anything else is not for us.
  const type = (req.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (
    type &&
    type !== "application/x-www-form-urlencoded" &&
    type !== "multipart/form-data" &&
    !req.path.startsWith("/api/")
  ) {
    res.status(415).type("text/plain").send("Unsupported content type");
    return;
  }
  next();
}

/**
 * A path whose percent-encoding does not decode (a lone "%", half of a UTF-8 character) is read as the literal text it
 * is, each "%" escaped: it then names no page and meets the app's own not-found page, as any unknown path does, where
 * Express would answer its English "Bad Request" and log a stack trace for any visitor's typo. Remix reads the
 * original URL, so both are rewritten.
 */
export function literalUndecodablePaths(req: Request, _res: Response, next: NextFunction) {
  const query = req.url.indexOf("?");
  const path = query === -1 ? req.url : req.url.slice(0, query);
  if (path.includes("%")) {
    try {
      decodeURIComponent(path);
    } catch {
      req.url = req.originalUrl = path.replaceAll("%", "%25") + (query === -1 ? "" : req.url.slice(query));
    }
  }
  next();
}

/**
 * An answer sent before its request's body was read in full (a body refused for its size) closes the connection:
 * kept alive, the rest of that body would be read as the next request, or the client would wait for it to be read.
 */
export function closeUnreadConnections(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response["writeHead"]>) {
    if (!req.complete) res.setHeader("Connection", "close");
    return writeHead.apply(this, args);
  } as Response["writeHead"];
  next();
}

/**
 * In development Remix answers a resource route's error as JSON with its stack trace (a 405 for a POST to /healthz,
 * say). The stack stays in the server's log; the answer keeps only the message. Production never sends stacks.
 */
export function noStackTracesInAnswers(req: Request, res: Response, next: NextFunction) {
  const write = res.write.bind(res) as (chunk: unknown) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown) => Response;
  let held: Buffer[] | null | undefined;
  const holding = () =>
    (held ??=
      res.getHeader("x-remix-error") && String(res.getHeader("content-type") ?? "").startsWith("application/json")
        ? []
        : null);
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!holding()) return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    held!.push(Buffer.from(chunk as Uint8Array));
    return true;
  }) as Response["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!holding()) return (end as (...args: unknown[]) => Response)(chunk, ...rest);
    if (chunk && typeof chunk !== "function") held!.push(Buffer.from(chunk as Uint8Array));
    let body = Buffer.concat(held!).toString("utf8");
    try {
      const { stack: _stack, ...rest } = JSON.parse(body) as Record<string, unknown>;
      body = JSON.stringify(rest);
    } catch {
      // Not the error object expected: passed on as it was.
    }
    res.removeHeader("Content-Length");
    return end(body);
  }) as Response["end"];
  next();
}
