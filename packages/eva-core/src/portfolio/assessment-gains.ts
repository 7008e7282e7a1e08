import { EvaError } from "../errors.js";
import { valueMatrix } from "../evaluate/criterion-values.js";
import { economyResult, npvValues } from "../evaluate/economy.js";
import { engine } from "../evaluate/evaluate.js";
import { riskResult, riskValues } from "../evaluate/risk.js";
import { buildValueTree } from "../evaluate/value-tree.js";
import { type Assessment, AssessmentSchema } from "../schemas/assessment.js";
import type { Evaluation } from "../schemas/evaluation.js";
import { type Strategy, StrategySchema } from "../schemas/strategy.js";
import { type CriterionGroup, criterionGroups } from "../schemas/weights.js";

/** What a portfolio needs of one assessment: its recommendation's gains over the zero option, and costs. */
export interface AssessmentGains {
  /** per group of the value tree: Σ local weight × (value of the recommended − value of the zero option), −1..1 */
  gains: Record<CriterionGroup, number>;
  /** the assessment's group weights (0 for a group it does not have), Σ = 1 */
  groupWeights: Record<CriterionGroup, number>;
  /** per budget year: the recommended alternative's investment minus the zero option's, euros */
  investment: Map<number, number>;
  /** NPV of the zero option minus NPV of the recommended alternative (what choosing it costs), euros */
  npvCost: number;
}

type Path = Array<string | number>;

function parse<T>(
  schema: { safeParse(x: unknown): { success: true; data: T } | { success: false; error: unknown } },
  input: unknown,
  code: "invalid_assessment" | "invalid_strategy",
  at: Path,
): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = (parsed.error as { issues?: Array<{ message: string; path: PropertyKey[] }> }).issues?.[0];
  const path = [...at, ...(issue?.path ?? []).map((p) => (typeof p === "number" ? p : String(p)))];
  throw new EvaError(code, issue?.message ?? code, path);
}

/** The parts of an evaluation the gains are made of (what evaluate() scores). */
type Scored = Pick<Evaluation, "criteria" | "values" | "economy" | "groups"> & { assessment: Assessment };

function score(assessment: unknown, strategy: unknown, at: Path): Scored {
  const a = parse<Assessment>(AssessmentSchema, assessment, "invalid_assessment", [...at, "assessment"]);
  const s = parse<Strategy>(StrategySchema, strategy, "invalid_strategy", [...at, "strategy"]);
  // evaluate()'s value tree, economy and value matrix, without its robustness analyses (SMAA
  // samples are most of evaluate's time and a portfolio needs none of them)
  const tree = buildValueTree(engine, a, s);
  const economy = economyResult(engine, a);
  const risk = riskResult(engine, a);
  const { values } = valueMatrix(a, tree.criteria, npvValues(economy), riskValues(risk));
  return { criteria: tree.criteria, values, economy, groups: tree.groups, assessment: a };
}

/**
 * The recommended alternative against the zero option (nollavaihtoehto), per criterion group:
 * the group's score gain (its criteria's local weights × value differences), as evaluate() scores
 * them, and what choosing it costs. Takes the evaluation when given (the same numbers), or scores
 * the assessment against its strategy.
 */
export function assessmentGains(
  item: { assessment: Assessment; strategy: Strategy; evaluation?: Evaluation | undefined },
  at: Path,
): AssessmentGains {
  const scored: Scored = item.evaluation ?? score(item.assessment, item.strategy, at);
  const alternatives = scored.assessment.alternatives;
  const recommended = alternatives.findIndex(
    (a) => a.id === scored.assessment.conclusion.recommendedAlternativeId,
  );
  const zero = alternatives.findIndex((a) => a.baseline);
  if (recommended < 0 || zero < 0) {
    throw new EvaError("invalid_assessment", "the assessment needs a recommendation and a zero option", [
      ...at,
      "assessment",
      "conclusion",
    ]);
  }
  const gains = Object.fromEntries(criterionGroups.map((g) => [g, 0])) as Record<CriterionGroup, number>;
  const groupWeights = { ...gains };
  for (const g of scored.groups) groupWeights[g.id] = g.weight;
  const rec = scored.values[recommended] ?? [];
  const base = scored.values[zero] ?? [];
  scored.criteria.forEach((c, j) => {
    gains[c.group] += c.localWeight * ((rec[j] ?? 0) - (base[j] ?? 0));
  });
  const money = (i: number) => scored.economy.alternatives[i];
  const investment = new Map<number, number>();
  for (const year of scored.economy.years) {
    const inv = (i: number) => money(i)?.byYear.find((y) => y.year === year)?.investment ?? 0;
    investment.set(year, inv(recommended) - inv(zero));
  }
  const npvCost = (money(zero)?.npv ?? 0) - (money(recommended)?.npv ?? 0);
  return { gains, groupWeights, investment, npvCost };
}
