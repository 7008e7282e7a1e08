/** A project as the enumeration sees it: its values at the extreme points and its costs. */
export interface ProjectVectors {
  /** V({j}, e) at each extreme point e */
  scores: Float64Array;
  /** cost per resource, ≥ 0 */
  cost: Float64Array;
}

/**
 * For the projects still to come (`from` on), at each extreme point e and resource r, the
 * fractional knapsack: their positive values at e sorted by value per cost, with cumulative
 * costs and values. Taking the best of them, the last one in part, is the most any completion
 * can add at e with a given residual budget (the LP relaxation, Dantzig 1957): an upper bound.
 */
export interface CompletionBound {
  /** [e · R + r]: cumulative costs 0, c1, c1 + c2, … */
  cost: Float64Array[];
  /** [e · R + r]: cumulative values */
  value: Float64Array[];
  /** [e · R + r]: each item's value per cost */
  ratio: Float64Array[];
}

export function completionBound(
  projects: readonly ProjectVectors[],
  from: number,
  E: number,
  R: number,
): CompletionBound {
  const out: CompletionBound = { cost: [], value: [], ratio: [] };
  const items: Array<{ v: number; c: number; ratio: number }> = [];
  for (let e = 0; e < E; e++) {
    for (let r = 0; r < R; r++) {
      items.length = 0;
      for (let j = from; j < projects.length; j++) {
        const p = projects[j] as ProjectVectors;
        const v = p.scores[e] as number;
        if (v <= 0) continue;
        const c = p.cost[r] as number;
        items.push({ v, c, ratio: c > 0 ? v / c : Number.POSITIVE_INFINITY });
      }
      items.sort((a, b) => b.ratio - a.ratio);
      const cost = new Float64Array(items.length + 1);
      const value = new Float64Array(items.length + 1);
      const ratio = new Float64Array(items.length);
      items.forEach((it, t) => {
        cost[t + 1] = (cost[t] as number) + it.c;
        value[t + 1] = (value[t] as number) + it.v;
        ratio[t] = it.ratio;
      });
      out.cost.push(cost);
      out.value.push(value);
      out.ratio.push(ratio);
    }
  }
  return out;
}

/**
 * out[o + e] = base[bo + e] + the bound at e with the residual budget: the least of the
 * resources' fractional knapsacks (each alone is an upper bound, so the least is too).
 */
export function upperBoundInto(
  bound: CompletionBound,
  residual: ArrayLike<number>,
  base: Float64Array,
  bo: number,
  out: Float64Array,
  o: number,
  E: number,
  R: number,
): void {
  for (let e = 0; e < E; e++) {
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < R; r++) {
      const i = e * R + r;
      const cost = bound.cost[i] as Float64Array;
      const b = Math.max(0, residual[r] as number);
      // the last t with cost[t] ≤ b (cost is non-decreasing)
      let lo = 0;
      let hi = cost.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((cost[mid] as number) <= b) lo = mid;
        else hi = mid - 1;
      }
      let f = (bound.value[i] as Float64Array)[lo] as number;
      // the next item has a positive cost (its cumulative cost exceeds b ≥ cost[lo]): take a part
      if (lo < cost.length - 1)
        f += (b - (cost[lo] as number)) * ((bound.ratio[i] as Float64Array)[lo] as number);
      if (f < best) best = f;
    }
    out[o + e] = (base[bo + e] as number) + best;
  }
}
