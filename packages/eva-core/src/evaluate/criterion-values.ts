import type { Assessment, Rating } from "../schemas/assessment.js";
import type { EvaluationCriterion } from "../schemas/evaluation.js";

/** The rating value function: v = (r + 3) / 6 maps −3..+3 to 0..1 (the baseline is not forced to 0). */
export function ratingValue(rating: number): number {
  return (rating + 3) / 6;
}

export interface ValueMatrix {
  /** [alternative][criterion] on 0..1 as scored: a missing value is 0 */
  values: number[][];
  /** [alternative][criterion]: true where the value is missing (not assessed, no rating, no flows) */
  missing: boolean[][];
  /** [alternative][criterion]: the rating as entered, or undefined (npv / risk criteria, no rating) */
  ratings: Array<Array<Rating | undefined>>;
}

/**
 * The 0..1 value matrix. Ratings of criteria that are not in the value tree (unknown ids, npv
 * dimensions, bilingual-only dimensions in a monolingual municipality) are ignored here;
 * findings() reports them.
 */
export function valueMatrix(
  assessment: Assessment,
  criteria: readonly EvaluationCriterion[],
  npv: ReadonlyArray<number | null>,
  risk: readonly number[],
): ValueMatrix {
  const byCell = new Map<string, Rating>();
  for (const r of assessment.ratings) {
    const key = `${r.alternativeId}\u0000${r.criterionId}`;
    if (!byCell.has(key)) byCell.set(key, r);
  }
  const values: number[][] = [];
  const missing: boolean[][] = [];
  const ratings: Array<Array<Rating | undefined>> = [];
  assessment.alternatives.forEach((alt, i) => {
    const rowValues: number[] = [];
    const rowMissing: boolean[] = [];
    const rowRatings: Array<Rating | undefined> = [];
    for (const c of criteria) {
      let value: number | null;
      let rating: Rating | undefined;
      if (c.measure === "npv") value = npv[i] ?? null;
      else if (c.measure === "risk") value = risk[i] ?? null;
      else {
        rating = byCell.get(`${alt.id}\u0000${c.id}`);
        value = rating === undefined || rating.value === "not-assessed" ? null : ratingValue(rating.value);
      }
      rowValues.push(value ?? 0);
      rowMissing.push(value === null);
      rowRatings.push(rating);
    }
    values.push(rowValues);
    missing.push(rowMissing);
    ratings.push(rowRatings);
  });
  return { values, missing, ratings };
}
