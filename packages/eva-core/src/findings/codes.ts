import type { Severity } from "../schemas/finding.js";

/**
 * Every finding code with its severity. Codes are stable: never renamed or reused, only added.
 * `error` blocks submission for approval; `warning` and `info` are shown to the preparer, the
 * approver and, when open, in the board summary.
 */
export const findingCodes = {
  // what a draft still lacks
  missing_title: "error",
  missing_case_ref: "error",
  missing_decision_body: "error",
  missing_preparer: "error",
  missing_problem: "error",
  missing_objective: "error",
  missing_screening: "error",
  screening_reason_missing: "error",
  too_few_alternatives: "error",
  no_baseline: "error",
  missing_alternative_text: "error",
  missing_risk_title: "error",
  missing_participation_summary: "error",
  missing_ratings: "error",
  unjustified_rating: "error",
  missing_recommendation: "error",
  missing_justification: "error",
  confidential_without_reason: "error",
  weights_override_without_reason: "error",
  recommended_not_best: "error",
  // quality
  screening_none_but_affected: "warning",
  not_assessed: "warning",
  unknown_criterion: "warning",
  children_not_assessed: "warning",
  language_rights_not_assessed: "warning",
  ahp_inconsistent: "warning",
  high_risk_without_mitigation: "warning",
  costs_without_funding: "warning",
  recommended_dominated: "warning",
  winner_fragile: "warning",
  missing_could_change_winner: "warning",
  participation_missing: "warning",
  no_follow_up: "warning",
  follow_up_overdue: "warning",
  long_sentence: "info",
  unexplained_abbreviation: "info",
  methods_disagree: "info",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof findingCodes;
