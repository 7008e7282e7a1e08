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
 * Switching values of the winner's values: for criterion j, the smallest fall d of the winner's
 * value at which an alternative ties it, d = min over rivals (S_w − S_r) / w_j; null when w_j = 0
 * or d exceeds the winner's value (no fall within the scale changes the winner).
 * steps = ⌈6 d⌉, the rating steps (1/6 of the value scale each).
 */
export function ratingSwitches(
  matrix: ValueMatrix,
  weights: readonly number[],
  scores: readonly number[],
  winner: number,
  alternativeIds: readonly string[],
  criterionIds: readonly string[],
): Switching["ratings"] {
  const own = matrix.values[winner] ?? [];
  const top = scores[winner] ?? 0;
  return criterionIds.map((criterionId, j) => {
    const rating = matrix.ratings[winner]?.[j];
    const current = rating !== undefined && typeof rating.value === "number" ? rating.value : null;
    const w = weights[j] ?? 0;
    let drop: number | null = null;
    let rival: number | null = null;
    if (w > 0) {
      scores.forEach((s, r) => {
        if (r === winner) return;
        const d = Math.max(0, (top - s) / w);
        if (d <= (own[j] ?? 0) + 1e-12 && (drop === null || d < drop)) {
          drop = d;
          rival = r;
        }
      });
    }
    const valueDrop: number | null = drop;
    const rivalIndex: number | null = rival;
    return {
      criterionId,
      rating: current,
      valueDrop,
      // a tolerance so that a drop of exactly k/6 is k steps despite floating point
      steps: valueDrop === null ? null : Math.max(0, Math.ceil(valueDrop * 6 - 1e-9)),
      rivalId: rivalIndex === null ? null : (alternativeIds[rivalIndex] ?? null),
    };
  });
}
