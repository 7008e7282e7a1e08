import type { Evaluation } from "../schemas/evaluation.js";
import type { ValueMatrix } from "./criterion-values.js";
import type { Engine } from "./engine.js";

type Switching = Evaluation["switching"];
type SmaaResult = Evaluation["smaa"];
type CrossCheck = Evaluation["crossCheck"];

/**
 * SMAA value spread: half-widths (0..1 value units) of the uniform perturbation of each rating,
 * by its confidence. One rating step is 1/6: high ±½ step, medium ±1 step, low ±1½ steps, a
 * rating without a confidence as medium. A missing value is sampled over the whole scale
 * (centre 0.5, ±3 steps). NPV and risk values are exact. Sampled values are clamped to [0, 1].
 */
export const valueSpread = {
  high: 1 / 12,
  medium: 1 / 6,
  low: 1 / 4,
  unset: 1 / 6,
  notAssessed: 1 / 2,
} as const;

export const vikorV = 0.5;
export const topsisNormalization = "vector" as const;
export const prometheePreference = "usual" as const;

/** SMAA-2 over the value matrix: weights uniform on the simplex, ratings perturbed by confidence. */
export function smaaResult(engine: Engine, matrix: ValueMatrix, samples: number, seed: number): SmaaResult {
  // a missing value enters SMAA at the middle of the scale with the widest spread, so the sample
  // covers every rating it could have (in the score itself it counts as 0, see conventions)
  const centre = matrix.values.map((row, i) => row.map((v, j) => (matrix.missing[i]?.[j] ? 0.5 : v)));
  const spread = matrix.values.map((row, i) =>
    row.map((_, j) => {
      if (matrix.missing[i]?.[j]) return valueSpread.notAssessed;
      const rating = matrix.ratings[i]?.[j];
      if (rating === undefined) return 0;
      return valueSpread[rating.confidence ?? "unset"];
    }),
  );
  const result = engine.smaa(centre, { samples, seed, valueSpread: spread });
  return {
    samples: result.samples,
    seed: result.seed,
    standardError: result.standardError,
    rankAcceptability: result.rankAcceptability,
    centralWeights: result.centralWeights,
    confidence: result.confidence,
    pairwiseWinning: result.pairwiseWinning,
    holistic: result.holistic,
    valueSpread: { ...valueSpread },
  };
}

/** TOPSIS (vector), PROMETHEE II (usual) and VIKOR (v = 0.5) on the same 0..1 values and weights. */
export function crossCheck(
  engine: Engine,
  values: number[][],
  weights: number[],
  winner: number,
): CrossCheck {
  const directions = weights.map(() => "max" as const);
  const t = engine.topsis(values, weights, directions, { normalization: topsisNormalization });
  const p = engine.promethee2(
    values,
    weights,
    weights.map(() => ({ direction: "max" as const, preference: { type: prometheePreference } })),
  );
  const v = engine.vikor(values, weights, directions, { v: vikorV });
  return {
    topsis: { ranks: t.ranks, closeness: t.closeness },
    promethee2: { ranks: p.ranks, phi: p.phi },
    vikor: { ranks: v.ranks, Q: v.Q },
    agree: t.ranks[winner] === 1 && p.ranks[winner] === 1 && v.ranks[winner] === 1,
  };
}

/** Switching values of the weights (core switchingValues), with ids instead of indices. */
export function weightSwitches(
  engine: Engine,
  values: number[][],
  weights: number[],
  alternativeIds: readonly string[],
  criterionIds: readonly string[],
): Switching["weights"] {
  const result = engine.switchingValues(values, weights);
  return result.criteria.map((c) => ({
    criterionId: criterionIds[c.criterion] ?? String(c.criterion),
    weight: c.weight,
    switchAt: c.switchAt,
    delta: c.delta,
    rivalId: c.rival === null ? null : (alternativeIds[c.rival] ?? null),
  }));
}

/**
 * Switching values of the winner's values (core ratingSwitchingValues): for criterion j, the
 * smallest fall of the winner's 0..1 value at which the runner-up ties it, (S_w − S_r) / w_j;
 * null when w_j = 0 or the fall exceeds the winner's value (no fall within the scale changes the
 * winner). steps = ⌈6 × fall⌉, in rating steps (1/6 of the value scale each).
 */
export function ratingSwitches(
  engine: Engine,
  matrix: ValueMatrix,
  weights: number[],
  alternativeIds: readonly string[],
  criterionIds: readonly string[],
): Switching["ratings"] {
  const result = engine.ratingSwitchingValues(matrix.values, weights);
  return result.criteria.map((c) => {
    const rating = matrix.ratings[result.winner]?.[c.criterion];
    return {
      criterionId: criterionIds[c.criterion] ?? String(c.criterion),
      rating: rating !== undefined && typeof rating.value === "number" ? rating.value : null,
      valueDrop: c.valueDrop,
      // a tolerance so that a fall of exactly k/6 is k steps despite floating point
      steps: c.valueDrop === null ? null : Math.max(0, Math.ceil(c.valueDrop * 6 - 1e-9)),
      rivalId: c.rival === null ? null : (alternativeIds[c.rival] ?? null),
    };
  });
}
