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
});
