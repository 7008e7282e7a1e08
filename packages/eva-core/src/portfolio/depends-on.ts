/** What a borderline project's place depends on: the criterion whose weight favours it most, and against. */
export interface BorderlineDriver {
  /** the criterion whose higher weight brings the project into the best portfolios; null if none */
  favoredBy: number | null;
  /** the criterion whose higher weight leaves it out; null if none */
  disfavoredBy: number | null;
}

// weight differences below this (0.0001 percentage points) are rounding, not a preference
const NOISE = 1e-9;

/**
 * For each borderline project, which weights it depends on. Each non-dominated portfolio has its
 * best corners of the weight set: the extreme points where it falls least short of the best
 * portfolio there (where it is best, if it is best anywhere). The mean of those corners is the
 * weighting that speaks for that portfolio. A borderline project is in some of the non-dominated
 * portfolios and not in others; the criterion whose weight is highest in the former's weightings
 * compared with the latter's favours the project, the one lowest disfavours it.
 * `values[p][e]` is portfolio p's value at extreme point e.
 */
export function borderlineDrivers(
  members: ReadonlyArray<ReadonlySet<number>>,
  values: ReadonlyArray<ArrayLike<number>>,
  extremePoints: readonly number[][],
  borderline: readonly number[],
  tol: number,
): Map<number, BorderlineDriver> {
  const E = extremePoints.length;
  const n = extremePoints[0]?.length ?? 0;
  const best = new Float64Array(E).fill(Number.NEGATIVE_INFINITY);
  for (const v of values) for (let e = 0; e < E; e++) best[e] = Math.max(best[e] as number, v[e] ?? 0);
  const weighting = values.map((v) => {
    let least = Number.POSITIVE_INFINITY;
    for (let e = 0; e < E; e++) least = Math.min(least, (best[e] as number) - (v[e] ?? 0));
    const w = new Float64Array(n);
    let count = 0;
    extremePoints.forEach((x, e) => {
      if ((best[e] as number) - (v[e] ?? 0) > least + tol) return;
      count += 1;
      for (let i = 0; i < n; i++) w[i] = (w[i] as number) + (x[i] ?? 0);
    });
    return w.map((x) => x / count);
  });
  const out = new Map<number, BorderlineDriver>();
  for (const j of borderline) {
    const inside = new Float64Array(n);
    const outside = new Float64Array(n);
    let nIn = 0;
    let nOut = 0;
    members.forEach((set, p) => {
      const w = weighting[p] as Float64Array;
      const target = set.has(j) ? inside : outside;
      for (let i = 0; i < n; i++) target[i] = (target[i] as number) + (w[i] as number);
      if (set.has(j)) nIn += 1;
      else nOut += 1;
    });
    let favoredBy: number | null = null;
    let disfavoredBy: number | null = null;
    let hi = NOISE;
    let lo = -NOISE;
    for (let i = 0; i < n; i++) {
      const d = (inside[i] as number) / Math.max(1, nIn) - (outside[i] as number) / Math.max(1, nOut);
      if (d > hi) {
        hi = d;
        favoredBy = i;
      }
      if (d < lo) {
        lo = d;
        disfavoredBy = i;
      }
    }
    out.set(j, { favoredBy, disfavoredBy });
  }
  return out;
}
