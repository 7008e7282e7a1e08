import { completionBound, type ProjectVectors, upperBoundInto } from "./completion-bounds.js";
import { dominatesAt } from "./dominance.js";

export type { ProjectVectors };

export interface EnumerationOptions {
  budget: Float64Array;
  /** values closer than this count as equal */
  tol: number;
  /** costs over the budget by no more than this still fit (rounding of sums) */
  costTol: number;
  maxPortfolios: number;
}

/** Partial portfolios, structure of arrays: values, costs, value sum and the chosen projects' bits. */
interface States {
  n: number;
  sc: Float64Array;
  co: Float64Array;
  sum: Float64Array;
  set: Uint32Array;
}

function states(capacity: number, E: number, R: number, W: number): States {
  return {
    n: 0,
    sc: new Float64Array(capacity * E),
    co: new Float64Array(capacity * R),
    sum: new Float64Array(capacity),
    set: new Uint32Array(capacity * W),
  };
}

function copyState(from: States, i: number, to: States, E: number, R: number, W: number): number {
  const k = to.n++;
  to.sc.set(from.sc.subarray(i * E, i * E + E), k * E);
  to.co.set(from.co.subarray(i * R, i * R + R), k * R);
  to.set.set(from.set.subarray(i * W, i * W + W), k * W);
  to.sum[k] = from.sum[i] as number;
  return k;
}

/**
 * The non-dominated feasible portfolios, by the dynamic programme of Liesiö, Mild & Salo (2007,
 * section 4): projects are added one at a time, each partial portfolio q branching into "without"
 * and "with" the project (when it fits), and after each project q is dropped when
 * - another partial portfolio p dominates it and costs no more in any resource: every completion
 *   of q is then dominated by the same completion of p, which fits too (values add up); or
 * - a feasible portfolio made from p (p and a greedy completion) dominates the most any completion
 *   of q can reach at each extreme point (the fractional knapsack bound): the bound dominance of
 *   Bazgan, Hugot & Vanderpooten (2009, Computers & Operations Research 36(1)) for multi-objective knapsacks.
 * Both only ever drop partial portfolios none of whose completions is non-dominated, and at the
 * last project they are plain dominance among feasible portfolios, so what is left is exactly the
 * non-dominated set; all 2^m subsets are never listed. Each step sorts the candidates by their value
 * summed over the extreme points, which a dominator always exceeds, so each is compared only with
 * those kept before it (dominance is transitive).
 * Returns each portfolio as the indices of its projects (ascending), and whether `maxPortfolios`
 * cut the enumeration: then the candidates of highest summed value (the value at the centre of the
 * extreme points) were kept and the result is an approximation.
 */
