import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * vitest globalSetup: brings `dist` up to date (`tsc -b`, incremental: about a second when nothing
 * changed) before any test starts a server process, as those run the built server
 * (test/server-process.ts). Once per run, so no two test files build at
 * the same time.
 */
export default function setup() {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-b", fileURLToPath(new URL("..", import.meta.url))], {
    stdio: "inherit",
  });
}
