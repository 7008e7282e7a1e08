/**
 * Tolerance under which two scores count as tied: 1e-12 relative to the larger magnitude (and
 * absolute near 0), so that rounding noise from summing the same numbers in another order never
 * splits a real tie, while any difference a person could see still ranks.
 */
export const TIE_TOLERANCE = 1e-12;

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Competition ranks ("1, 1, 3"): 1 + the number of alternatives strictly better.
 * `better: "higher"` for scores where more is better, "lower" for VIKOR's Q and the like.
 */
export function rankScores(scores: ArrayLike<number>, better: "higher" | "lower" = "higher"): number[] {
  const n = scores.length;
  const ranks: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const si = scores[i] ?? 0;
    let r = 1;
    for (let k = 0; k < n; k++) {
      const sk = scores[k] ?? 0;
      if (k !== i && !nearlyEqual(si, sk) && (better === "higher" ? sk > si : sk < si)) r++;
    }
    ranks[i] = r;
  }
  return ranks;
}
