// Starts the real app (server.ts) as a child process, as `npm start` (or `npm run dev`) would, and waits until it
// says it is running; or runs it to a failed start and collects what it printed.
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./ports";

export type AppServer = {
  url: string;
  /** The server process itself, to signal it as a supervisor or a terminal would. */
  pid: number;
  output: () => string;
  /** Resolves with the exit code when the process has ended. */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
};

async function spawnApp(env: Record<string, string>, production: boolean, viaNpm = false) {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const [command, args] = viaNpm
    ? ["npm", ["run", production ? "start" : "dev"]]
    : [process.execPath, ["--import", "tsx", "server.ts"]];
  const child: ChildProcess = spawn(command, args, {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: production ? "production" : "development",
      SESSION_SECRET: "e2e-session-secret-0123456789",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: url,
      HMR_PORT: String(await freePort()),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  // "close", not "exit": by then all of its output has been read.
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return { url, child, output: () => output, exited };
}

/** Runs the app expecting it to fail to start: its exit code and everything it printed (stdout and stderr). */
export async function runFailingStart(env: Record<string, string>, { production = true, timeoutMs = 60_000 } = {}) {
  const { child, output, exited } = await spawnApp(env, production);
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const code = await exited;
  clearTimeout(timer);
  return { code, output: output() };
}

/** With viaNpm, `npm start` (or `npm run dev`) is run, and pid is npm's own process. */
export async function startApp(
  env: Record<string, string>,
  { production = true, timeoutMs = 120_000, viaNpm = false } = {},
): Promise<AppServer> {
  const { url, child, output: collected, exited } = await spawnApp(env, production, viaNpm);
  const ready = new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (collected().includes("Co-Act is running at")) resolve();
    };
    child.stdout!.on("data", onData);
    exited.then((code) => reject(new Error(`the app exited (code ${code}) before it was ready:\n${collected()}`)));
    setTimeout(() => reject(new Error(`the app was not ready in ${timeoutMs} ms:\n${collected()}`)), timeoutMs).unref();
  });
  await ready;
  return {
    url,
    pid: child.pid!,
    output: collected,
    exited,
    stop: async () => {
      // Killed by a signal, a process has no exit code but a signal code.
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
