/** A pairwise judgement that does not fit the weights the whole matrix implies. */
export interface Revisit {
  /** row and column in the matrix given */
  i: number;
  j: number;
  /** the judgement a_ij as entered */
  judgement: number;
  /** w_i / w_j: what a_ij would be if it agreed with the weights */
  implied: number;
}

/**
 * The judgement to revisit first: the pair (i < j) whose a_ij deviates most from the implied
 * ratio w_i/w_j, measured as |ln(a_ij · w_j / w_i)| so that "3 too much" and "3 too little" count
 * alike. Null below three items, where a reciprocal matrix is always consistent. Pure.
 */
export function judgementToRevisit(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
): Revisit | null {
  const n = weights.length;
  if (n < 3) return null;
  let best: Revisit | null = null;
  let worst = -1;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = matrix[i]?.[j] ?? 1;
      const implied = (weights[i] ?? 0) / (weights[j] ?? 1);
      const deviation = Math.abs(Math.log(a / implied));
      if (deviation > worst + 1e-12) {
        worst = deviation;
        best = { i, j, judgement: a, implied };
      }
    }
  }
  return best;
}
