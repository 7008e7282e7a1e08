import type { Evaluation } from "../schemas/evaluation.js";

type Comparison = Evaluation["comparisons"][number];

/**
 * "Why A over B": for the winner against each other alternative, the weighted differences
 * w_j (v_wj − v_oj) per criterion, largest first (ties in criterion order).
 */
export function comparisons(
  alternativeIds: readonly string[],
  criterionIds: readonly string[],
  contributions: readonly (readonly number[])[],
  scores: readonly number[],
  winner: number,
): Comparison[] {
  const winnerId = alternativeIds[winner] ?? "";
  const own = contributions[winner] ?? [];
  const out: Comparison[] = [];
  alternativeIds.forEach((otherId, i) => {
    if (i === winner) return;
    const other = contributions[i] ?? [];
    const reasons = criterionIds
      .map((criterionId, j) => ({ criterionId, difference: (own[j] ?? 0) - (other[j] ?? 0), j }))
      .sort((a, b) => b.difference - a.difference || a.j - b.j)
      .map(({ criterionId, difference }) => ({ criterionId, difference }));
    out.push({
      winnerId,
      otherId,
      difference: (scores[winner] ?? 0) - (scores[i] ?? 0),
      reasons,
    });
  });
  return out;
}
