import type { Assessment, RatingValue } from "../schemas/assessment.js";
import type { Finding } from "../schemas/finding.js";
import type { FollowUpRecord, PredictionComparison, PredictionRow } from "../schemas/follow-up.js";

export type { PredictionComparison, PredictionRow } from "../schemas/follow-up.js";

const num = (v: RatingValue | null | undefined): number | null => (typeof v === "number" ? v : null);

/**
 * Predicted versus realised impacts of the chosen alternative (the recommendation), criterion by
 * criterion, with the mean absolute error in rating steps. Pure: the follow-up record is data.
 */
export function comparePredictions(assessment: Assessment, record: FollowUpRecord): PredictionComparison {
  const chosen = assessment.conclusion.recommendedAlternativeId;
  const predicted = new Map(
    assessment.ratings
      .filter((r) => r.alternativeId === chosen)
      .map((r) => [r.criterionId, r.value] as const),
  );
  const realised = new Map(record.realised.map((r) => [r.criterionId, r.value] as const));
  const ids = [...new Set([...predicted.keys(), ...realised.keys()])].sort();
  const rows = ids.map((criterionId): PredictionRow => {
    const p = predicted.get(criterionId) ?? null;
    const r = realised.get(criterionId) ?? null;
    const pn = num(p);
    const rn = num(r);
    return {
      criterionId,
      predicted: p,
      realised: r,
      difference: pn !== null && rn !== null ? rn - pn : null,
    };
  });
  const diffs = rows.flatMap((row) => (row.difference === null ? [] : [Math.abs(row.difference)]));
  return {
    alternativeId: chosen,
    rows,
    compared: diffs.length,
    meanAbsoluteError: diffs.length ? diffs.reduce((a, b) => a + b, 0) / diffs.length : null,
    withinOneStep: diffs.length ? diffs.filter((d) => d <= 1).length / diffs.length : null,
  };
}

/**
 * The follow-up finding: `follow_up_overdue` (warning) when the follow-up date has passed and
 * nothing has been recorded since it. `today` is a parameter (ISO date): the core reads no clock.
 */
export function followUpFindings(
  assessment: Pick<Assessment, "conclusion">,
  records: ReadonlyArray<Pick<FollowUpRecord, "recordedAt">>,
  today: string,
): Finding[] {
  const due = assessment.conclusion.followUp?.date;
  if (!due || due >= today) return [];
  if (records.some((r) => r.recordedAt >= due)) return [];
  return [
    {
      code: "follow_up_overdue",
      severity: "warning",
      path: "/conclusion/followUp/date",
      params: { date: due, today },
    },
  ];
}
