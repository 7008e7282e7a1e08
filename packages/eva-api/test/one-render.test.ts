import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Summary } from "eva-core";
import { renderBoardSummaryHtml } from "eva-forms/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "./harness.js";
import { startServerProcess } from "./server-process.js";

// Issue 7: the HTML the API serves is eva-forms' BoardSummary, not a second renderer. eva-forms'
// own test proves renderBoardSummaryHtml wraps exactly renderToStaticMarkup(<BoardSummary/>);
// this one proves the API serves exactly renderBoardSummaryHtml of the Summary it serves as JSON.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

async function both(path: string, lang: string, token?: null) {
  const opts = token === null ? { token: null } : {};
  const json = (await (await t.call("GET", `${path}?format=json&lang=${lang}`, opts)).json()) as Summary;
  const res = await t.call("GET", `${path}?format=html&lang=${lang}`, opts);
  expect(res.status).toBe(200);
  return { json, html: await res.text() };
}

describe("one rendering of the board summary", () => {
  it.each(["fi", "sv", "en"])(
    "the API's HTML is BoardSummary's document for its own Summary (%s)",
    async (lang) => {
      const { json, html } = await both("/v1/assessments/demo-littoinen/summary", lang);
      expect(json.locale).toBe(lang);
      expect(html).toContain('<main><article class="board-summary"');
      expect(html).toBe(renderBoardSummaryHtml(json));
    },
  );

  it("so is the public summary's, without the preparer's name", async () => {
    const { json, html } = await both("/public/assessments/demo-littoinen/summary", "fi", null);
    expect(json.preparedBy).toBeNull();
    expect(html).toBe(renderBoardSummaryHtml(json));
  });

  it("renders in the real server process too (node --import tsx, as `pnpm start` runs it)", async () => {
    // vitest compiles JSX itself; tsx in a child process does not read eva-forms' tsconfig, so
    // this is the check that the server path of the component compiles outside vitest
    const dir = mkdtempSync(join(tmpdir(), "eva-one-render-"));
    const server = await startServerProcess(dir, {}, { source: true });
    try {
      const reader = server.tokens.find((x) => x.organization === "kaarina" && x.role === "reader");
      const headers = { authorization: `Bearer ${reader?.token}` };
      const path = `${server.url}/v1/assessments/demo-littoinen/summary?lang=sv&format=`;
      const json = (await (await fetch(`${path}json`, { headers })).json()) as Summary;
      const res = await fetch(`${path}html`, { headers });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(renderBoardSummaryHtml(json));
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
