import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startServer } from "../src/server.js";
import { launchChromium } from "./chromium.js";

/** What a page test drives: Chromium, and the real server on its own lowdb directory. */
export interface AppInChromium {
  browser: Browser;
  server: Awaited<ReturnType<typeof startServer>>;
  /** a Kaarina demo user's token by role */
  tok: (role: string) => string;
}

/**
 * The set-up of the page tests: builds the wizard if it is stale, starts the real server (lowdb,
 * the demo data) serving it on a free port of 127.0.0.1 in a fresh directory named `prefix`…, and
 * Debian's Chromium; all of it ended after the file. `artifacts` (a directory for screenshots) is
 * made first. The fields are set once beforeAll has run.
 */
export function appInChromium(prefix: string, options: { artifacts?: string; timeout?: number } = {}) {
  const forms = fileURLToPath(new URL("../../eva-forms/", import.meta.url));
  const app = {
    tok: (role: string) =>
      app.server.demoTokens.find((t) => t.organization === "kaarina" && t.role === role)?.token ?? "",
  } as AppInChromium;
  let dir = "";
  beforeAll(async () => {
    execFileSync(process.execPath, [join(forms, "scripts/build-if-stale.mjs")], { stdio: "pipe" });
    if (options.artifacts) mkdirSync(options.artifacts, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), prefix));
    app.server = await startServer({
      EVA_DATA_DIR: dir,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      EVA_STATIC_DIR: join(forms, "dist-app"),
    });
    app.browser = await launchChromium();
  }, options.timeout ?? 120_000);
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return app;
}
