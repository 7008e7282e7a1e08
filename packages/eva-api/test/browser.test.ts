import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../src/server.js";
import { axeViolations, launchChromium } from "./chromium.js";

// The board summary in a real browser (Debian's Chromium through playwright-core): WCAG 2.1 A/AA
// with colour contrast, 320 px without horizontal scrolling, and print to PDF on A4.
let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let dir: string;
let token = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "eva-browser-"));
  server = await startServer({ EVA_DATA_DIR: dir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" });
  token = server.demoTokens.find((t) => t.organization === "kaarina" && t.role === "reader")?.token ?? "";
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function summaryPage(lang: string, width = 1000) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  const page = await context.newPage();
  const res = await page.goto(`${server.url}/v1/assessments/demo-littoinen/summary?format=html&lang=${lang}`);
  expect(res?.status()).toBe(200);
  return { context, page };
}

describe("board summary in Chromium", () => {
  it.each(["fi", "sv"])("has no WCAG 2.1 A/AA violations, contrast included (%s)", async (lang) => {
    const { context, page } = await summaryPage(lang);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("fits 320 px without horizontal scrolling", async () => {
    const { context, page } = await summaryPage("fi", 320);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    // wide tables scroll inside their own focusable region (WCAG 1.4.10 allows that for data tables), not the page
    expect(await page.getByRole("region").count()).toBe(3);
    for (const region of await page.getByRole("region").all()) {
      expect(await region.getAttribute("tabindex")).toBe("0");
      expect(await region.evaluate((e) => getComputedStyle(e).overflowX)).toBe("auto");
    }
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("prints to PDF on A4", async () => {
    const { context, page } = await summaryPage("fi");
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    await context.close();
  });

  it("clips nothing on A4 paper: in print every table fits the page's width", async () => {
    // A4's 210 mm less the @page margins (2 × 14 mm) is 182 mm, 688 px at 96 dpi: the width print lays out in
    const { context, page } = await summaryPage("fi", 688);
    await page.emulateMedia({ media: "print" });
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll("table")].map((t) => ({
        table: t.getBoundingClientRect().width,
        region: (t.closest("[aria-label]") ?? document.body).getBoundingClientRect().width,
        body: document.body.getBoundingClientRect().width,
      })),
    );
    expect(widths).toHaveLength(3);
    for (const w of widths) {
      expect(w.table).toBeLessThanOrEqual(w.region + 1);
      expect(w.table).toBeLessThanOrEqual(w.body + 1);
    }
    await context.close();
  });

  it("asks for A4 itself: with the page's own CSS size every PDF page is 210 × 297 mm", async () => {
    const { context, page } = await summaryPage("fi");
    // preferCSSPageSize: the paper comes from the served @page rule, not from this call (Letter if it had none)
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    const mm = (pt: string) => (Number(pt) * 25.4) / 72;
    for (const [, w = "", h = ""] of boxes) {
      expect(Math.abs(mm(w) - 210)).toBeLessThan(1);
      expect(Math.abs(mm(h) - 297)).toBeLessThan(1);
    }
    await context.close();
  });
});
