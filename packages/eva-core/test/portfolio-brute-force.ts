// The tests' reference for rpm, written independently of it and as plainly as possible: exact
// integer arithmetic, the weight set's corners by trying every choice of n − 1 tight constraints,
// and every subset of the projects. Exponential on purpose: only for small test instances.

/** A rational number num/den with den > 0, in lowest terms. */
export interface Q {
  num: bigint;
  den: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
export function q(num: bigint, den = 1n): Q {
  if (den === 0n) throw new Error("division by zero");
  const g = gcd(num, den) || 1n;
  const s = den < 0n ? -1n : 1n;
  return { num: (s * num) / g, den: (s * den) / g };
}

/** A bound given as an integer over a common denominator, so that the reference stays exact. */
export interface ExactWeightSet {
  /** lower[i] / scale */
  lower?: number[];
  upper?: number[];
  scale: number;
  order?: Array<[number, number]>;
}

/** det(A) of an integer matrix by Bareiss's fraction-free elimination: every step is exact in integers. */
function det(a: number[][]): number {
  const m = a.map((row) => [...row]);
  const n = m.length;
  let sign = 1;
  let prev = 1;
  for (let k = 0; k < n - 1; k++) {
    let pivot = k;
    while (pivot < n && (m[pivot] as number[])[k] === 0) pivot++;
    if (pivot === n) return 0;
    if (pivot !== k) {
      [m[k], m[pivot]] = [m[pivot] as number[], m[k] as number[]];
      sign = -sign;
    }
    const rk = m[k] as number[];
    for (let i = k + 1; i < n; i++) {
      const ri = m[i] as number[];
      for (let j = k + 1; j < n; j++)
        ri[j] = ((ri[j] as number) * (rk[k] as number) - (ri[k] as number) * (rk[j] as number)) / prev;
    }
    prev = rk[k] as number;
  }
  return sign * ((m[n - 1] as number[])[n - 1] as number);
}

/**
 * The corners of S = { w ≥ 0, Σ w = 1, lower ≤ w ≤ upper, w_i ≥ w_j }: every vertex of the polytope,
 * found by trying every choice of n − 1 constraints to hold with equality (with Σ w = 1) and
 * keeping the solutions that satisfy all constraints. With the bounds scaled to integers every
 * constraint row is integer, so Cramer's rule gives each corner as integers over det(A), and
 * checking a constraint is integer arithmetic; everything stays far below 2^53 (checked).
 */
export function exactCorners(n: number, set: ExactWeightSet): Q[][] {
  // a · w ≥ b / scale, kept as integers a and b
  const rows: Array<{ a: number[]; b: number }> = [];
  const unit = (i: number, sign: number) => Array.from({ length: n }, (_, k) => (k === i ? sign : 0));
  for (let i = 0; i < n; i++) rows.push({ a: unit(i, 1), b: 0 });
  // a lower bound of 0 is w ≥ 0 again, an upper bound of 1 always holds: both would only repeat corners
  set.lower?.forEach((l, i) => {
    if (l > 0) rows.push({ a: unit(i, 1), b: l });
  });
  set.upper?.forEach((u, i) => {
    if (u < set.scale) rows.push({ a: unit(i, -1), b: -u });
  });
  for (const [i, j] of set.order ?? [])
    rows.push({ a: Array.from({ length: n }, (_, k) => (k === i ? 1 : k === j ? -1 : 0)), b: 0 });
  const ones = Array.from({ length: n }, () => 1);
  const corners: Array<{ num: number[]; den: number }> = [];
  const choose = (start: number, picked: number[]) => {
    if (picked.length === n - 1) {
      // A (scale · w) = b: the picked rows and Σ (scale · w) = scale
      const a = [...picked.map((r) => (rows[r] as { a: number[] }).a), ones];
      const b = [...picked.map((r) => (rows[r] as { b: number }).b), set.scale];
      let den = det(a);
      if (den === 0) return;
      let num = Array.from({ length: n }, (_, i) =>
        det(a.map((row, r) => row.map((x, k) => (k === i ? (b[r] as number) : x)))),
      );
      if (den < 0) {
        den = -den;
        num = num.map((x) => -x);
      }
      // scale · w = num / den, so a · w ≥ b / scale ⇔ a · num ≥ b · den
      const ok = rows.every((row) => row.a.reduce((t, c, k) => t + c * (num[k] as number), 0) >= row.b * den);
      if (Math.max(den, ...num.map(Math.abs)) > 2 ** 40)
        throw new Error("corner too large for an exact reference");
      if (ok && !corners.some((c) => c.num.every((x, k) => x * den === (num[k] as number) * c.den)))
        corners.push({ num, den });
      return;
    }
    for (let r = start; r < rows.length; r++) choose(r + 1, [...picked, r]);
  };
  choose(0, []);
  return corners.map((c) => c.num.map((x) => q(BigInt(x), BigInt(c.den) * BigInt(set.scale))));
}

/**
 * The non-dominated feasible portfolios by brute force: every subset of the projects whose value
 * is not ≤ 0 at every corner (rpm's convention: such a project never improves a portfolio), its
 * value at each corner exactly, and dominance as ≥ at every corner and > at one. Values and costs
 * are integers, the corners rational: over the corners' common denominator every value is an
 * integer, which doubles hold exactly below 2^53 (checked).
 */
export function bruteForceNonDominated(
  projects: ReadonlyArray<{ id: string; cost: number[]; values: number[] }>,
  budget: number[],
  corners: Q[][],
): string[][] {
  const lcm = corners.flat().reduce((l, x) => (l * x.den) / gcd(l, x.den), 1n);
  const integerCorners = corners.map((c) => c.map((x) => (x.num * lcm) / x.den));
  const score = projects.map((p) =>
    integerCorners.map((c) => c.reduce((t, x, i) => t + x * BigInt(p.values[i] ?? 0), 0n)),
  );
  const limit = BigInt(Number.MAX_SAFE_INTEGER) / BigInt(Math.max(1, projects.length) * corners.length);
  if (score.flat().some((s) => abs(s) > limit)) throw new Error("values too large for an exact reference");
  const usable = projects.map((_, j) => (score[j] as bigint[]).some((s) => s > 0n));
  const scoreN = score.map((s) => s.map(Number));
  const m = projects.length;
  const E = corners.length;
  const R = budget.length;
  // each subset's value and cost from the subset without its lowest project: one addition per entry
  const value = new Float64Array((1 << m) * E);
  const cost = new Float64Array((1 << m) * R);
  const feasible: number[] = [];
  for (let mask = 1; mask < 1 << m; mask++) {
    const j = 31 - Math.clz32(mask & -mask);
    const prev = mask & (mask - 1);
    const s = scoreN[j] as number[];
    for (let e = 0; e < E; e++) value[mask * E + e] = (value[prev * E + e] as number) + (s[e] as number);
    const c = (projects[j] as { cost: number[] }).cost;
    for (let r = 0; r < R; r++) cost[mask * R + r] = (cost[prev * R + r] as number) + (c[r] as number);
  }
  for (let mask = 0; mask < 1 << m; mask++) {
    let ok = true;
    for (let j = 0; j < m; j++) if (mask & (1 << j) && !usable[j]) ok = false;
    for (let r = 0; r < R; r++) if ((cost[mask * R + r] as number) > (budget[r] as number)) ok = false;
    if (ok) feasible.push(mask);
  }
  const at = (mask: number, e: number) => value[mask * E + e] as number;
  const total = (mask: number) => {
    let t = 0;
    for (let e = 0; e < E; e++) t += at(mask, e);
    return t;
  };
  // sorted by total value: a dominator's total is strictly larger, so it comes first, and with
  // dominance transitive it is enough to compare with the portfolios kept so far
  feasible.sort((a, b) => total(b) - total(a));
  const dominates = (a: number, b: number) => {
    let strict = false;
    for (let e = 0; e < E; e++) {
      if (at(a, e) < at(b, e)) return false;
      if (at(a, e) > at(b, e)) strict = true;
    }
    return strict;
  };
  const kept: number[] = [];
  for (const p of feasible) if (!kept.some((o) => dominates(o, p))) kept.push(p);
  return kept.map((mask) =>
    projects
      .filter((_, j) => mask & (1 << j))
      .map((p) => p.id)
      .sort(),
  );
}
