import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execSync } from "node:child_process";
import { startApp } from "/work/main/tests/support/app-server";
import { freePort } from "/work/main/tests/support/ports";
const dir = mkdtempSync(path.join(tmpdir(), "probe-"));
const port = await freePort();
const app = await startApp({ EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(port), SEED_DEMO: "true" });
console.log("started", dir, port);
console.log(execSync(`ps -eo pid,ppid,args | grep -E "tsx|server.ts|${dir}" | grep -v grep`).toString());
const t = Date.now();
await app.stop();
console.log("stopped in", Date.now() - t, "ms");
console.log(app.output().slice(0, 1500));
try { console.log(execSync(`ps -eo pid,ppid,args | grep -E "${dir}" | grep -v grep`).toString()); } catch { console.log("no postgres left"); }
