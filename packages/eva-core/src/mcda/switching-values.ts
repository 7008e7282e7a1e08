import { nearlyEqual } from "./rank.js";
import { assertMatrix, assertWeights, at, at2 } from "./validate.js";

export interface WeightSwitch {
  criterion: number;
  weight: number;
  /** the weight where another alternative ties the winner; null when no t in [0, 1] changes the winner */
  switchAt: number | null;
  /** switchAt − weight */
  delta: number | null;
  /** the alternative that takes over */
  rival: number | null;
}

function scoresOf(values: number[][], w: number[]): number[] {
  return values.map((row) => row.reduce((s, x, j) => s + x * at(w, j), 0));
}

/** Validates, normalises the weights, scores the alternatives and finds the winner. */
function weightedWinner(values: number[][], weights: number[]) {
  const [m, n] = assertMatrix(values, "values");
  assertWeights(weights, n);
  const wSum = weights.reduce((a, b) => a + b, 0);
  const w = weights.map((x) => x / wSum);
  const scores = scoresOf(values, w);
  return { m, n, w, scores, winner: topOf(scores) };
}

/** The first alternative with the top score (lowest index among ties). */
function topOf(scores: number[]): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++)
    if (at(scores, i) > at(scores, best) && !nearlyEqual(at(scores, i), at(scores, best))) best = i;
  return best;
}

/**
 * Switching values of the weights (HM Treasury Green Book's "switching values" applied to weights):
 * for each criterion j, the nearest weight t in [0, 1] at which the top alternative stops being
 * strictly first, when w_j := t and the other weights are rescaled by (1 − t)/(1 − w_j) so they
 * still sum to 1. Every score is then linear in t: S_i(t) = B_i + t (v_ij − B_i), with
 * B_i = Σ_{k≠j} w_k v_ik / (1 − w_j), so each rival's crossing is one division. When w_j = 1
 * the others have nothing to rescale; they then share 1 − t equally (documented convention).
 * With one criterion nothing can change (all null). If the winner is already tied, switchAt = w_j.
 * @example switchingValues([[1, 0], [0, 1]], [0.6, 0.4]).criteria[0].switchAt // → 0.5
 */
export function switchingValues(
  values: number[][],
  weights: number[],
): { winner: number; criteria: WeightSwitch[] } {
  const { m, n, w, scores, winner } = weightedWinner(values, weights);
  const criteria = w.map((wj, j): WeightSwitch => {
    const none: WeightSwitch = { criterion: j, weight: wj, switchAt: null, delta: null, rival: null };
    if (n === 1 || m === 1) return none;
    const base = (i: number): number => {
      if (wj >= 1 - 1e-15) {
        let s = 0;
        for (let k = 0; k < n; k++) if (k !== j) s += at2(values, i, k);
        return s / (n - 1);
      }
      return (at(scores, i) - wj * at2(values, i, j)) / (1 - wj);
    };
    const Ba = base(winner);
    const va = at2(values, winner, j);
    let bestT: number | null = null;
    let rival: number | null = null;
    for (let b = 0; b < m; b++) {
      if (b === winner) continue;
      // D(t) = S_a(t) − S_b(t) = c0 + t c1
      const Bb = base(b);
      const c0 = Ba - Bb;
      const c1 = va - Ba - (at2(values, b, j) - Bb);
      const dNow = c0 + wj * c1;
      let t: number | null = null;
      if (dNow <= 1e-15 * Math.max(1, Math.abs(at(scores, winner)))) t = wj;
      else if (c1 !== 0) {
        const root = -c0 / c1;
        if (root >= -1e-12 && root <= 1 + 1e-12) t = Math.min(1, Math.max(0, root));
      }
      if (t === null) continue;
      const dist = Math.abs(t - wj);
      if (bestT === null || dist < Math.abs(bestT - wj) - 1e-15) {
        bestT = t;
        rival = b;
      }
    }
    if (bestT === null) return none;
    return { criterion: j, weight: wj, switchAt: bestT, delta: bestT - wj, rival };
  });
  return { winner, criteria };
}

export interface RatingSwitch {
  criterion: number;
  /** the winner's current value on the criterion (0..1) */
  value: number;
  /** how much that value must fall for another alternative to tie; null when falling to 0 is not enough */
  valueDrop: number | null;
  /** the alternative that would then be first */
  rival: number | null;
}

/**
 * Switching values of the winner's own ratings: for each criterion j, how far the winner's 0..1
 * value v_aj would have to fall (others unchanged) before another alternative ties it:
 * drop = (S_a − S_b) / w_j for the runner-up b, if drop ≤ v_aj; otherwise null. On the rating
 * scale, one step is 1/6 of value (v = (r + 3)/6).
 * @example ratingSwitchingValues([[1, 1], [0.5, 0.5]], [0.5, 0.5]).criteria[0].valueDrop // → 1
 */
export function ratingSwitchingValues(
  values: number[][],
  weights: number[],
): { winner: number; criteria: RatingSwitch[] } {
  const { m, w, scores, winner } = weightedWinner(values, weights);
  let runnerUp: number | null = null;
  for (let i = 0; i < m; i++) {
    if (i === winner) continue;
    if (runnerUp === null || at(scores, i) > at(scores, runnerUp)) runnerUp = i;
  }
  const criteria = w.map((wj, j): RatingSwitch => {
    const value = at2(values, winner, j);
    if (runnerUp === null || wj <= 0) return { criterion: j, value, valueDrop: null, rival: null };
    const drop = Math.max(0, (at(scores, winner) - at(scores, runnerUp)) / wj);
    return drop <= value + 1e-12
      ? { criterion: j, value, valueDrop: drop, rival: runnerUp }
      : { criterion: j, value, valueDrop: null, rival: null };
  });
  return { winner, criteria };
}
