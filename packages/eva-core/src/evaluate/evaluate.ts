import { npv, riskLevel } from "../economy/index.js";
import { EvaError } from "../errors.js";
import { findings } from "../findings/findings.js";
import {
  ahp,
  normalizeWeights,
  promethee2,
  rankWeights,
  ratingSwitchingValues,
  smaa,
  swingWeights,
  switchingValues,
  topsis,
  vikor,
  weightedSum,
} from "../mcda/index.js";
import { type Assessment, AssessmentSchema } from "../schemas/assessment.js";
import type { Evaluation } from "../schemas/evaluation.js";
import { type Strategy, StrategySchema } from "../schemas/strategy.js";
import type { CriterionGroup } from "../schemas/weights.js";
import { comparisons } from "./comparisons.js";
import { completeness } from "./completeness.js";
import { conventions } from "./conventions.js";
import { valueMatrix } from "./criterion-values.js";
import { economyResult, npvValues } from "./economy.js";
import type { Engine } from "./engine.js";
import { riskResult, riskValues } from "./risk.js";
import { crossCheck, ratingSwitches, smaaResult, weightSwitches } from "./robustness.js";
import { buildValueTree } from "./value-tree.js";

export interface EvaluateOptions {
  /** seed of the SMAA sampler; default 1 */
  seed?: number;
  /** SMAA samples; default 10,000 */
  samples?: number;
}

export const defaultSeed = 1;
export const defaultSamples = 10_000;

function parseOrThrow<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: unknown } },
  input: unknown,
  code: "invalid_assessment" | "invalid_strategy",
): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = (parsed.error as { issues?: Array<{ message: string; path: PropertyKey[] }> }).issues ?? [];
  const first = issues[0];
  const path = (first?.path ?? []).map((p) => (typeof p === "number" ? p : String(p)));
  throw new EvaError(code, first?.message ?? `${code}`, path, { issues: issues.length });
}

/**
 * tulos: evaluates a complete assessment against the strategy version it was made against.
 * Pure and deterministic: the same input and seed give byte-identical JSON. Nothing is rounded.
 * See docs/methodology ("Evaluating an assessment") and `Evaluation.conventions`.
 */
export function evaluateWith(
  engine: Engine,
  assessment: Assessment,
  strategy: Strategy,
  options: EvaluateOptions = {},
): Evaluation {
  const seed = options.seed ?? defaultSeed;
  const samples = options.samples ?? defaultSamples;
  if (!Number.isSafeInteger(seed)) throw new EvaError("invalid_option", "seed must be an integer", ["seed"]);
  if (!Number.isSafeInteger(samples) || samples < 1) {
    throw new EvaError("invalid_option", "samples must be a positive integer", ["samples"]);
  }
  // parsing also copies the inputs, so nothing below can touch the caller's objects
  const a = parseOrThrow<Assessment>(AssessmentSchema, assessment, "invalid_assessment");
  const s = parseOrThrow<Strategy>(StrategySchema, strategy, "invalid_strategy");

  const tree = buildValueTree(engine, a, s);
  const criteria = tree.criteria;
  const criterionIds = criteria.map((c) => c.id);
  const weights = criteria.map((c) => c.weight);
  const alternativeIds = a.alternatives.map((alt) => alt.id);

  const economy = economyResult(engine, a);
  const risk = riskResult(engine, a);
  const matrix = valueMatrix(a, criteria, npvValues(economy), riskValues(risk));
  const { values, missing } = matrix;

  // ranks 1 = best; scores within the engine's tie tolerance share a rank (1, 1, 3)
  const { scores, ranks } = engine.weightedSum(values, weights);
  const contributions = values.map((row) => row.map((v, j) => (weights[j] ?? 0) * v));

  const alternatives = a.alternatives.map((alt, i) => {
    const own = contributions[i] ?? [];
    const groupContributions: Partial<Record<CriterionGroup, number>> = {};
    criteria.forEach((c, j) => {
      groupContributions[c.group] = (groupContributions[c.group] ?? 0) + (own[j] ?? 0);
    });
    const score = scores[i] ?? 0;
    // a missing value counts as 0 (= rating −3), so the worst case is the score itself and the
    // best case adds each missing criterion's full weight (value 1 = rating +3)
    let upside = 0;
    let notAssessed = 0;
    missing[i]?.forEach((isMissing, j) => {
      if (!isMissing) return;
      notAssessed += 1;
      upside += weights[j] ?? 0;
    });
    return {
      alternativeId: alt.id,
      name: alt.name,
      baseline: alt.baseline,
      score,
      rank: ranks[i] ?? 1,
      contributions: own,
      groupContributions,
      interval: { min: score, max: Math.min(1, score + upside) },
      notAssessed,
    };
  });

  const winnerIds = alternatives
    .filter((alt) => alt.rank === 1)
    .map((alt) => alt.alternativeId)
    .sort();
  const winnerId = winnerIds[0] ?? alternativeIds[0] ?? "";
  const winner = Math.max(0, alternativeIds.indexOf(winnerId));
  const winnerMin = alternatives[winner]?.interval.min ?? 0;
  const rankingCouldChange = alternatives.some((alt, i) => i !== winner && alt.interval.max >= winnerMin);

  const evaluation: Evaluation = {
    title: a.basics.title,
    caseRef: a.basics.caseRef,
    decisionBody: a.basics.decisionBody,
    language: a.basics.language,
    strategy: { id: s.id, version: s.version, name: s.name },
    groups: tree.groups,
    groupWeighting: tree.groupWeighting,
    criteria,
    values,
    alternatives,
    winnerIds,
    recommendedId: a.conclusion.recommendedAlternativeId,
    rankingCouldChange,
    comparisons: comparisons(alternativeIds, criterionIds, contributions, scores, winner),
    switching: {
      weights: weightSwitches(engine, values, weights, alternativeIds, criterionIds),
      ratings: ratingSwitches(engine, matrix, weights, alternativeIds, criterionIds),
    },
    smaa: smaaResult(engine, matrix, samples, seed),
    crossCheck: crossCheck(engine, values, weights, winner),
    economy,
    risk,
    completeness: completeness(
      a,
      matrix,
      criteria.map((c) => c.measure === "rating"),
    ),
    findings: [],
    conventions: conventions(seed, samples),
    assessment: a,
  };
  return { ...evaluation, findings: findings(a, s, evaluation) };
}

/** The engine of src/mcda and src/economy, which evaluate() runs on. */
export const engine: Engine = {
  normalizeWeights,
  swingWeights,
  rankWeights,
  ahp,
  weightedSum,
  topsis,
  promethee2,
  vikor,
  switchingValues,
  ratingSwitchingValues,
  smaa,
  npv,
  riskLevel,
};

/**
 * tulos: evaluates a complete assessment against its strategy version with eva-core's engine:
 * scores, ranks, contributions, robustness (switching values, SMAA), cross-checks, economy, risk,
 * completeness, findings and the conventions that reproduce every number.
 * @example evaluate(demoAssessment, exampleStrategies.kaarina).winnerIds // → ["uudisrakennus"]
 */
export function evaluate(
  assessment: Assessment,
  strategy: Strategy,
  options: EvaluateOptions = {},
): Evaluation {
  return evaluateWith(engine, assessment, strategy, options);
}
