import { describe, expect, it } from "vitest";
import { codeBytes, signInAndFirstStep } from "../../eva-forms/scripts/first-visit.js";
import { appInChromium } from "./app-in-chromium.js";

// Issue 19's download budget, held by a test: a first visit (empty cache) to the sign-in page and
// then the first wizard step of a case transfers at most 200 KB of scripts and styles, as sent
// with br/gzip (fonts apart). Bytes, not time: the same build sends the same bytes on any machine.
// `pnpm bench:load` prints the same visit file by file, with its timings.

const app = appInChromium("eva-first-visit-");
const BUDGET = 200 * 1024;

describe("a first visit", () => {
  it("downloads at most 200 KB of scripts and styles for sign-in and the first wizard step", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const { files } = await signInAndFirstStep(context, app.server.url, app.tok("preparer"));
      const list = files.map((f) => `${(f.bytes / 1024).toFixed(1)} KB ${f.type} ${f.path}`).join("\n");
      // every script came compressed, and the wizard's later steps, the submit rules, zod, the
      // language menu and the engine's worker did not come at all
      expect(files.some((f) => f.type === "script")).toBe(true);
      expect(codeBytes(files), list).toBeLessThanOrEqual(BUDGET);
      const paths = files.map((f) => f.path).join(" ");
      for (const later of [
        "WeightsStep",
        "CriteriaStep",
        "EconomyStep",
        "/rules-",
        "LanguageMenuLoaded",
        "worker",
      ])
        expect(paths, list).not.toContain(later);
    } finally {
      await context.close();
    }
  });

  it("asks which sign-in to show once, with the scripts (a preload), not after them", async () => {
    const context = await app.browser.newContext();
    try {
      const page = await context.newPage();
      const asked: string[] = [];
      page.on("request", (r) => {
        if (new URL(r.url()).pathname === "/app-config.json") asked.push(r.url());
      });
      const warnings: string[] = [];
      page.on("console", (m) => {
        if (/preload/i.test(m.text())) warnings.push(m.text());
      });
      await page.goto(app.server.url);
      await page.getByLabel("Kirjautumistunnus").waitFor();
      // started while the page's scripts were still on their way (before DOMContentLoaded)
      const [started, loaded] = await page.evaluate(() => [
        performance.getEntriesByName(`${location.origin}/app-config.json`)[0]?.startTime ?? -1,
        (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming)
          .domContentLoadedEventStart,
      ]);
      expect(started).toBeGreaterThanOrEqual(0);
      expect(started).toBeLessThan(loaded as number);
      // the preload's answer is the one the page used: no second request, no unused-preload warning
      expect(asked).toHaveLength(1);
      expect(warnings).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
