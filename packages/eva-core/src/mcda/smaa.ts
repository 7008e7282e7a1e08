import { EvaError } from "../errors.js";
import { createRng, type Rng } from "./rng.js";
import { assertFinite, assertMatrix, at } from "./validate.js";

export interface SmaaOptions {
  /** default 10_000 */
  samples?: number;
  /** default 1; the same seed gives the same result */
  seed?: number;
  /** ± half-width per value (uniform), clamped to [0, 1]; absent = exact values */
  valueSpread?: number[][];
  /** [min, max] per criterion: uniform on the part of the simplex within them */
  weightBounds?: Array<[number, number]>;
  /** criterion indices from most to least important: uniform on the weights in that order */
  rankOrder?: number[];
}

export interface SmaaResult {
  /** [alternative][rank − 1]; each row sums to 1 */
  rankAcceptability: number[][];
  /** [alternative][criterion]: mean weights when first; zeros if never first */
  centralWeights: number[][];
  /** P(first | its central weights) under the value spread */
  confidence: number[];
  /** [i][j] = P(i strictly better than j) */
  pairwiseWinning: number[][];
  /** Σ_r α_r b_i^r with α_r = (m − r)/(m − 1) */
  holistic: number[];
  samples: number;
  seed: number;
  /** the largest binomial standard error √(b(1 − b)/samples) of the rank acceptabilities */
  standardError: number;
}

// With a value spread the confidence factors are estimated from at most this many draws of the
// values (standard error ≤ √(0.25/1000) ≈ 0.016): they are a secondary figure that the summary
// does not show, and the pass costs up to m times more per draw than the main one.
const CONFIDENCE_DRAWS = 1000;

/**
 * Draws unnormalised weights: exponentials, whose normalisation is uniform on the simplex
 * (Rubinstein 1982). Returns their sum. The weighted-sum ranking does not change when all weights
 * are scaled, so the hot loop scores with these and divides only what it keeps (central weights).
 */
function sampleExponentials(rng: Rng, w: Float64Array): number {
  return rng.fillExponential(w);
}

function normalize(w: Float64Array, sum: number): void {
  const inv = 1 / sum;
  for (let j = 0; j < w.length; j++) w[j] = (w[j] as number) * inv;
}

// Top-level helpers that take every array as a parameter keep V8's hot loops monomorphic.

/** scores[i] = Σ_j w_j · v_ij on exact values */
function scoreInto(values: Float64Array, w: Float64Array, scores: Float64Array, m: number, n: number): void {
  for (let i = 0; i < m; i++) {
    let s = 0;
    const off = i * n;
    for (let j = 0; j < n; j++) s += (w[j] as number) * (values[off + j] as number);
    scores[i] = s;
  }
}

/** 2^−16: one 16-bit half of a random word as a fraction */
const U16 = 1 / 65536;

/**
 * scores[i] = Σ_j w_j · clamp(v_ij + (2u − 1) h_ij, 0, 1) with u uniform on [0, 1), fused with the
 * scoring so that no perturbed matrix is stored. Each 32-bit random word gives two values' u as
 * its two 16-bit halves (u = (k + ½)/2¹⁶): the noise is quantised to 2h/65,536 (under 10⁻⁵ of the
 * value scale for every spread evaluate uses), which is far below anything a ranking can resolve,
 * and it halves the generator's work, the main cost of SMAA with a spread. Row i uses the words
 * i·⌈n/2⌉ … ; `lo` = v − h + ½·step and `step` = 2h/2¹⁶ are precomputed.
 */
function scorePerturbedInto(
  lo: Float64Array,
  step: Float64Array,
  bits: Int32Array,
  w: Float64Array,
  scores: Float64Array,
  m: number,
  n: number,
): void {
  const half = (n + 1) >> 1;
  for (let i = 0; i < m; i++) {
    let s = 0;
    const off = i * n;
    const boff = i * half;
    for (let h = 0; h < half; h++) {
      const t = bits[boff + h] as number;
      const j = 2 * h;
      const k = off + j;
      let v = (lo[k] as number) + (t >>> 16) * (step[k] as number);
      v = Math.min(Math.max(v, 0), 1);
      s += (w[j] as number) * v;
      if (j + 1 < n) {
        let v2 = (lo[k + 1] as number) + (t & 0xffff) * (step[k + 1] as number);
        v2 = Math.min(Math.max(v2, 0), 1);
        s += (w[j + 1] as number) * v2;
      }
    }
    scores[i] = s;
  }
}

