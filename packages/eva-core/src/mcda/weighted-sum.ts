import { rankScores } from "./rank.js";
import { assertMatrix, assertWeights, at } from "./validate.js";

/**
 * The primary model: V(a) = Σ_j w_j v_j(a) on values already on a 0..1 scale, weights normalised
 * to Σ = 1. Ranks are competition ranks (ties share the better rank).
 * @example weightedSum([[1, 0], [0.5, 0.5]], [3, 1]) // → { scores: [0.75, 0.5], ranks: [1, 2] }
 */
export function weightedSum(values: number[][], weights: number[]): { scores: number[]; ranks: number[] } {
  const [, n] = assertMatrix(values, "values");
  assertWeights(weights, n);
  const sum = weights.reduce((a, b) => a + b, 0);
  const scores = values.map((row) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += (at(weights, j) / sum) * at(row, j);
    return s;
  });
  return { scores, ranks: rankScores(scores, "higher") };
}
