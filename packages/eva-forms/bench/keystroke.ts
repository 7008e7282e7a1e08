// `pnpm bench:forms`: keystroke-to-paint latency in a rating's justification field of a
// 6-alternative × 40-criterion assessment, in Debian's Chromium against the built wizard served
// by eva-api on 127.0.0.1 (lowdb in a temp dir). Typing comes in bursts with pauses, so the live
// result (Web Worker) lands and re-renders while the user types. Prints figures; asserts nothing.

import { exampleStrategies } from "eva-core";
import { startAppInChromium } from "../scripts/app-in-chromium.js";
import { bigAssessment } from "./big-assessment.js";

const KEYS = Number(process.env.EVA_BENCH_KEYS ?? 200);
const BURST = 10; // keys typed ~80 ms apart, then a pause longer than the panel's debounce
const { server, browser, token, close } = await startAppInChromium("bench-forms");
try {
  const auth = { authorization: `Bearer ${token}` };
  const id = "demo-littoinen-draft";
  const current = await fetch(`${server.url}/v1/assessments/${id}`, { headers: auth });
  const put = await fetch(`${server.url}/v1/assessments/${id}`, {
    method: "PUT",
    headers: { ...auth, "content-type": "application/json", "if-match": current.headers.get("etag") ?? "" },
    body: JSON.stringify(bigAssessment(exampleStrategies.kaarina)),
  });
  if (!put.ok) throw new Error(`PUT ${put.status}: ${await put.text()}`);

  const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
  await page.goto(server.url);
  await page.getByLabel("Kirjautumistunnus").fill(token);
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Suorituskykytesti 6 × 40" }).click();
  await page.getByRole("button", { name: /\. Vaikutukset$/ }).click();
  await page.getByRole("heading", { level: 1, name: "Vaikutukset" }).waitFor();
  await page.locator("form.step[aria-busy=false] td[role=gridcell]").first().waitFor();
  const result = page.getByRole("complementary", { name: "Tulos nyt" });
  await result.getByRole("table").waitFor({ timeout: 60_000 });
  // the rating matrix: a cell's justification is typed in its panel
  const ratings = await page.locator("td[role=gridcell]").count();
  await page.locator("td[role=gridcell]").nth(5).click();

  // keydown → the first paint after it: a rAF callback runs before the frame is painted, a
  // message posted from it runs after; event.timeStamp is when the key reached the page
  await page.evaluate(() => {
    const w = window as unknown as { latencies: number[]; results: number[] };
    w.latencies = [];
    w.results = [];
    // the live result: from the last key of a burst until the panel is no longer aria-busy
    let lastKey = 0;
    const panel = document.querySelector("aside.live-result");
    if (panel)
      new MutationObserver(() => {
        if (panel.getAttribute("aria-busy") === "false" && lastKey > 0)
          w.results.push(performance.now() - lastKey);
      }).observe(panel, { attributes: true, attributeFilter: ["aria-busy"] });
    document.addEventListener(
      "keydown",
      (e) => {
        if (e.key.length !== 1) return; // the characters typed, not End
        const t0 = e.timeStamp;
        lastKey = t0;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.latencies.push(performance.now() - t0);
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  });
  const field = page.getByLabel("Perustelu", { exact: true }).first();
  await field.click();
  await page.keyboard.press("End");
  for (let k = 0; k < KEYS; k++) {
    await page.keyboard.type(String.fromCharCode(97 + (k % 26)));
    await page.waitForTimeout(k % BURST === BURST - 1 ? 600 : 80);
  }
  await page.waitForTimeout(500);
  const measured = await page.evaluate(() => {
    const w = window as unknown as { latencies: number[]; results: number[] };
    return { latencies: w.latencies, results: w.results };
  });
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const latencies = sorted(measured.latencies);
  const results = sorted(measured.results);
  const at = (xs: number[], p: number) =>
    xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? Number.NaN;
  const q = (p: number) => at(latencies, p);
  console.log(
    `keystroke → paint, ${latencies.length} keys, ${ratings} cells in the step's matrix: ` +
      `p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${(latencies.at(-1) ?? Number.NaN).toFixed(1)} ms (target p95 ≤ 50 ms)`,
  );
  console.log(
    `live result after the last key of a burst (300 ms debounce + evaluate in the worker), ${results.length} updates: ` +
      `p50 ${at(results, 0.5).toFixed(0)} ms, max ${(results.at(-1) ?? Number.NaN).toFixed(0)} ms`,
  );
} finally {
  await close();
}
