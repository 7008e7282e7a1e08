/**
 * Dominance between portfolios, checked at the extreme points of the weight set S. A portfolio's
 * value V(p, w) is linear in w, so V(p, w) ≥ V(q, w) on all of S exactly when it holds at every
 * extreme point, and > somewhere on S exactly when > at one of them. A portfolio is therefore
 * represented by its vector of values at the extreme points.
 */

/**
 * The tolerance under which two portfolio values count as equal: 1e-9 of the largest value any
 * portfolio can have. Values at the extreme points are sums of the projects' values in varying
 * order; their rounding noise is ~1e-16 of that, while a difference that matters to a decision
 * is far larger. Relative, so that scaling all values changes nothing.
 */
export function valueTolerance(scores: ReadonlyArray<ArrayLike<number>>, extremePoints: number): number {
  let scale = 0;
  for (let e = 0; e < extremePoints; e++) {
    let s = 0;
    for (const row of scores) s += Math.abs(row[e] ?? 0);
    scale = Math.max(scale, s);
  }
  return 1e-9 * (scale > 0 ? scale : 1);
}

/**
 * a[ao…] dominates b[bo…] over E extreme points: ≥ at each (within `tol`) and > at one. The
 * enumeration calls this for millions of pairs, on flat arrays. `hint[0]` is the extreme point
 * where the last check failed: checks start there, as similar portfolios fail at similar points.
 */
export function dominatesAt(
  a: Float64Array,
  ao: number,
  b: Float64Array,
  bo: number,
  E: number,
  tol: number,
  hint: Int32Array,
): boolean {
  let strict = false;
  const start = (hint[0] as number) < E ? (hint[0] as number) : 0;
  for (let k = 0; k < E; k++) {
    const e = start + k < E ? start + k : start + k - E;
    const d = (a[ao + e] as number) - (b[bo + e] as number);
    if (d < -tol) {
      hint[0] = e;
      return false;
    }
    if (d > tol) strict = true;
  }
  return strict;
}
