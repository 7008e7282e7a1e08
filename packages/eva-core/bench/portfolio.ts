// `pnpm --filter eva-core bench:portfolio` (part of the root `pnpm bench`): rpm() on seeded
// instances (bench/portfolio-instances.ts), timed in Node and in Debian's Chromium (the same code
// bundled by Vite into a blank page). Target: 30 proposals × 7 criteria with interval weights
// (± 50 %) within 1 s; the whole simplex with 30 × 4 is reported. Prints figures, asserts nothing.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build } from "vite";
import { time } from "./portfolio-browser-entry.js";
import { benchCases } from "./portfolio-instances.js";

type Timing = ReturnType<typeof time>;
const runsFor = (spread: number | null) => (spread === null ? 1 : 5);

function line(where: string, seed: number, t: Timing): string {
  const [core, borderline, exterior] = t.classes;
  return `  ${where.padEnd(8)} seed ${seed}  ${t.median.toFixed(0).padStart(6)} ms  ${String(t.portfolios).padStart(5)} non-dominated, ${t.corners} corners, core ${core} / borderline ${borderline} / exterior ${exterior}${t.truncated ? ", TRUNCATED" : ""}`;
}

console.log("rpm: median wall time of repeated runs (1 run on the whole simplex), ms");
const node: Array<{ name: string; seed: number; t: Timing }> = [];
for (const c of benchCases) {
  for (const seed of c.seeds)
    node.push({ name: c.name, seed, t: time(c.m, c.n, seed, c.spread, runsFor(c.spread)) });
}

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browserLines = new Map<string, string[]>();
if (existsSync(executablePath)) {
  const bundle = await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL("./portfolio-browser-entry.ts", import.meta.url)),
        formats: ["iife"],
        name: "rpmBench",
      },
    },
  });
  const output = (Array.isArray(bundle) ? bundle[0] : bundle) as { output: Array<{ code?: string }> };
  const code = output.output[0]?.code ?? "";
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent("<!doctype html><title>rpm bench</title>");
    await page.addScriptTag({ content: code });
    for (const c of benchCases) {
      const lines: string[] = [];
      for (const seed of c.seeds) {
        const t = await page.evaluate(
          ([m, n, s, spread, runs]) =>
            (globalThis as unknown as { rpmBench: { time: typeof time } }).rpmBench.time(
              m,
              n,
              s,
              spread,
              runs,
            ),
          [c.m, c.n, seed, c.spread, runsFor(c.spread)] as [number, number, number, number | null, number],
        );
        lines.push(line("Chromium", seed, t));
      }
      browserLines.set(c.name, lines);
    }
    await context.close();
  } finally {
    await browser.close();
  }
} else {
  console.log(`(Chromium not found at ${executablePath}: browser timings skipped)`);
}

for (const c of benchCases) {
  console.log(`${c.name} (${c.m} proposals, budget half of their cost)`);
  for (const r of node.filter((x) => x.name === c.name)) console.log(line("Node", r.seed, r.t));
  for (const l of browserLines.get(c.name) ?? []) console.log(l);
}
