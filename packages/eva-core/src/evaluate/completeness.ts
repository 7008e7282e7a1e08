import type { Assessment } from "../schemas/assessment.js";
import type { Evaluation } from "../schemas/evaluation.js";
import type { ValueMatrix } from "./criterion-values.js";

/**
 * The required inputs counted by `completeness` (documented in docs/methodology):
 * 1. a rating with a value (not "not-assessed") for every alternative × rating criterion;
 * 2. a justification for every non-zero rating;
 * 3. cash flows (at least one row) for every alternative;
 * 4. at least one risk for every alternative except the baseline;
 * 5. at least one participation entry;
 * 6. the problem and the objective of the basics;
 * 7. a description for every alternative;
 * 8. the conclusion's justification;
 * 9. a follow-up date with at least one indicator.
 */
export function completeness(
  assessment: Assessment,
  matrix: ValueMatrix,
  isRatingCriterion: readonly boolean[],
): Evaluation["completeness"] {
  let filled = 0;
  let required = 0;
  const need = (ok: boolean) => {
    required += 1;
    if (ok) filled += 1;
  };
  const text = (s: string | undefined) => (s ?? "").trim().length > 0;
  matrix.ratings.forEach((row, i) => {
    row.forEach((rating, j) => {
      if (!isRatingCriterion[j]) return;
      need(matrix.missing[i]?.[j] === false);
      if (rating !== undefined && typeof rating.value === "number" && rating.value !== 0) {
        need(text(rating.justification));
      }
    });
  });
  const flows = assessment.economy?.flows ?? [];
  const risks = assessment.risks?.items ?? [];
  for (const alt of assessment.alternatives) {
    need(flows.some((f) => f.alternativeId === alt.id && f.rows.length > 0));
    if (!alt.baseline) need(risks.some((r) => r.alternativeId === alt.id));
    need(text(alt.description));
  }
  need(assessment.participation.length > 0);
  need(text(assessment.basics.problem));
  need(text(assessment.basics.objective));
  need(text(assessment.conclusion.justification));
  const followUp = assessment.conclusion.followUp;
  need(followUp !== undefined && followUp.indicators.length > 0);
  return { percent: required === 0 ? 100 : (100 * filled) / required, filled, required };
}
