import { EvaError } from "../errors.js";
import { assertMatrix, assertWeights, at2 } from "./validate.js";

/** Saaty's random consistency index RI by matrix size n (n = 1, 2: 0, a 1×1 or 2×2 matrix is always consistent). */
export const randomIndex: Readonly<Record<number, number>> = {
  1: 0,
  2: 0,
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
};

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
  /** cr ≤ 0.10 (Saaty's rule) */
  consistent: boolean;
}

// reciprocity a_ij · a_ji = 1 is checked to 2e-3, so judgements typed as 0.333 for 1/3 pass
const RECIPROCAL_TOLERANCE = 2e-3;

function assertPairwise(
  matrix: number[][],
  name: "matrix" | "matrices" = "matrix",
  prefix: number[] = [],
): number {
  const [rows, cols] = assertMatrix(matrix, name === "matrices" ? "matrices" : "matrix");
  const path = (i: number, j: number) => [name, ...prefix, i, j];
  if (rows !== cols)
    throw new EvaError("not_square", `the pairwise matrix is ${rows}×${cols}`, [name, ...prefix], {
      rows,
      cols,
    });
  if (!(rows in randomIndex)) {
    throw new EvaError(
      "size_out_of_range",
      `AHP supports 1..10 items (Saaty's RI table), got ${rows}`,
      [name, ...prefix],
      {
        n: rows,
      },
    );
  }
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < rows; j++) {
      const a = at2(matrix, i, j);
      if (a <= 0)
        throw new EvaError("not_positive", `entry [${i}][${j}] must be positive`, path(i, j), { value: a });
      const b = at2(matrix, j, i);
      if (Math.abs(a * b - 1) > RECIPROCAL_TOLERANCE) {
        throw new EvaError("not_reciprocal", `entry [${j}][${i}] must be 1 / [${i}][${j}]`, path(j, i), {
          value: b,
          expected: 1 / a,
        });
      }
    }
  }
  return rows;
}

function consistency(matrix: number[][], weights: number[]): Omit<AhpResult, "weights"> {
  const n = weights.length;
  let lambda = 0;
  for (let i = 0; i < n; i++) {
    let row = 0;
    for (let j = 0; j < n; j++) row += at2(matrix, i, j) * (weights[j] ?? 0);
    lambda += row / (weights[i] ?? 1);
  }
  const lambdaMax = lambda / n;
  const ci = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = randomIndex[n] ?? 0;
  const cr = ri > 0 ? ci / ri : 0;
  return { lambdaMax, ci, cr, consistent: cr <= 0.1 };
}

/**
 * AHP priorities of a pairwise comparison matrix (Saaty 1980). `method: "eigen"` (default) is the
 * principal right eigenvector by power iteration; "geometric" the normalised row geometric means.
 * λmax = mean_i (A w)_i / w_i, CI = (λmax − n)/(n − 1), CR = CI / RI(n).
 * @example ahp([[1, 3], [1 / 3, 1]]).weights // → [0.75, 0.25]
 */
export function ahp(matrix: number[][], options: { method?: "eigen" | "geometric" } = {}): AhpResult {
  const n = assertPairwise(matrix);
  const method = options.method ?? "eigen";
  if (method !== "eigen" && method !== "geometric") {
    throw new EvaError("invalid_option", `unknown AHP method ${String(method)}`, ["options", "method"]);
  }
  // start from the geometric means: the eigenvector of a consistent matrix, close otherwise
  let w = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let logSum = 0;
    for (let j = 0; j < n; j++) logSum += Math.log(at2(matrix, i, j));
    w[i] = Math.exp(logSum / n);
  }
  let sum = w.reduce((a, b) => a + b, 0);
  w = w.map((x) => x / sum);
  if (method === "eigen") {
    for (let iter = 0; iter < 10_000; iter++) {
      const next = new Array<number>(n).fill(0);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += at2(matrix, i, j) * (w[j] ?? 0);
        next[i] = s;
      }
      sum = next.reduce((a, b) => a + b, 0);
      let change = 0;
      for (let i = 0; i < n; i++) {
        const v = (next[i] ?? 0) / sum;
        change = Math.max(change, Math.abs(v - (w[i] ?? 0)));
        next[i] = v;
      }
      w = next;
      if (change < 1e-15) break;
    }
  }
  return { weights: w, ...consistency(matrix, w) };
}

/**
 * Group AHP by aggregating individual judgements (AIJ): the element-wise weighted geometric mean
 * of the raters' matrices (Forman & Peniwati 1998), then `ahp` on the result. `raterWeights`
 * default to equal; they are normalised.
 * @example ahpGroup([[[1, 2], [0.5, 1]], [[1, 8], [0.125, 1]]]).weights // → [0.8, 0.2]
 */
export function ahpGroup(
  matrices: number[][][],
  options: { raterWeights?: number[]; method?: "eigen" | "geometric" } = {},
): AhpResult {
  if (!Array.isArray(matrices) || matrices.length === 0)
    throw new EvaError("empty_input", "no matrices", ["matrices"]);
  const sizes = matrices.map((m, k) => assertPairwise(m, "matrices", [k]));
  const n = sizes[0] ?? 0;
  sizes.forEach((s, k) => {
    if (s !== n)
      throw new EvaError("length_mismatch", `matrix ${k} is ${s}×${s}, expected ${n}×${n}`, ["matrices", k]);
  });
  const r = options.raterWeights ?? matrices.map(() => 1);
  assertWeights(r, matrices.length, "weights");
  const rSum = r.reduce((a, b) => a + b, 0);
  const combined = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let log = 0;
      matrices.forEach((m, k) => {
        log += ((r[k] ?? 0) / rSum) * Math.log(at2(m, i, j));
      });
      return Math.exp(log);
    }),
  );
  return ahp(combined, options.method ? { method: options.method } : {});
}
