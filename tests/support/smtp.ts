// A real SMTP server on loopback that keeps every message it receives, parsed back with mailparser.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Inbox = {
  port: number;
  messages: ParsedMail[];
  /** Resolves once `count` messages have arrived; the test's timeout bounds the wait. */
  waitFor: (count: number) => Promise<ParsedMail[]>;
  stop: () => Promise<void>;
};

export async function startSmtp(port = 0): Promise<Inbox> {
  const messages: ParsedMail[] = [];
  const waiters: { count: number; resolve: (m: ParsedMail[]) => void }[] = [];
  const notify = () => {
    for (const waiter of [...waiters]) {
      if (messages.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(messages);
      }
    }
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        messages.push(mail);
        callback();
        notify();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    port: actualPort,
    messages,
    waitFor: (count) =>
      new Promise((resolve) => {
        waiters.push({ count, resolve });
        notify();
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
