// Bundled into a blank Chromium page by bench/portfolio.ts: times rpm there as in Node.
import { rpm } from "../src/portfolio/rpm.js";
import { benchInstance } from "./portfolio-instances.js";

export function time(m: number, n: number, seed: number, spread: number | null, runs: number) {
  const input = benchInstance(m, n, seed, spread);
  const times: number[] = [];
  let result = rpm(input);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = rpm(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] ?? 0,
    portfolios: result.nonDominated.length,
    corners: result.extremePoints.length,
    truncated: result.truncated,
    classes: [result.core.length, result.borderline.length, result.exterior.length],
  };
}