export function enumerateNonDominated(
  projects: readonly ProjectVectors[],
  options: EnumerationOptions,
): { portfolios: number[][]; truncated: boolean } {
  const m = projects.length;
  const { budget, tol, costTol, maxPortfolios } = options;
  const R = budget.length;
  const E = projects[0]?.scores.length ?? 1;
  const W = Math.max(1, Math.ceil(m / 32));
  // rest[k][r]: what projects k, k+1, … cost together
  const rest = Array.from({ length: m + 1 }, () => new Float64Array(R));
  const positive: boolean[] = [];
  const sums: number[] = [];
  for (let k = m - 1; k >= 0; k--) {
    const p = projects[k] as ProjectVectors;
    let nonNegative = true;
    let s = 0;
    for (let e = 0; e < E; e++) {
      const v = p.scores[e] as number;
      if (v < -tol) nonNegative = false;
      s += v;
    }
    positive[k] = nonNegative;
    sums[k] = s;
    for (let r = 0; r < R; r++)
      (rest[k] as Float64Array)[r] = ((rest[k + 1] as Float64Array)[r] as number) + (p.cost[r] as number);
  }

  let cur = states(1, E, R, W);
  cur.n = 1; // the empty portfolio
  let truncated = false;
  const hintValue = new Int32Array(1);
  const hintBound = new Int32Array(1);
  const residual = new Float64Array(R);
  for (let k = 0; k < m; k++) {
    const p = projects[k] as ProjectVectors;
    const cand = states(cur.n * 2, E, R, W);
    const afterRest = rest[k + 1] as Float64Array;
    for (let i = 0; i < cur.n; i++) {
      let fits = true;
      let fitsAll = true;
      for (let r = 0; r < R; r++) {
        const c = (cur.co[i * R + r] as number) + (p.cost[r] as number);
        const limit = (budget[r] as number) + costTol;
        if (c > limit) fits = false;
        if (c + (afterRest[r] as number) > limit) fitsAll = false;
      }
      // a project that never lowers the value, where everything left still fits: leaving it out
      // is dominated by taking it, whatever comes next
      if (!(positive[k] && fitsAll)) copyState(cur, i, cand, E, R, W);
      if (fits) {
        const j = copyState(cur, i, cand, E, R, W);
        for (let e = 0; e < E; e++)
          cand.sc[j * E + e] = (cand.sc[j * E + e] as number) + (p.scores[e] as number);
        for (let r = 0; r < R; r++)
          cand.co[j * R + r] = (cand.co[j * R + r] as number) + (p.cost[r] as number);
        cand.sum[j] = (cand.sum[j] as number) + (sums[k] as number);
        cand.set[j * W + (k >>> 5)] = (cand.set[j * W + (k >>> 5)] as number) | (1 << (k & 31));
      }
    }
    // upper[q]: the most any completion of q reaches at each extreme point
    const bound = completionBound(projects, k + 1, E, R);
    const upper = new Float64Array(cand.n * E);
    const upperSum = new Float64Array(cand.n);
    for (let q = 0; q < cand.n; q++) {
      for (let r = 0; r < R; r++) residual[r] = (budget[r] as number) - (cand.co[q * R + r] as number);
      upperBoundInto(bound, residual, cand.sc, q * E, upper, q * E, E, R);
      let t = 0;
      for (let e = 0; e < E; e++) t += upper[q * E + e] as number;
      upperSum[q] = t;
    }
    // lower[p]: the values of p with a greedy completion (a feasible portfolio), for kept p only
    const lower = new Float64Array(cand.n * E);
    const lowerSum = new Float64Array(cand.n);
    // sums first: a vector can only dominate another whose sum it exceeds (within E · tol)
    const slack = E * tol;
    const order = Array.from({ length: cand.n }, (_, i) => i).sort(
      (a, b) => (cand.sum[b] as number) - (cand.sum[a] as number) || a - b,
    );
    const kept: number[] = [];
    for (const q of order) {
      let dropped = false;
      const qUpper = (upperSum[q] as number) - slack;
      for (const pk of kept) {
        let cheaper = true;
        for (let r = 0; r < R; r++)
          if ((cand.co[pk * R + r] as number) > (cand.co[q * R + r] as number) + costTol) cheaper = false;
        if (
          (cheaper && dominatesAt(cand.sc, pk * E, cand.sc, q * E, E, tol, hintValue)) ||
          ((lowerSum[pk] as number) >= qUpper && dominatesAt(lower, pk * E, upper, q * E, E, tol, hintBound))
        ) {
          dropped = true;
          break;
        }
      }
      if (dropped) continue;
      if (kept.length >= maxPortfolios) {
        truncated = true;
        break;
      }
      kept.push(q);
      greedyInto(projects, k + 1, sums, budget, cand, q, lower, E, R, costTol);
      let t = 0;
      for (let e = 0; e < E; e++) t += lower[q * E + e] as number;
      lowerSum[q] = t;
    }
    const nextStates = states(kept.length, E, R, W);
    for (const q of kept) copyState(cand, q, nextStates, E, R, W);
    cur = nextStates;
  }
  const portfolios: number[][] = [];
  for (let i = 0; i < cur.n; i++) {
    const chosen: number[] = [];
    for (let k = 0; k < m; k++)
      if (((cur.set[i * W + (k >>> 5)] as number) & (1 << (k & 31))) !== 0) chosen.push(k);
    portfolios.push(chosen);
  }
  return { portfolios, truncated };
}

/**
 * lower[q…] = the values of q completed greedily: the projects from `from` on, in the given order
 * (most value per budget share first), each taken when its summed value is positive and it fits.
 * A feasible portfolio, so whatever it dominates cannot be non-dominated.
 */
function greedyInto(
  projects: readonly ProjectVectors[],
  from: number,
  sums: readonly number[],
  budget: Float64Array,
  cand: States,
  q: number,
  lower: Float64Array,
  E: number,
  R: number,
  costTol: number,
): void {
  const o = q * E;
  for (let e = 0; e < E; e++) lower[o + e] = cand.sc[o + e] as number;
  const left = new Float64Array(R);
  for (let r = 0; r < R; r++) left[r] = (budget[r] as number) + costTol - (cand.co[q * R + r] as number);
  for (let j = from; j < projects.length; j++) {
    if ((sums[j] as number) <= 0) continue;
    const p = projects[j] as ProjectVectors;
    let fits = true;
    for (let r = 0; r < R; r++) if ((p.cost[r] as number) > (left[r] as number)) fits = false;
    if (!fits) continue;
    for (let r = 0; r < R; r++) left[r] = (left[r] as number) - (p.cost[r] as number);
    for (let e = 0; e < E; e++) lower[o + e] = (lower[o + e] as number) + (p.scores[e] as number);
  }
}
