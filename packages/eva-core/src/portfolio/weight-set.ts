import { EvaError } from "../errors.js";

/**
 * The admissible weights S of Robust Portfolio Modeling: w ≥ 0, Σ w = 1, lower ≤ w ≤ upper, and
 * w[i] ≥ w[j] for each [i, j] of `order`. Absent = the whole simplex.
 */
export interface WeightSet {
  lower?: number[];
  upper?: number[];
  order?: Array<[number, number]>;
}

type Path = Array<string | number>;

/** One homogeneous constraint a · w ≥ 0 (with Σ w = 1, every bound can be written so). */
interface Constraint {
  a: Float64Array;
  path: Path;
  what: string;
}

// A ray's value a · r within this of 0 counts as on the constraint's plane. Bounds are typed by
// people (0.1 + 0.2 + 0.7 is 1.0000000000000002 in binary), so the tolerance is far above
// rounding noise and far below any difference a weight can meaningfully have.
const PLANE = 1e-10;
// Beyond this many corners the set is too complex to use (with 7 criteria there are at most a few
// hundred); the double description method would still finish, but slowly.
const MAX_RAYS = 100_000;

function fail(code: "not_finite" | "out_of_range" | "length_mismatch", message: string, path: Path): never {
  throw new EvaError(code, message, path);
}

function checkBounds(bounds: unknown, n: number, name: "lower" | "upper"): number[] | undefined {
  if (bounds === undefined) return undefined;
  if (!Array.isArray(bounds) || bounds.length !== n) {
    throw new EvaError(
      "length_mismatch",
      `weights.${name} must have one bound per criterion (${n})`,
      ["weights", name],
      { expected: n, actual: Array.isArray(bounds) ? bounds.length : 0 },
    );
  }
  bounds.forEach((b: unknown, i) => {
    if (typeof b !== "number" || !Number.isFinite(b))
      fail("not_finite", `weights.${name}[${i}] is not a finite number`, ["weights", name, i]);
    if (b < 0 || b > 1)
      fail("out_of_range", `weights.${name}[${i}] must be within 0..1`, ["weights", name, i]);
  });
  return bounds as number[];
}

function checkOrder(order: unknown, n: number): Array<[number, number]> {
  if (order === undefined) return [];
  if (!Array.isArray(order))
    fail("out_of_range", "weights.order must be a list of [i, j] pairs", ["weights", "order"]);
  return order.map((pair: unknown, k) => {
    if (!Array.isArray(pair) || pair.length !== 2)
      fail("out_of_range", `weights.order[${k}] must be a pair [i, j]`, ["weights", "order", k]);
    pair.forEach((x: unknown, side) => {
      if (!Number.isInteger(x) || (x as number) < 0 || (x as number) >= n)
        fail("out_of_range", `weights.order[${k}][${side}] must be a criterion index 0..${n - 1}`, [
          "weights",
          "order",
          k,
          side,
        ]);
    });
    if (pair[0] === pair[1])
      fail("out_of_range", `weights.order[${k}] compares criterion ${pair[0]} with itself`, [
        "weights",
        "order",
        k,
      ]);
    return [pair[0], pair[1]] as [number, number];
  });
}

const empty = (message: string, path: Path, params: Record<string, unknown> = {}): never => {
  throw new EvaError("empty_weight_set", message, path, params);
};

/** The constraints beyond w ≥ 0, order first (alone they always hold for equal weights), then bounds. */
function constraints(n: number, lower?: number[], upper?: number[], order: Array<[number, number]> = []) {
  const out: Constraint[] = [];
  order.forEach(([i, j], k) => {
    const a = new Float64Array(n);
    a[i] = 1;
    a[j] = -1;
    out.push({ a, path: ["weights", "order", k], what: `w[${i}] ≥ w[${j}]` });
  });
  lower?.forEach((l, i) => {
    if (l <= 0) return; // w ≥ 0 already
    const a = new Float64Array(n).fill(-l); // w_i − l Σ w ≥ 0
    a[i] = 1 - l;
    out.push({ a, path: ["weights", "lower", i], what: `w[${i}] ≥ ${l}` });
  });
  upper?.forEach((u, i) => {
    if (u >= 1) return; // Σ w = 1 already
    const a = new Float64Array(n).fill(u); // u Σ w − w_i ≥ 0
    a[i] = u - 1;
    out.push({ a, path: ["weights", "upper", i], what: `w[${i}] ≤ ${u}` });
  });
  return out;
}

/** A ray of the cone with its zero set: the constraints it lies on, as a bitset. */
interface Ray {
  r: Float64Array;
  zero: Uint32Array;
}

const words = (k: number) => Math.ceil(k / 32);
function add(set: Uint32Array, k: number): void {
  set[k >>> 5] = (set[k >>> 5] ?? 0) | (1 << (k & 31));
}
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}
function subset(a: Uint32Array, b: Uint32Array): boolean {
  for (let k = 0; k < a.length; k++) if (((a[k] ?? 0) & ~(b[k] ?? 0)) !== 0) return false;
  return true;
}

