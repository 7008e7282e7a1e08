// The built wizard served by eva-api on 127.0.0.1 (lowdb in a temp dir, the demo data) and
// Debian's Chromium, as `pnpm screenshots`, `pnpm bench:load` and `pnpm bench:forms` use them.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { startServer } from "../../eva-api/src/server.js";

export interface AppInChromium {
  server: Awaited<ReturnType<typeof startServer>>;
  browser: Browser;
  /** the demo token of Kaarina's preparer */
  token: string;
  /** closes the browser and the server, removes the data */
  close: () => Promise<void>;
}

/** Builds the app if its sources are newer, starts the server on a fresh data dir and Chromium. */
export async function startAppInChromium(name: string): Promise<AppInChromium> {
  const forms = fileURLToPath(new URL("../", import.meta.url));
  execFileSync(process.execPath, [join(forms, "scripts/build-if-stale.mjs")], { stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), `eva-${name}-`));
  const server = await startServer({
    EVA_DATA_DIR: dir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    EVA_STATIC_DIR: join(forms, "dist-app"),
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const token =
    server.demoTokens.find((t) => t.organization === "kaarina" && t.role === "preparer")?.token ?? "";
  return {
    server,
    browser,
    token,
    close: async () => {
      await browser.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