/** cur = the perturbed values of one draw (as in scorePerturbedInto), kept for several weightings */
function perturbInto(
  lo: Float64Array,
  step: Float64Array,
  bits: Int32Array,
  cur: Float64Array,
  m: number,
  n: number,
) {
  const half = (n + 1) >> 1;
  for (let i = 0; i < m; i++) {
    const off = i * n;
    const boff = i * half;
    for (let j = 0; j < n; j++) {
      const t = bits[boff + (j >> 1)] as number;
      const k = off + j;
      const v = (lo[k] as number) + ((j & 1) === 0 ? t >>> 16 : t & 0xffff) * (step[k] as number);
      cur[k] = Math.min(Math.max(v, 0), 1);
    }
  }
}

/** whether alternative i is first (ties to the lower index) under weights w; stops at the first rival */
function isFirst(values: Float64Array, w: Float64Array, i: number, m: number, n: number): boolean {
  let si = 0;
  for (let j = 0; j < n; j++) si += (w[j] as number) * (values[i * n + j] as number);
  for (let k = 0; k < m; k++) {
    if (k === i) continue;
    let sk = 0;
    const off = k * n;
    for (let j = 0; j < n; j++) sk += (w[j] as number) * (values[off + j] as number);
    if (sk > si || (sk === si && k < i)) return false;
  }
  return true;
}

function validateOptions(m: number, n: number, options: SmaaOptions) {
  const samples = options.samples ?? 10_000;
  assertFinite(samples, ["options", "samples"]);
  if (!Number.isInteger(samples) || samples < 1 || samples > 10_000_000) {
    throw new EvaError("out_of_range", "samples must be an integer 1..10,000,000", ["options", "samples"], {
      value: samples,
    });
  }
  const seed = options.seed ?? 1;
  assertFinite(seed, ["options", "seed"]);
  if (!Number.isInteger(seed))
    throw new EvaError("invalid_option", "seed must be an integer", ["options", "seed"]);
  if (options.valueSpread !== undefined) {
    const [rows, cols] = assertMatrix(options.valueSpread, "values");
    if (rows !== m || cols !== n) {
      throw new EvaError("length_mismatch", `valueSpread must be ${m}×${n}`, ["options", "valueSpread"]);
    }
    for (const [i, row] of options.valueSpread.entries()) {
      for (const [j, h] of row.entries()) {
        if (h < 0)
          throw new EvaError("out_of_range", "a value spread is negative", ["options", "valueSpread", i, j]);
      }
    }
  }
  if (options.weightBounds !== undefined) {
    const b = options.weightBounds;
    if (!Array.isArray(b) || b.length !== n) {
      throw new EvaError("length_mismatch", `weightBounds must have ${n} entries`, [
        "options",
        "weightBounds",
      ]);
    }
    let lo = 0;
    let hi = 0;
    b.forEach((pair, j) => {
      const [a, c] = Array.isArray(pair) ? pair : [Number.NaN, Number.NaN];
      assertFinite(a, ["options", "weightBounds", j, 0]);
      assertFinite(c, ["options", "weightBounds", j, 1]);
      if (a < 0 || c > 1 || a > c) {
        throw new EvaError("out_of_range", "each bound must satisfy 0 ≤ min ≤ max ≤ 1", [
          "options",
          "weightBounds",
          j,
        ]);
      }
      lo += a;
      hi += c;
    });
    if (lo > 1 + 1e-12 || hi < 1 - 1e-12) {
      throw new EvaError(
        "invalid_option",
        "no weights within the bounds sum to 1",
        ["options", "weightBounds"],
        { min: lo, max: hi },
      );
    }
  }
  if (options.rankOrder !== undefined) {
    const r = options.rankOrder;
    const ok = Array.isArray(r) && r.length === n && [...r].sort((x, y) => x - y).every((x, i) => x === i);
    if (!ok)
      throw new EvaError("invalid_option", `rankOrder must be a permutation of 0..${n - 1}`, [
        "options",
        "rankOrder",
      ]);
  }
  return { samples, seed };
}

/**
 * SMAA-2 (Lahdelma & Salminen 2001) on the weighted-sum model with 0..1 values: weights drawn
 * uniformly on the simplex (or within bounds by rejection, or in a given rank order), values
 * optionally perturbed uniformly by ± valueSpread. Reports rank acceptability indices b_i^r,
 * central weights, confidence factors, pairwise winning indices, holistic acceptability and the
 * sampling standard error. Ties in a sample go to the lower index. Memory is O(m·n + m²),
 * independent of the number of samples.
 * @example smaa([[1, 0], [0, 1]], { samples: 1000, seed: 7 }).rankAcceptability[0][0] // ≈ 0.5
 */
