// `pnpm --filter eva-core bench`: medians of the engine's hot paths on this machine. Prints figures;
// asserts nothing (speed is measured here, never in tests).
import { createRng, smaa, switchingValues } from "../src/index.js";

function problem(m: number, n: number, seed: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: m }, () => Array.from({ length: n }, () => rng.next()));
}

function time(runs: number, f: () => void): { median: number; p95: number } {
  for (let i = 0; i < Math.min(3, runs); i++) f(); // warm-up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)] ?? 0, p95: t[Math.floor(t.length * 0.95)] ?? 0 };
}

const fmt = (x: number) => x.toFixed(x < 1 ? 3 : 1).padStart(8);
console.log("smaa, 5 alternatives (ms, median / p95)");
console.log("samples  criteria   exact median   exact p95  spread median  spread p95");
for (const samples of [1_000, 10_000, 100_000]) {
  for (const n of [10, 40, 160]) {
    const values = problem(5, n, n);
    const spread = values.map((row) => row.map(() => 0.1));
    const runs = samples >= 100_000 ? 5 : samples >= 10_000 && n >= 160 ? 9 : 21;
    const exact = time(runs, () => smaa(values, { samples }));
    const noisy = time(runs, () => smaa(values, { samples, valueSpread: spread }));
    console.log(
      `${String(samples).padStart(7)}  ${String(n).padStart(8)}  ${fmt(exact.median)}     ${fmt(exact.p95)}   ${fmt(noisy.median)}    ${fmt(noisy.p95)}`,
    );
  }
}

const v = problem(6, 40, 9);
const w = v[0]?.map(() => 1) ?? [];
const sv = time(2001, () => switchingValues(v, w));
console.log(`switchingValues 6 × 40: median ${sv.median.toFixed(4)} ms, p95 ${sv.p95.toFixed(4)} ms`);

// memory: heap after many samples stays flat (typed arrays sized by m and n only)
const g = globalThis as { gc?: () => void };
g.gc?.();
const before = process.memoryUsage().heapUsed;
smaa(problem(5, 40, 1), { samples: 1_000_000 });
g.gc?.();
const after = process.memoryUsage().heapUsed;
console.log(`heap growth after a 1,000,000-sample run: ${((after - before) / 1024 / 1024).toFixed(2)} MiB`);