function normalize(r: Float64Array): Float64Array {
  let s = 0;
  for (const x of r) s += x;
  for (let i = 0; i < r.length; i++) r[i] = (r[i] as number) / s;
  return r;
}

/**
 * The extreme points (corners) of S, each a weight vector with Σ = 1, sorted. Computed once by the
 * double description method (Motzkin et al. 1953; Fukuda & Prodon 1996): S is the cone
 * {w ≥ 0, a · w ≥ 0 for each constraint} cut by Σ w = 1, so its corners are the cone's extreme
 * rays. Starting from the orthant's rays (the unit vectors), each constraint keeps the rays on its
 * side and adds a new one on its plane between each adjacent pair across it; two rays are
 * adjacent when no third ray lies on every constraint both lie on (the combinatorial test, exact
 * for pointed cones). A linear function is ≥ on all of S exactly when it is ≥ at these points,
 * which is what makes RPM's dominance check exact.
 * Throws `empty_weight_set` naming the constraint that cannot hold together with those before it.
 */
export function weightSetExtremePoints(n: number, weights: WeightSet = {}): number[][] {
  if (!Number.isInteger(n) || n < 1) throw new EvaError("empty_input", "there are no criteria", ["values"]);
  const lower = checkBounds(weights.lower, n, "lower");
  const upper = checkBounds(weights.upper, n, "upper");
  const order = checkOrder(weights.order, n);
  if (lower && upper) {
    lower.forEach((l, i) => {
      const u = upper[i] ?? 1;
      if (l > u + PLANE)
        empty(`weights.lower[${i}] (${l}) is above weights.upper[${i}] (${u})`, ["weights", "lower", i], {
          lower: l,
          upper: u,
        });
    });
  }
  const sumLower = lower?.reduce((t, x) => t + x, 0) ?? 0;
  if (sumLower > 1 + PLANE)
    empty(`the lower bounds add up to ${sumLower}, more than 1`, ["weights", "lower"], { sum: sumLower });
  const sumUpper = upper?.reduce((t, x) => t + x, 0) ?? n;
  if (sumUpper < 1 - PLANE)
    empty(`the upper bounds add up to ${sumUpper}, less than 1`, ["weights", "upper"], { sum: sumUpper });

  const cons = constraints(n, lower, upper, order);
  const total = n + cons.length;
  const w = words(total);
  // the orthant: ray e_i lies on every w_k ≥ 0 but its own
  let rays: Ray[] = Array.from({ length: n }, (_, i) => {
    const r = new Float64Array(n);
    r[i] = 1;
    const zero = new Uint32Array(w);
    for (let k = 0; k < n; k++) if (k !== i) add(zero, k);
    return { r, zero };
  });
  cons.forEach((c, ci) => {
    const index = n + ci;
    const t = rays.map(({ r }) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += (c.a[i] as number) * (r[i] as number);
      return Math.abs(s) <= PLANE ? 0 : s;
    });
    const positive = rays.filter((_, k) => (t[k] as number) > 0);
    const onPlane = rays.filter((_, k) => t[k] === 0);
    const negative = rays.filter((_, k) => (t[k] as number) < 0);
    if (positive.length === 0 && onPlane.length === 0) {
      empty(`${c.what} cannot hold together with the constraints before it`, c.path, {
        constraint: c.what,
      });
    }
    const tOf = new Map(rays.map((ray, k) => [ray, t[k] as number]));
    const next: Ray[] = [...positive];
    for (const ray of onPlane) {
      const zero = ray.zero.slice();
      add(zero, index);
      next.push({ r: ray.r, zero });
    }
    for (const p of positive) {
      for (const q of negative) {
        const common = new Uint32Array(w);
        let count = 0;
        for (let k = 0; k < w; k++) {
          common[k] = (p.zero[k] ?? 0) & (q.zero[k] ?? 0);
          count += popcount(common[k] as number);
        }
        if (count < n - 2) continue;
        if (rays.some((u) => u !== p && u !== q && subset(common, u.zero))) continue;
        const tp = tOf.get(p) ?? 0;
        const tq = tOf.get(q) ?? 0;
        const r = new Float64Array(n);
        for (let i = 0; i < n; i++) r[i] = tp * (q.r[i] as number) - tq * (p.r[i] as number);
        // on the plane exactly, and never below 0 by rounding
        for (let i = 0; i < n; i++) if ((r[i] as number) < 0) r[i] = 0;
        add(common, index);
        next.push({ r: normalize(r), zero: common });
      }
    }
    if (next.length > MAX_RAYS) {
      throw new EvaError("invalid_option", "the weight set has too many corners to use", ["weights"], {
        corners: next.length,
      });
    }
    rays = next;
  });
  // keep each corner once (degenerate sets can reach one corner twice within rounding) and sort
  const points: number[][] = [];
  for (const { r } of rays) {
    const p = Array.from(r, (x) => (Math.abs(x) < 1e-15 ? 0 : x));
    if (!points.some((q) => q.every((x, i) => Math.abs(x - (p[i] as number)) <= 1e-9))) points.push(p);
  }
  return points.sort((a, b) => {
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (b[i] as number) - (a[i] as number);
    return 0;
  });
}
