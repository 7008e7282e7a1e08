import { EvaError } from "../errors.js";
import { rankScores } from "./rank.js";
import { assertDirections, assertMatrix, assertWeights, at, at2, type Direction } from "./validate.js";

/**
 * TOPSIS (Hwang & Yoon 1981): closeness C_i = d⁻_i / (d⁺_i + d⁻_i) to the ideal solution.
 * Normalisation is "vector" by default (r_ij = x_ij / √Σ_i x_ij²), as in the method's definition;
 * "minmax" is an option (it can change the winner, so it is never chosen silently).
 * A column of zeros (vector) or a constant column (minmax) normalises to 0 and cannot separate
 * the alternatives. When every alternative is at the ideal (d⁺ = d⁻ = 0) closeness is 0.5.
 * @example topsis([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]], [0.3, 0.4, 0.3], ["max", "max", "max"]).closeness
 * // ≈ [0.5037, 0.6581, 0.7482, 0.3340] (Tzeng & Huang 2011)
 */
export function topsis(
  matrix: number[][],
  weights: number[],
  directions: Direction[],
  options: { normalization?: "vector" | "minmax" } = {},
): { closeness: number[]; dPlus: number[]; dMinus: number[]; ranks: number[] } {
  const [m, n] = assertMatrix(matrix);
  assertWeights(weights, n);
  assertDirections(directions, n);
  const normalization = options.normalization ?? "vector";
  if (normalization !== "vector" && normalization !== "minmax") {
    throw new EvaError("invalid_option", `unknown normalization ${String(normalization)}`, [
      "options",
      "normalization",
    ]);
  }
  const wSum = weights.reduce((a, b) => a + b, 0);
  const v: number[][] = Array.from({ length: m }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const w = at(weights, j) / wSum;
    let norm = 0;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const x = at2(matrix, i, j);
      norm += x * x;
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    norm = Math.sqrt(norm);
    for (let i = 0; i < m; i++) {
      const x = at2(matrix, i, j);
      let r: number;
      if (normalization === "vector") r = norm > 0 ? x / norm : 0;
      else if (hi > lo) r = directions[j] === "max" ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo);
      else r = 0;
      const row = v[i];
      if (row) row[j] = w * r;
    }
  }
  const dPlus: number[] = [];
  const dMinus: number[] = [];
  for (let i = 0; i < m; i++) {
    let p = 0;
    let q = 0;
    for (let j = 0; j < n; j++) {
      let best = Number.NEGATIVE_INFINITY;
      let worst = Number.POSITIVE_INFINITY;
      for (let k = 0; k < m; k++) {
        const x = at2(v, k, j);
        best = Math.max(best, x);
        worst = Math.min(worst, x);
      }
      // after min-max the scale already points "more is better"
      if (normalization === "vector" && directions[j] === "min") [best, worst] = [worst, best];
      const x = at2(v, i, j);
      p += (x - best) ** 2;
      q += (x - worst) ** 2;
    }
    dPlus.push(Math.sqrt(p));
    dMinus.push(Math.sqrt(q));
  }
  const closeness = dPlus.map((p, i) => {
    const q = at(dMinus, i);
    return p + q > 0 ? q / (p + q) : 0.5;
  });
  return { closeness, dPlus, dMinus, ranks: rankScores(closeness, "higher") };
}
