import { randomIndex, TIE_TOLERANCE } from "../mcda/index.js";
import type { Evaluation } from "../schemas/evaluation.js";
import { prometheePreference, topsisNormalization, valueSpread, vikorV } from "./robustness.js";

/** The version of eva-core recorded in every evaluation (kept equal to package.json by a test). */
export const libraryVersion = "0.1.0";

/**
 * Scores closer than this (relative to the larger, absolute near 0) are a tie and rank equal, so
 * floating-point noise never breaks a tie: the engine's TIE_TOLERANCE, used by weightedSum.
 */
export const tieTolerance = TIE_TOLERANCE;

/** Saaty's random index (RI) by matrix size, as the engine's ahp() uses it (PRODUCT.md). */
export const ahpRandomIndex: Record<string, number> = Object.fromEntries(
  Object.entries(randomIndex).map(([size, ri]) => [String(size), ri]),
);

/** Every convention of evaluate(), so that each number can be reproduced (see docs/methodology). */
export function conventions(seed: number, samples: number): Evaluation["conventions"] {
  return {
    model: "weighted-sum",
    ratingValueFunction: "v = (r + 3) / 6 maps the rating −3..+3 to 0..1; the baseline is not forced to 0",
    missingRating:
      "a rating that is not assessed or missing counts as 0 in the score; interval.min/max are the scores " +
      "with every missing value at its worst (0, rating −3) and best (1, rating +3); an alternative without " +
      "cash flows while others have them is missing on the NPV criterion; ratings of criteria that are not in " +
      "the value tree are ignored; in SMAA a missing value is sampled uniformly over 0..1 " +
      `(centre 0.5, half-width ${valueSpread.notAssessed})`,
    npvValueFunction:
      "linear min–max over the NPVs of the alternatives with cash flows: v = (NPV − min) / (max − min), " +
      "best NPV → 1, worst → 0; all equal, or no alternative with cash flows → 0.5 for all. " +
      "NPV = Σ_t net_t / (1 + r)^t with net = income − operating cost − investment, t = year − baseYear " +
      "(baseYear default: the earliest year), years before the base year compounded forward",
    riskValueFunction:
      "v = 1 − E / max E over the alternatives, E = Σ residual likelihood × residual consequence of the " +
      "alternative's risks (residual = initial where not given); all E = 0 → v = 1 for all",
    topsisNormalization,
    prometheePreference: `${prometheePreference} (every criterion, direction max, on the 0..1 values)`,
    vikorV,
    ahpRandomIndex: { ...ahpRandomIndex },
    tieTolerance,
    seed,
    samples,
    library: { name: "eva-core", version: libraryVersion },
  };
}
