// Builds the wizard (vite build → dist-app) when it is missing or older than its sources.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILT_MARK } from "./precompress.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
// the mark is written after the last file and its compressed copies: a build that failed
// half-way (index.html written, the compression not) has none and is built again
const built = join(root, "dist-app", BUILT_MARK);
const sources = Math.max(
  newest(join(root, "src")),
  newest(join(root, "../eva-core/src")),
  ...["index.html", "vite.config.ts", "package.json", "scripts/precompress.mjs"].map(
    (f) => statSync(join(root, f)).mtimeMs,
  ),
);
const stale = () => !existsSync(built) || statSync(built).mtimeMs < sources;

if (stale()) {
  // test files start in parallel and each asks for the app: one builds, the others wait for it
  // (a directory is created atomically), then see it fresh; a lock left by a killed build is
  // taken over after 10 minutes
  const lock = join(root, ".build-lock");
  const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 600_000)
        rmSync(lock, { recursive: true, force: true });
      else sleep(200);
    }
  }
  try {
    if (stale()) {
      console.log("Building the EVA wizard…");
      execFileSync(
        process.execPath,
        [join(root, "../../node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"],
        // always the production build: called from vitest, NODE_ENV is "test", and Vite would
        // bundle React's development build (three times the bytes, and slower)
        { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } },
      );
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
