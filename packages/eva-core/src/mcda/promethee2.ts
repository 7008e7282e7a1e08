import { EvaError } from "../errors.js";
import { rankScores } from "./rank.js";
import { assertFinite, assertMatrix, assertWeights, at, at2, type Direction } from "./validate.js";

export type PrometheePreference =
  | { type: "usual" }
  | { type: "u-shape"; q: number }
  | { type: "v-shape"; p: number }
  | { type: "level"; q: number; p: number }
  | { type: "linear"; q: number; p: number }
  | { type: "gaussian"; s: number };

export interface PrometheeCriterion {
  direction: Direction;
  /** default { type: "usual" } */
  preference?: PrometheePreference;
}

/** P(d) of Brans & Vincke (1985) for a difference d in the preferred direction (d ≤ 0 → 0). */
function preference(d: number, f: PrometheePreference): number {
  if (d <= 0) return 0;
  switch (f.type) {
    case "usual":
      return 1;
    case "u-shape":
      return d > f.q ? 1 : 0;
    case "v-shape":
      return d >= f.p ? 1 : d / f.p;
    case "level":
      return d > f.p ? 1 : d > f.q ? 0.5 : 0;
    case "linear":
      return d > f.p ? 1 : d > f.q ? (d - f.q) / (f.p - f.q) : 0;
    case "gaussian":
      return 1 - Math.exp(-(d * d) / (2 * f.s * f.s));
  }
}

function checkCriterion(c: PrometheeCriterion | undefined, j: number): PrometheePreference {
  const path = ["criteria", j];
  if (!c || (c.direction !== "max" && c.direction !== "min")) {
    throw new EvaError("invalid_direction", `criteria[${j}].direction must be "max" or "min"`, [
      ...path,
      "direction",
    ]);
  }
  const f = c.preference ?? { type: "usual" };
  const need = (k: string, v: number, positive: boolean) => {
    assertFinite(v, [...path, "preference", k]);
    if (v < 0 || (positive && v === 0)) {
      throw new EvaError(
        "out_of_range",
        `criteria[${j}].preference.${k} must be ${positive ? "> 0" : "≥ 0"}`,
        [...path, "preference", k],
      );
    }
  };
  switch (f.type) {
    case "usual":
      break;
    case "u-shape":
      need("q", f.q, false);
      break;
    case "v-shape":
      need("p", f.p, true);
      break;
    case "level":
    case "linear":
      need("q", f.q, false);
      need("p", f.p, true);
      if (f.p <= f.q)
        throw new EvaError("out_of_range", `criteria[${j}].preference.p must exceed q`, [
          ...path,
          "preference",
          "p",
        ]);
      break;
    case "gaussian":
      need("s", f.s, true);
      break;
    default:
      throw new EvaError("invalid_option", `unknown preference function`, [...path, "preference", "type"]);
  }
  return f;
}

/**
 * PROMETHEE II (Brans & Vincke 1985): π(a,b) = Σ_j w_j P_j(a,b) with normalised weights,
 * φ⁺(a) = Σ_b π(a,b)/(m−1), φ⁻(a) = Σ_b π(b,a)/(m−1), net flow φ = φ⁺ − φ⁻ (higher is better;
 * Σ φ = 0). With one alternative all flows are 0.
 * @example promethee2([[4, 3, 2], [3, 2, 4], [5, 1, 3]], [0.5, 0.3, 0.2], [{ direction: "max" }, { direction: "max" }, { direction: "max" }]).phi
 * // ≈ [0.1, -0.3, 0.2] (Zhao, Peng & Li 2013)
 */
export function promethee2(
  matrix: number[][],
  weights: number[],
  criteria: PrometheeCriterion[],
): { phi: number[]; phiPlus: number[]; phiMinus: number[]; ranks: number[] } {
  const [m, n] = assertMatrix(matrix);
  assertWeights(weights, n);
  if (!Array.isArray(criteria) || criteria.length !== n) {
    throw new EvaError("length_mismatch", `criteria must have ${n} entries`, ["criteria"], { expected: n });
  }
  const fs = criteria.map((c, j) => checkCriterion(c, j));
  const wSum = weights.reduce((a, b) => a + b, 0);
  const plus = new Array<number>(m).fill(0);
  const minus = new Array<number>(m).fill(0);
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      if (a === b) continue;
      let pi = 0;
      for (let j = 0; j < n; j++) {
        const f = fs[j] ?? { type: "usual" };
        const d = at2(matrix, a, j) - at2(matrix, b, j);
        pi += (at(weights, j) / wSum) * preference(criteria[j]?.direction === "min" ? -d : d, f);
      }
      plus[a] = at(plus, a) + pi;
      minus[b] = at(minus, b) + pi;
    }
  }
  const k = m > 1 ? m - 1 : 1;
  const phiPlus = plus.map((x) => x / k);
  const phiMinus = minus.map((x) => x / k);
  const phi = phiPlus.map((x, i) => x - at(phiMinus, i));
  return { phi, phiPlus, phiMinus, ranks: rankScores(phi, "higher") };
}
