import { EvaError } from "../errors.js";
import { assertFinite, assertWeights } from "./validate.js";

/**
 * Scales weights to sum to 1. Throws EvaError for negative, non-finite or all-zero weights.
 * @example normalizeWeights([2, 1, 1]) // → [0.5, 0.25, 0.25]
 */
export function normalizeWeights(weights: number[]): number[] {
  assertWeights(weights);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}

/**
 * SWING weights: the points (0..100) the official gives each criterion's swing from worst to
 * best, with the most important swing at 100, normalised to Σ = 1 (von Winterfeldt & Edwards 1986).
 * @example swingWeights([100, 50, 50]) // → [0.5, 0.25, 0.25]
 */
export function swingWeights(points: number[]): number[] {
  assertWeights(points, undefined, "points");
  points.forEach((p, j) => {
    if (p > 100)
      throw new EvaError("out_of_range", `points[${j}] is above 100`, ["points", j], { value: p, max: 100 });
  });
  return normalizeWeights(points);
}

/**
 * Weights from a rank order (position k = rank k, 1 = most important):
 * - "roc" (rank order centroid, Barron & Barrett 1996): w_k = (1/n) Σ_{i=k..n} 1/i
 * - "rank-sum": w_k = 2(n + 1 − k) / (n(n + 1))
 * - "rank-reciprocal": w_k = (1/k) / Σ_i (1/i)
 * @example rankWeights(4) // → [0.5208, 0.2708, 0.1458, 0.0625] (rounded)
 */
export function rankWeights(n: number, method: "roc" | "rank-sum" | "rank-reciprocal" = "roc"): number[] {
  assertFinite(n, ["n"]);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) {
    throw new EvaError("out_of_range", "n must be an integer 1..10000", ["n"], { value: n });
  }
  if (method === "roc") {
    const out = new Array<number>(n).fill(0);
    let tail = 0;
    for (let k = n; k >= 1; k--) {
      tail += 1 / k;
      out[k - 1] = tail / n;
    }
    return out;
  }
  if (method === "rank-sum") return Array.from({ length: n }, (_, i) => (2 * (n - i)) / (n * (n + 1)));
  if (method === "rank-reciprocal") {
    let h = 0;
    for (let i = 1; i <= n; i++) h += 1 / i;
    return Array.from({ length: n }, (_, i) => 1 / (i + 1) / h);
  }
  throw new EvaError("invalid_option", `unknown rank method ${String(method)}`, ["method"], {
    value: String(method),
  });
}
