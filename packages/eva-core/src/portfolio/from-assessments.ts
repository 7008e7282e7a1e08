import { EvaError } from "../errors.js";
import type { Assessment } from "../schemas/assessment.js";
import type { Evaluation } from "../schemas/evaluation.js";
import type { Strategy } from "../schemas/strategy.js";
import { type CriterionGroup, criterionGroups } from "../schemas/weights.js";
import { type AssessmentGains, assessmentGains } from "./assessment-gains.js";
import type { RpmInput } from "./validate-input.js";

export interface PortfolioItem {
  assessment: Assessment;
  strategy: Strategy;
  /** evaluate(assessment, strategy), when the caller has it; otherwise the assessment is scored */
  evaluation?: Evaluation;
  /** the project's id in the result; default the case id (diaarinumero) */
  id?: string;
}

export interface PortfolioFromAssessmentsOptions {
  /** euros, ≥ 0 */
  budget: number;
  /** the budget year whose investments are the costs; absent = the NPV cost */
  year?: number;
  /** the weights' half-width as a share of each group weight, 0..1; default 0.5 (w ± 50 %) */
  spread?: number;
}

/** rpm's input, with what its numbers mean. */
export interface PortfolioProblem extends RpmInput {
  /** the criterion of each entry of `values`: the value tree's seven groups, always in this order */
  criteria: CriterionGroup[];
  /** the centre of the weights: the mean of the assessments' group weights, Σ = 1 */
  groupWeights: number[];
  weights: { lower: number[]; upper: number[] };
}

export const defaultSpread = 0.5;

function option(ok: boolean, message: string, path: Array<string | number>): void {
  if (!ok) throw new EvaError("invalid_option", message, path);
}

/**
 * Many EVAs, one budget: rpm's input with one project per assessment (submitted or approved).
 * - values: the recommended alternative's score gain over the zero option in each of the seven
 *   criterion groups (strategy, values, people, environment, economy, organisation, risk), as
 *   evaluate() scores them; a group the assessment lacks gains 0;
 * - cost: the recommended alternative's investment in `year` above the zero option's, or without
 *   `year` its NPV cost above the zero option's (NPV of the zero option − NPV of the recommended);
 *   a recommendation that costs less than doing nothing costs 0;
 * - weights: the mean of the assessments' group weights (the strategy's defaults unless an
 *   assessment overrides them) ± `spread` of each (default 50 %), within 0..1.
 */
export function portfolioFromAssessments(
  items: PortfolioItem[],
  options: PortfolioFromAssessmentsOptions,
): PortfolioProblem {
  if (!Array.isArray(items) || items.length === 0)
    throw new EvaError("empty_input", "there are no assessments", ["items"]);
  const { budget, year } = options;
  const spread = options.spread ?? defaultSpread;
  option(typeof budget === "number" && Number.isFinite(budget) && budget >= 0, "budget must be euros ≥ 0", [
    "options",
    "budget",
  ]);
  option(year === undefined || Number.isInteger(year), "year must be a budget year", ["options", "year"]);
  option(Number.isFinite(spread) && spread >= 0 && spread <= 1, "spread must be within 0..1", [
    "options",
    "spread",
  ]);
  const gains: AssessmentGains[] = items.map((item, k) => assessmentGains(item, ["items", k]));
  const centre = criterionGroups.map((g) => gains.reduce((t, x) => t + x.groupWeights[g], 0) / gains.length);
  const total = centre.reduce((t, w) => t + w, 0);
  const groupWeights = centre.map((w) => (total > 0 ? w / total : 1 / centre.length));
  const projects = items.map((item, k) => {
    const g = gains[k] as AssessmentGains;
    const cost = year === undefined ? g.npvCost : (g.investment.get(year) ?? 0);
    return {
      id: item.id ?? item.assessment.basics.caseRef.caseId,
      cost: Math.max(0, cost),
      values: criterionGroups.map((c) => g.gains[c]),
    };
  });
  return {
    projects,
    budget,
    criteria: [...criterionGroups],
    groupWeights,
    weights: {
      lower: groupWeights.map((w) => Math.max(0, w * (1 - spread))),
      upper: groupWeights.map((w) => Math.min(1, w * (1 + spread))),
    },
  };
}
