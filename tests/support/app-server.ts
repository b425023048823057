// Starts the real app (server.ts) as a child process, as `npm start` would, and waits until /healthz answers.
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./ports";

export type AppServer = { url: string; output: () => string; stop: () => Promise<void> };

export async function startApp(env: Record<string, string>, { production = true, timeoutMs = 120_000 } = {}): Promise<AppServer> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
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
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));

  const ready = new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (output.includes("Co-Act is running at")) resolve();
    };
    child.stdout!.on("data", onData);
    exited.then((code) => reject(new Error(`the app exited (code ${code}) before it was ready:\n${output}`)));
    setTimeout(() => reject(new Error(`the app was not ready in ${timeoutMs} ms:\n${output}`)), timeoutMs).unref();
  });
  await ready;
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
