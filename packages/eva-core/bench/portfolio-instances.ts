// The bench's RPM instances, the same in Node and in Chromium (bundled into the page): seeded, so
// every run and every machine times the same problems.
import { createRng } from "../src/mcda/rng.js";
import type { RpmInput } from "../src/portfolio/validate-input.js";

/**
 * m proposals × n criteria: values uniform on 0..1 (group gains), costs 0.1–2.1 M€, the budget half
 * of their total; weights around a random centre ± `spread` of each (null = the whole simplex).
 */
export function benchInstance(m: number, n: number, seed: number, spread: number | null): RpmInput {
  const rng = createRng(seed);
  const projects = Array.from({ length: m }, (_, j) => ({
    id: `p${String(j).padStart(2, "0")}`,
    cost: Math.round(100_000 + rng.next() * 2_000_000),
    values: Array.from({ length: n }, () => rng.next()),
  }));
  const budget = 0.5 * projects.reduce((t, p) => t + p.cost, 0);
  const w = Array.from({ length: n }, () => 0.2 + rng.next());
  const total = w.reduce((a, b) => a + b, 0);
  const centre = w.map((x) => x / total);
  if (spread === null) return { projects, budget };
  return {
    projects,
    budget,
    weights: {
      lower: centre.map((x) => x * (1 - spread)),
      upper: centre.map((x) => Math.min(1, x * (1 + spread))),
    },
  };
}

/** What the bench times: 30 × 7 with spread 0.5 (the target, ≤ 1 s) and 30 × 4 on the whole simplex. */
export const benchCases = [
  { name: "30 × 7, intervals ± 50 %", m: 30, n: 7, spread: 0.5 as number | null, seeds: [1, 2, 3, 4, 5] },
  { name: "30 × 4, whole simplex", m: 30, n: 4, spread: null as number | null, seeds: [1, 2, 3] },
];