export function smaa(values: number[][], options: SmaaOptions = {}): SmaaResult {
  const [m, n] = assertMatrix(values, "values");
  const { samples, seed } = validateOptions(m, n, options);
  const rng = createRng(seed);
  const base = new Float64Array(m * n);
  const lo = new Float64Array(m * n);
  const step = new Float64Array(m * n);
  let hasSpread = false;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const v = values[i]?.[j] ?? 0;
      const h = options.valueSpread?.[i]?.[j] ?? 0;
      base[i * n + j] = v;
      const q = 2 * h * U16;
      step[i * n + j] = q;
      lo[i * n + j] = v - h + 0.5 * q;
      if (h > 0) hasSpread = true;
    }
  }
  const w = new Float64Array(n);
  const tmp = new Float64Array(n);
  const scores = new Float64Array(m);
  const rankCounts = new Float64Array(m * m);
  const pairCounts = new Float64Array(m * m);
  const centralSum = new Float64Array(m * n);
  const bounds = options.weightBounds;
  const order = options.rankOrder;
  const maxTries = samples * 1000;
  let tries = 0;

  const noise = new Int32Array(hasSpread ? m * ((n + 1) >> 1) : 0);
  // one draw of the values: the same stream of uniforms feeds every alternative's perturbation
  const score = (weights: Float64Array) => {
    if (hasSpread) {
      rng.fillBits(noise);
      scorePerturbedInto(lo, step, noise, weights, scores, m, n);
    } else {
      scoreInto(base, weights, scores, m, n);
    }
  };

  for (let s = 0; s < samples; s++) {
    let sum: number;
    if (bounds) {
      for (;;) {
        if (++tries > maxTries) {
          throw new EvaError(
            "invalid_option",
            "the weight bounds leave too small a part of the simplex to sample",
            ["options", "weightBounds"],
          );
        }
        normalize(w, sampleExponentials(rng, w));
        let inside = true;
        for (let j = 0; j < n && inside; j++) {
          const [min, max] = bounds[j] ?? [0, 1];
          const wj = w[j] as number;
          if (wj < min || wj > max) inside = false;
        }
        if (inside) break;
      }
      sum = 1;
    } else {
      sum = sampleExponentials(rng, w);
    }
    if (order) {
      tmp.set(w);
      tmp.sort();
      for (let k = 0; k < n; k++) w[order[k] ?? k] = tmp[n - 1 - k] as number;
    }
    score(w);
    const inv = 1 / sum;
    // hot loop: plain typed-array indexing (the helpers stay out of it so V8 keeps it monomorphic)
    for (let i = 0; i < m; i++) {
      const si = scores[i] as number;
      let r = 0;
      for (let k = 0; k < m; k++) {
        const sk = scores[k] as number;
        if (sk > si || (sk === si && k < i)) r++;
        if (si > sk) pairCounts[i * m + k] = (pairCounts[i * m + k] as number) + 1;
      }
      rankCounts[i * m + r] = (rankCounts[i * m + r] as number) + 1;
      if (r === 0) {
        const off = i * n;
        for (let j = 0; j < n; j++)
          centralSum[off + j] = (centralSum[off + j] as number) + (w[j] as number) * inv;
      }
    }
  }

  const rankAcceptability = Array.from({ length: m }, (_, i) =>
    Array.from({ length: m }, (_, r) => at(rankCounts, i * m + r) / samples),
  );
  const centralWeights = Array.from({ length: m }, (_, i) => {
    const firsts = at(rankCounts, i * m);
    return Array.from({ length: n }, (_, j) => (firsts > 0 ? at(centralSum, i * n + j) / firsts : 0));
  });
  const pairwiseWinning = Array.from({ length: m }, (_, i) =>
    Array.from({ length: m }, (_, k) => at(pairCounts, i * m + k) / samples),
  );

  // confidence factors: how often each alternative is first with its own central weights
  const confidence = new Array<number>(m).fill(0);
  const candidates = centralWeights.map((cw, i) =>
    at(rankCounts, i * m) > 0 ? Float64Array.from(cw) : null,
  );
  const draws = hasSpread ? Math.min(samples, CONFIDENCE_DRAWS) : 1;
  const wins = new Float64Array(m);
  const cur = hasSpread ? new Float64Array(m * n) : base;
  for (let d = 0; d < draws; d++) {
    // one draw of the values, shared by every alternative's central weights
    if (hasSpread) {
      rng.fillBits(noise);
      perturbInto(lo, step, noise, cur, m, n);
    }
    for (let i = 0; i < m; i++) {
      const cw = candidates[i];
      if (cw && isFirst(cur, cw, i, m, n)) wins[i] = at(wins, i) + 1;
    }
  }
  for (let i = 0; i < m; i++) confidence[i] = at(wins, i) / draws;

  const holistic = rankAcceptability.map((row) =>
    m === 1 ? at(row, 0) : row.reduce((sum, b, r) => sum + ((m - (r + 1)) / (m - 1)) * b, 0),
  );
  let standardError = 0;
  for (const row of rankAcceptability)
    for (const b of row) standardError = Math.max(standardError, Math.sqrt((b * (1 - b)) / samples));
  return {
    rankAcceptability,
    centralWeights,
    confidence,
    pairwiseWinning,
    holistic,
    samples,
    seed,
    standardError,
  };
}
