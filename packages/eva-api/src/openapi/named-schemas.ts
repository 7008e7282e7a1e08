import { zodToOpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import {
  AlternativeResultSchema,
  AlternativeSchema,
  AssessmentDraftSchema,
  AssessmentSchema,
  BasicsSchema,
  CaseRefSchema,
  CaseSystemSchema,
  CashFlowSchema,
  ConclusionSchema,
  ConventionsSchema,
  EconomySchema,
  EvaluationCriterionSchema,
  EvaluationSchema,
  FindingSchema,
  FollowUpRecordSchema,
  FollowUpSchema,
  ImpactDimensionSchema,
  ImpactFrameworkSchema,
  LocalizedTextSchema,
  ParticipationSchema,
  PredictionComparisonSchema,
  RatingSchema,
  RiskScaleSchema,
  RiskSchema,
  ScreeningSchema,
  SmaaResultSchema,
  StrategyGoalSchema,
  StrategyReportSchema,
  StrategySchema,
  StrategyValueSchema,
  SummarySchema,
  TrilingualTextSchema,
  WeightInputSchema,
  WeightsSchema,
} from "eva-core";
import type { ZodType } from "zod";

/**
 * The domain objects of eva-core under their names in the OpenAPI document
 * (`#/components/schemas/<name>`), registered once. The name is attached to the very schema object
 * eva-core exports, so wherever a route's schema contains it, at any depth (an Evaluation's
 * assessment, the strategy inside POST /v1/evaluate), the document has a `$ref` instead of another
 * copy, and generated clients get a type of that name.
 *
 * To add one: put eva-core's schema here. The API's own objects (AssessmentView, Problem, …) are
 * named where they are defined, with `.openapi("Name")` (routes/schemas.ts).
 */
export const namedSchemas = {
  Strategy: StrategySchema,
  StrategyGoal: StrategyGoalSchema,
  StrategyValue: StrategyValueSchema,
  ImpactFramework: ImpactFrameworkSchema,
  ImpactDimension: ImpactDimensionSchema,
  Weights: WeightsSchema,
  WeightInput: WeightInputSchema,
  RiskScale: RiskScaleSchema,
  LocalizedText: LocalizedTextSchema,
  TrilingualText: TrilingualTextSchema,
  CaseRef: CaseRefSchema,
  CaseSystem: CaseSystemSchema,
  Assessment: AssessmentSchema,
  AssessmentDraft: AssessmentDraftSchema,
  Basics: BasicsSchema,
  Screening: ScreeningSchema,
  Alternative: AlternativeSchema,
  Rating: RatingSchema,
  Economy: EconomySchema,
  CashFlow: CashFlowSchema,
  Risk: RiskSchema,
  Participation: ParticipationSchema,
  Conclusion: ConclusionSchema,
  FollowUpPlan: FollowUpSchema,
  Evaluation: EvaluationSchema,
  EvaluationCriterion: EvaluationCriterionSchema,
  AlternativeResult: AlternativeResultSchema,
  SmaaResult: SmaaResultSchema,
  Conventions: ConventionsSchema,
  Finding: FindingSchema,
  FollowUpRecord: FollowUpRecordSchema,
  PredictionComparison: PredictionComparisonSchema,
  StrategyReport: StrategyReportSchema,
  Summary: SummarySchema,
} satisfies Record<string, ZodType>;

// zod-to-openapi reads a schema's component name from its own registry; `.openapi("Name")` would
// name a copy, which the schemas nested in eva-core's other schemas are not
for (const [name, schema] of Object.entries(namedSchemas)) {
  const current = zodToOpenAPIRegistry.get(schema) ?? {};
  zodToOpenAPIRegistry.add(schema, { ...current, _internal: { ...current._internal, refId: name } });
}
