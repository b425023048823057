// The app's real mail path in a test file: an SMTP server on loopback that SMTP_URL names (set before anything can
// send: the app reads it once) and a job worker delivering the outbox to it, both stopped after the file's tests.
import { afterAll } from "vitest";
import { startWorker } from "~/utils/worker.server";
import { freePort } from "./ports";
import { startSmtp, type Inbox } from "./smtp";

export async function deliverMailToLoopback(): Promise<Inbox> {
  const port = await freePort();
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  const inbox = await startSmtp(port);
  const worker = await startWorker(process.env.DATABASE_URL!, 2);
  afterAll(async () => {
    await worker.stop();
    await inbox.stop();
  });
  return inbox;
}
