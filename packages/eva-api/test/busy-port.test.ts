import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Issue 21 item 7: a second start on a port in use died with a stack trace (an unhandled
// 'error' event). Now one line in Finnish says what is wrong and what to do, the log says it in
// English, the exit code is 1, and the data directory is left as it was (no lock taken).
const serverJs = fileURLToPath(new URL("../dist/server.js", import.meta.url));
const startMjs = fileURLToPath(new URL("../../../scripts/start.mjs", import.meta.url));
let holder: Server;
let port = 0;
const dirs: string[] = [];

beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((ok) => holder.listen(0, "127.0.0.1", () => ok()));
  const address = holder.address();
  port = typeof address === "object" && address ? address.port : 0;
});
afterAll(async () => {
  await new Promise((ok) => holder.close(ok));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number | null; out: string; err: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "eva-busy-"));
  dirs.push(dir);
  const child = spawn(process.execPath, args, {
    env: { ...process.env, EVA_DATA_DIR: dir, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => {
    out += String(d);
  });
  child.stderr.on("data", (d) => {
    err += String(d);
  });
  return new Promise((ok) => child.once("close", (code) => ok({ code, out, err, dir })));
}

function expectOneClearLine(r: { code: number | null; out: string; err: string; dir: string }) {
  expect(r.code).toBe(1);
  const lines = r.err.trim().split("\n");
  expect(lines, r.err).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^Portti ${port} on jo käytössä \\(127\\.0\\.0\\.1\\)`));
  expect(lines[0]).toMatch(/PORT=/);
  expect(r.err).not.toMatch(/\n\s+at /);
  const logged = r.out
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { level: number; msg: string });
  expect(
    logged.some((l) => l.level === 50 && new RegExp(`^Port ${port} is already in use`).test(l.msg)),
  ).toBe(true);
  expect(existsSync(join(r.dir, ".lock"))).toBe(false);
}

describe("a port in use", () => {
  it("the server and `pnpm start` (scripts/start.mjs) each say so in one line and exit 1", async () => {
    // both at once: each is a process start of a few seconds on the shared machine
    const [server, start] = await Promise.all([run([serverJs]), run([startMjs])]);
    expectOneClearLine(server);
    expectOneClearLine(start);
  });
});
