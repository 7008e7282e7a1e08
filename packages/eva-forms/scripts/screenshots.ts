// `pnpm screenshots`: drives Debian's Chromium through the built wizard served by eva-api on
// 127.0.0.1 (lowdb in a temp dir, the demo data): sign-in, the case list, every wizard step (the
// impacts step also with a cell open), the case page of an approved case, the board summary and
// the public view, at 1280 × 800 and 390 × 844, into test-artifacts/screenshots/ (EVA_SHOTS_DIR
// elsewhere). Prints the figures the pages give: the impacts step's height at 1280 × 800, the step
// progress's height on the phone, the time an arrow key takes to move between matrix cells.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { startAppInChromium } from "./app-in-chromium.js";
import { firstVisit } from "./first-visit.js";

const out =
  process.env.EVA_SHOTS_DIR ??
  fileURLToPath(new URL("../../../test-artifacts/screenshots/", import.meta.url));
mkdirSync(out, { recursive: true });
const { server, browser, token, close } = await startAppInChromium("shots");
const viewports = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;
const figures: string[] = [];
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))] ?? Number.NaN;

async function arrowMoves(page: Page): Promise<{ moves: number[]; handled: number[] }> {
  await page.locator("td[role=gridcell]").first().focus();
  await page.evaluate(() => {
    const w = window as unknown as { moves: number[]; handled: number[] };
    w.moves = [];
    w.handled = [];
    let start = 0;
    // the move's own work in the page: from the key to the next cell focused, with the style and
    // layout it causes computed (the part of a frame the grid spends; the budget is 16 ms)
    document.addEventListener("focusin", () => {
      if (!start) return;
      document.body.getBoundingClientRect();
      w.handled.push(performance.now() - start);
      start = 0;
    });
    document.addEventListener(
      "keydown",
      (e) => {
        if (!e.key.startsWith("Arrow")) return;
        start = performance.now();
        const t0 = e.timeStamp;
        // a rAF callback runs before the frame is painted, a message posted from it after
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.moves.push(performance.now() - t0);
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  });
  const rows = await page.locator("tbody tr").count();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(
      i % rows < rows - 1 && Math.floor(i / rows) % 2 === 0 ? "ArrowDown" : i % 2 ? "ArrowRight" : "ArrowUp",
    );
    await page.waitForTimeout(30);
  }
  return page.evaluate(() => {
    const w = window as unknown as { moves: number[]; handled: number[] };
    return { moves: w.moves, handled: w.handled };
  });
}

/** Opens a case from the list by its title (a click in the page: the list may still move under a pointer). */
async function openCase(page: Page, title: string) {
  // the list loads after sign-in: wait for the case, then click it in the page
  await page.getByRole("button", { name: title, exact: true }).first().waitFor();
  await page.evaluate((title) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>("main button")].find(
      (b) => b.textContent?.trim() === title,
    );
    button?.click();
  }, title);
}

/** What a first visit costs (the same figures as `pnpm bench:load`, one cold run). */
async function firstVisitFigures() {
  const visit = await firstVisit(browser, server.url, token);
  const kb = (type?: string) =>
    (visit.files.filter((f) => !type || f.type === type).reduce((sum, f) => sum + f.bytes, 0) / 1024).toFixed(
      0,
    );
  figures.push(
    `sign-in + first wizard step, as transferred: scripts ${kb("script")} KB + styles ${kb("stylesheet")} KB = ${
      Number(kb("script")) + Number(kb("stylesheet"))
    } KB (target ≤ 200 KB); fonts ${kb("font")} KB`,
  );
  figures.push(`sign-in page interactive, cold (empty cache): ${visit.signInMs} ms (target ≤ 1000 ms)`);
}

try {
  await firstVisitFigures();
  for (const vp of viewports) {
    const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
    const page = await context.newPage();
    page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
    const shot = (name: string) =>
      page.screenshot({ path: join(out, `${vp.name}-${name}.png`), fullPage: true });
    await page.goto(server.url);
    await page.getByLabel("Kirjautumistunnus").waitFor();
    await shot("01-sign-in");
    await page.getByLabel("Kirjautumistunnus").fill(token);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page
      .getByRole("button", { name: "Littoisten koulun tilaratkaisu (harjoitus)", exact: true })
      .waitFor();
    await page.waitForLoadState("networkidle");
    await shot("02-list");
    await openCase(page, "Littoisten koulun tilaratkaisu (harjoitus)");
    const steps = page.locator("nav .steps button");
    await page.locator("form.step[aria-busy=false] h1").waitFor();
    const n = await steps.count();
    for (let i = 0; i < n; i++) {
      // on a phone the steps are behind "Kaikki vaiheet"
      if (vp.width < 500) await page.getByRole("button", { name: "Kaikki vaiheet" }).click();
      await steps.nth(i).click();
      await page.locator("form.step[aria-busy=false] h1").first().waitFor();
      await page.waitForTimeout(300);
      const name = ((await steps.nth(i).textContent()) ?? `${i}`).replace(/^\d+\.\s*/, "");
      await shot(`03-step-${String(i + 1).padStart(2, "0")}-${name.toLowerCase()}`);
      if (name === "Vaikutukset") {
        const cells = await page.locator("td[role=gridcell]").count();
        const alternatives = (await page.locator("table.rating-matrix thead th").count()) - 1;
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        figures.push(
          `${vp.name}: impacts step ${cells / Math.max(alternatives, 1)} × ${alternatives} cells: page height ${height} px`,
        );
        await page.locator("td[role=gridcell]").nth(1).click();
        await page.waitForTimeout(200);
        await shot("04-impacts-cell-open");
        const moves = await arrowMoves(page);
        figures.push(
          `${vp.name}: arrow move between matrix cells, ${moves.moves.length} moves: the move's work (key → next cell focused, style and layout done) p95 ${p95(moves.handled).toFixed(1)} ms (target ≤ 16 ms, one frame); key → paint incl. the wait for the frame p95 ${p95(moves.moves).toFixed(1)} ms (≤ 16.7 ms of it is the wait at 60 Hz)`,
        );
      }
      if (i === 0 && vp.name === "phone") {
        const nav = await page.getByRole("navigation", { name: "Vaiheet" }).boundingBox();
        figures.push(
          `phone: step navigation height ${Math.round(nav?.height ?? 0)} px of 844 (${(((nav?.height ?? 0) / 844) * 100).toFixed(0)} %, target ≤ 25 %)`,
        );
      }
    }
    // the case page of an approved case: the document, the read-only matrix and the board summary
    await page.getByRole("button", { name: "Takaisin listaan" }).first().click();
    await openCase(page, "Littoisten koulun tilaratkaisu");
    await page.locator(".document-view article.document h1").waitFor();
    await page.waitForTimeout(1500);
    await shot("05-case-page");
    await context.close();
  }
  // the resident view needs no sign-in
  for (const vp of viewports) {
    const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
    const page = await context.newPage();
    await page.goto(`${server.url}/public`);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(out, `${vp.name}-06-public.png`), fullPage: true });
    await context.close();
  }
  console.log(`screenshots in ${out}`);
  for (const f of figures) console.log(f);
} finally {
  await close();
}
