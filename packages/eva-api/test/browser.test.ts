import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluate, summarize } from "eva-core";
import { renderBoardSummaryHtml } from "eva-forms/server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bigCase } from "../../eva-core/test/summary-fixtures.js";
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
    // (the appendix is a region too, named by its heading; it does not scroll)
    const scrolling = page.locator("section.scroll");
    expect(await scrolling.count()).toBe(4);
    for (const region of await scrolling.all()) {
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
    expect(widths).toHaveLength(5);
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

describe("page 1 of the printed summary (issue 20: it printed as 5 pages)", () => {
  // A4 less the @page margins (2 × 14 mm): 182 × 269 mm, 688 × 1017 px at 96 dpi
  const printable = { width: 688, height: 1017 };

  async function printed(html: string) {
    const context = await browser.newContext({ viewport: { width: printable.width, height: 900 } });
    const page = await context.newPage();
    await page.setContent(html);
    await page.emulateMedia({ media: "print" });
    const height = await page.evaluate(
      () => document.querySelector(".page-one")?.getBoundingClientRect().height ?? 0,
    );
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await context.close();
    const file = join(dir, `print-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, pdf);
    const text = (p: number) =>
      execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-enc", "UTF-8", file, "-"], {
        encoding: "utf8",
      }).replace(/\s+/g, " ");
    return { height, page1: text(1), page2: text(2) };
  }

  it.each([
    ["the demo case", () => fetchDemo()],
    ["6 alternatives × 40 criteria, every text at its longest", () => Promise.resolve(bigHtml())],
  ])("keeps page 1's content on one A4 page: %s", async (_name, html) => {
    const { height, page1, page2 } = await printed(await html());
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThanOrEqual(printable.height);
    // what page 1 ends with is on page 1, and the appendix starts page 2
    expect(page1).toMatch(/(Valmistelija|Hyväksyjä|Strategia):/);
    expect(page1).toContain("Kuinka varma tulos on");
    expect(page2.trim().startsWith("Liite: tarkemmat tiedot")).toBe(true);
  });

  async function fetchDemo() {
    const res = await fetch(`${server.url}/v1/assessments/demo-littoinen/summary?format=html&lang=fi`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return res.text();
  }
  function bigHtml() {
    const { assessment, strategy } = bigCase();
    const e = evaluate(assessment as never, strategy as never, { samples: 500 });
    return renderBoardSummaryHtml(
      summarize(e, {
        locale: "fi",
        status: "approved",
        approvedBy: "Hyväksyjä Pitkänimi-Esimerkkinen",
        approvedAt: "2026-06-01",
        strategyValidFrom: "2026-01-01",
        strategyValidTo: "2030-12-31",
      }),
    );
  }
});
