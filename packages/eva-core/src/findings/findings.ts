import {
  type Assessment,
  type AssessmentDraftInput as AssessmentDraft,
  isScreenedOut,
} from "../schemas/assessment.js";
import type { Evaluation } from "../schemas/evaluation.js";
import type { Finding } from "../schemas/finding.js";
import type { Strategy } from "../schemas/strategy.js";
import { checkAlternatives } from "./check-alternatives.js";
import { checkBasics } from "./check-basics.js";
import { checkConclusion, checkEvaluation } from "./check-conclusion.js";
import { checkPlainLanguage } from "./check-plain-language.js";
import { checkRatings } from "./check-ratings.js";
import { checkWeightsEconomyRisk } from "./check-weights-economy-risk.js";

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/**
 * huomiot: the quality findings of an assessment, draft or complete. Errors are what blocks
 * submission (including everything a draft still lacks); warnings and info help the preparer and
 * the approver. With an evaluation, also dominance, best score, robustness and method agreement.
 * Sorted by severity, then path, then code, so the list is stable.
 * @example findings({}, exampleStrategies.kaarina).filter((f) => f.severity === "error").length // > 0
 */
export function findings(
  assessment: AssessmentDraft | Assessment,
  strategy: Strategy,
  evaluation?: Evaluation,
): Finding[] {
  const a = assessment as AssessmentDraft;
  // a case that screening closes without an EVA needs its basics and the reason, nothing else
  const all = isScreenedOut(a)
    ? [...checkBasics(a), ...checkPlainLanguage(a)]
    : [
        ...checkBasics(a),
        ...checkAlternatives(a),
        ...checkRatings(a, strategy),
        ...checkWeightsEconomyRisk(a, strategy),
        ...checkConclusion(a),
        ...checkPlainLanguage(a),
        ...(evaluation ? checkEvaluation(a, evaluation) : []),
      ];
  return all.sort(
    (x, y) =>
      severityOrder[x.severity] - severityOrder[y.severity] ||
      (x.path < y.path ? -1 : x.path > y.path ? 1 : 0) ||
      (x.code < y.code ? -1 : x.code > y.code ? 1 : 0) ||
      JSON.stringify(x.params).localeCompare(JSON.stringify(y.params)),
  );
}

/** True when nothing blocks submission. */
export function canSubmit(list: ReadonlyArray<Finding>): boolean {
  return !list.some((f) => f.severity === "error");
}
