import axe from "axe-core";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "./harness.js";

// axe on the pages the API serves, in jsdom (colour contrast needs a real browser: it is checked
// in browser.test.ts). WCAG 2.1 A and AA rules.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

async function violations(html: string) {
  const dom = new JSDOM(html, { pretendToBeVisual: true });
  const run = axe as unknown as {
    run: (ctx: Element, opts: object) => Promise<{ violations: Array<{ id: string; help: string }> }>;
  };
  // axe reads the window it runs in: give it jsdom's
  const g = globalThis as Record<string, unknown>;
  const saved = { window: g.window, document: g.document };
  g.window = dom.window;
  g.document = dom.window.document;
  try {
    const res = await run.run(dom.window.document.documentElement, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      rules: { "color-contrast": { enabled: false } },
    });
    return res.violations.map((v) => `${v.id}: ${v.help}`);
  } finally {
    g.window = saved.window;
    g.document = saved.document;
  }
}

describe("accessibility of the served pages (axe, jsdom)", () => {
  it.each(["fi", "sv", "en"] as const)(
    "the board summary in %s has no WCAG 2.1 A/AA violations",
    async (lang) => {
      const html = await (
        await t.call("GET", `/v1/assessments/demo-littoinen/summary?format=html&lang=${lang}`)
      ).text();
      expect(await violations(html)).toEqual([]);
    },
  );

  it("the check itself catches a violation (an image without alt text, no page language)", async () => {
    expect(
      (
        await violations(
          "<!doctype html><html><head><title>x</title></head><body><img src=x.png></body></html>",
        )
      ).join(" "),
    ).toMatch(/image-alt/);
  });

  it("the landing page has no violations", async () => {
    const html = await (
      await t.call("GET", "/", { token: null, headers: { "accept-language": "sv" } })
    ).text();
    expect(html).toContain('lang="sv"');
    expect(await violations(html)).toEqual([]);
  });
});
