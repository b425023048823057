// Server rendering: renders the page with the CSP nonce on every script, and logs unexpected errors with context.
import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import "./i18n/messages.server";
import { NonceProvider } from "./utils/nonce";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        // No page defers data: everything is loaded before rendering starts, so the page is sent whole, in one
        // write, once rendered (streaming it in React's many small chunks cost more CPU in socket writes than the
        // rendering itself, and sent nothing earlier that a reader could use).
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          clearTimeout(timer);
          const chunks: Buffer[] = [];
          const sink = new Writable({
            // React ends its destination again when the destination closes; once the page is whole there is nothing
            // left to end, and ending a finished stream builds an error (with its stack) for nothing on every page.
            emitClose: false,
            write(chunk: Buffer, _encoding, done) {
              chunks.push(chunk);
              done();
            },
            final(done) {
              responseHeaders.set("Content-Type", "text/html; charset=utf-8");
              resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status: responseStatusCode }));
              done();
            },
          });
          pipe(sink);
        },
        onShellError: reject,
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(`render error [request ${requestIdOf(loadContext)}] ${request.url}:`, error);
        },
      },
    );
    const timer = setTimeout(abort, ABORT_DELAY);
  });
}

/** The id server.ts gave the request (X-Request-Id), shown on the error page so a user can quote it. */
function requestIdOf(context: AppLoadContext): string {
  return typeof context.requestId === "string" ? context.requestId : "-";
}

// Remix passes 4xx answers here too (a 404 for an unknown address, a thrown 403): they are expected, not logged.
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(`unexpected error [request ${requestIdOf(context)}] ${request.method} ${request.url}:`, error);
};
