import type { z } from "zod";
import { AssessmentDraftSchema, AssessmentSchema } from "./assessment.js";
import { CaseRefSchema } from "./case-ref.js";
import { EvaluationSchema } from "./evaluation.js";
import { FindingSchema } from "./finding.js";
import { FollowUpRecordSchema, PredictionComparisonSchema } from "./follow-up.js";
import { ImpactFrameworkSchema } from "./impact-framework.js";
import { PortfolioReportSchema } from "./portfolio.js";
import { RiskScaleSchema } from "./risk-scale.js";
import { StrategySchema } from "./strategy.js";
import { StrategyReportSchema } from "./strategy-report.js";
import { SummarySchema } from "./summary.js";
import { WeightsSchema } from "./weights.js";

/** The schemas published as JSON Schema in docs/schemas/ (file name → schema). */
export const jsonSchemas: Record<string, z.ZodType> = {
  strategy: StrategySchema,
  "impact-framework": ImpactFrameworkSchema,
  assessment: AssessmentSchema,
  "assessment-draft": AssessmentDraftSchema,
  "case-ref": CaseRefSchema,
  weights: WeightsSchema,
  "risk-scale": RiskScaleSchema,
  evaluation: EvaluationSchema,
  finding: FindingSchema,
  "follow-up-record": FollowUpRecordSchema,
  summary: SummarySchema,
  "strategy-report": StrategyReportSchema,
  "prediction-comparison": PredictionComparisonSchema,
  "portfolio-report": PortfolioReportSchema,
};
