// A real SMTP server on loopback that keeps every message it receives, parsed back with mailparser. A test may look
// at each message before the server answers, and have the server refuse it, or drop the connection instead of accepting
// it, or cut the connection while the message is still arriving.
import type { Socket } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Inbox = {
  port: number;
  messages: ParsedMail[];
  /** Resolves once `count` messages have arrived; the test's timeout bounds the wait. */
  waitFor: (count: number) => Promise<ParsedMail[]>;
  stop: () => Promise<void>;
};

/** Accept the message, drop the connection without an answer, or refuse it with an SMTP reply code (4xx or 5xx). */
export type Answer = "accept" | "drop" | { refuse: number };

export type SmtpOptions = {
  /** Runs once the whole message has arrived and before the server answers; the client is waiting meanwhile. */
  beforeAnswer?: (mail: ParsedMail) => Promise<Answer> | Answer;
  /** Asked as a message starts to arrive: true cuts the connection at its first chunk, before the message is whole. */
  cutMidMessage?: () => boolean;
};

export async function startSmtp(port = 0, options: SmtpOptions = {}): Promise<Inbox> {
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
    onData(stream, session, callback) {
      if (options.cutMidMessage?.()) {
        stream.once("data", () => {
          sockets.get(session.remotePort)?.destroy();
          callback(new Error("cut"));
        });
        return;
      }
      simpleParser(stream)
        .then(async (mail) => ({ mail, answer: (await options.beforeAnswer?.(mail)) ?? "accept" }))
        .then(({ mail, answer }) => {
          if (answer === "drop") {
            // Like a server or network failing before the message is accepted: no answer, the connection is gone.
            sockets.get(session.remotePort)?.destroy();
            return callback(new Error("dropped"));
          }
          if (answer !== "accept")
            return callback(Object.assign(new Error("refused"), { responseCode: answer.refuse }));
          messages.push(mail);
          callback();
          notify();
        }, callback);
    },
  });
  // The client sockets by their port, to drop one (the session names the client's port, not its socket).
  const sockets = new Map<number, Socket>();
  server.server.on("connection", (socket: Socket) => {
    const clientPort = socket.remotePort!;
    sockets.set(clientPort, socket);
    socket.on("close", () => sockets.delete(clientPort));
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
