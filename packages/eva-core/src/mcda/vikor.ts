import { EvaError } from "../errors.js";
import { nearlyEqual, rankScores } from "./rank.js";
import {
  assertDirections,
  assertFinite,
  assertMatrix,
  assertWeights,
  at,
  at2,
  type Direction,
} from "./validate.js";

/**
 * VIKOR (Opricovic & Tzeng 2004): with f*_j the best and f⁻_j the worst value of criterion j,
 * S_i = Σ_j w_j (f*_j − f_ij)/(f*_j − f⁻_j) (group utility), R_i = max_j of the same terms
 * (individual regret), Q_i = v (S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*); lower Q is
 * better and ranks follow Q. A constant criterion contributes 0; when all S (or all R) are
 * equal that term is 0, so Q never divides by zero.
 * @example vikor([[1, 0], [0, 1]], [0.5, 0.5], ["max", "max"]).Q // → [0, 0]
 */
export function vikor(
  matrix: number[][],
  weights: number[],
  directions: Direction[],
  options: { v?: number } = {},
): { S: number[]; R: number[]; Q: number[]; ranks: number[] } {
  const [m, n] = assertMatrix(matrix);
  assertWeights(weights, n);
  assertDirections(directions, n);
  const v = options.v ?? 0.5;
  assertFinite(v, ["options", "v"]);
  if (v < 0 || v > 1)
    throw new EvaError("out_of_range", "options.v must be in [0, 1]", ["options", "v"], { value: v });
  const wSum = weights.reduce((a, b) => a + b, 0);
  const S = new Array<number>(m).fill(0);
  const R = new Array<number>(m).fill(0);
  for (let j = 0; j < n; j++) {
    let best = Number.NEGATIVE_INFINITY;
    let worst = Number.POSITIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const x = directions[j] === "max" ? at2(matrix, i, j) : -at2(matrix, i, j);
      best = Math.max(best, x);
      worst = Math.min(worst, x);
    }
    const span = best - worst;
    for (let i = 0; i < m; i++) {
      const x = directions[j] === "max" ? at2(matrix, i, j) : -at2(matrix, i, j);
      const term = span > 0 ? ((at(weights, j) / wSum) * (best - x)) / span : 0;
      S[i] = at(S, i) + term;
      R[i] = Math.max(at(R, i), term);
    }
  }
  const sMin = Math.min(...S);
  const sMax = Math.max(...S);
  const rMin = Math.min(...R);
  const rMax = Math.max(...R);
  const Q = S.map((s, i) => {
    // spans within rounding noise count as none: otherwise 1e-17 differences would decide Q
    const a = nearlyEqual(sMax, sMin) ? 0 : (s - sMin) / (sMax - sMin);
    const b = nearlyEqual(rMax, rMin) ? 0 : (at(R, i) - rMin) / (rMax - rMin);
    return v * a + (1 - v) * b;
  });
  return { S, R, Q, ranks: rankScores(Q, "lower") };
}
