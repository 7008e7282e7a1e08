// eva-core public surface: every value export is named here (see shared/CORE_API.md).

export type { CaseIdPattern } from "./case-ref/case-id.js";
export { normalizeCaseId, recognizeCaseId } from "./case-ref/case-id.js";
// data: the default framework, the seeds' strategies and the demo case
export { defaultFramework } from "./data/default-framework.js";
export { demoAssessment } from "./data/demo-assessment.js";
export { exampleStrategies, exampleStrategyVersions } from "./data/example-strategies/index.js";
export { demoProposals } from "./data/kaarina-proposals/index.js";
export { npv, riskLevel } from "./economy/index.js";
export type { EvaErrorCode } from "./errors.js";
export { EvaError, errorCodes, isEvaError } from "./errors.js";
// evaluate: the value tree, scores, robustness and conventions of one assessment
export type { Engine, EvaluateOptions, ValueTree, ValueTreeGroup } from "./evaluate/index.js";
export {
  buildValueTree,
  defaultSamples,
  defaultSeed,
  engine,
  evaluate,
  evaluateWith,
  riskCriterionId,
} from "./evaluate/index.js";
export type { FindingCode } from "./findings/index.js";
// quality findings (huomiot) with fi/sv/en messages
export { canSubmit, findingCodes, findings } from "./findings/index.js";
export type { PredictionComparison, PredictionRow } from "./follow-up/compare.js";
export { comparePredictions, followUpFindings } from "./follow-up/compare.js";
export type { FindingNameOf } from "./i18n/finding-names.js";
export { findingNameOf, findingNames } from "./i18n/finding-names.js";
export type { FindingResolve } from "./i18n/findings-messages.js";
export {
  findingMessage,
  findingMessages,
  findingMessagesEn,
  findingMessagesFi,
  findingMessagesSv,
} from "./i18n/findings-messages.js";
export type { FieldError } from "./i18n/localize-issues.js";
// validation messages in fi/sv/en
export { issueCode, localizeIssues, safeParseLocalized, toJsonPointer } from "./i18n/localize-issues.js";
export {
  portfolioMessages,
  portfolioMessagesEn,
  portfolioMessagesFi,
  portfolioMessagesSv,
} from "./i18n/portfolio-messages.js";
export type { SummaryMessageKey } from "./i18n/summary-messages.js";
export {
  summaryLabels,
  summaryMessages,
  summaryMessagesEn,
  summaryMessagesFi,
  summaryMessagesSv,
} from "./i18n/summary-messages.js";
export type { ValidationMessageKey } from "./i18n/validation-messages.js";
export {
  validationMessages,
  validationMessagesEn,
  validationMessagesFi,
  validationMessagesSv,
} from "./i18n/validation-messages.js";
export type {
  AhpResult,
  Direction,
  PrometheeCriterion,
  PrometheePreference,
  RatingSwitch,
  Rng,
  SmaaOptions,
  SmaaResult,
  WeightSwitch,
} from "./mcda/index.js";
// the MCDA engine (weights, aggregation, cross-checks, robustness) and economy/risk primitives
export {
  ahp,
  ahpGroup,
  createRng,
  normalizeWeights,
  promethee2,
  randomIndex,
  rankScores,
  rankWeights,
  ratingSwitchingValues,
  smaa,
  swingWeights,
  switchingValues,
  TIE_TOLERANCE,
  topsis,
  vikor,
  weightedSum,
} from "./mcda/index.js";
export type {
  BorderlineDriver,
  PortfolioFromAssessmentsOptions,
  PortfolioItem,
  PortfolioProblem,
  PortfolioProject,
  PortfolioReportOptions,
  RpmInput,
  RpmResult,
  WeightSet,
} from "./portfolio/index.js";
// salkku: Robust Portfolio Modeling over many assessments and one budget
export {
  defaultMaxPortfolios,
  defaultSpread,
  portfolioFromAssessments,
  portfolioReport,
  portfolioReportCsv,
  rpm,
  weightSetExtremePoints,
} from "./portfolio/index.js";
export type {
  ReportCriterion,
  ReportCriterionDecision,
  ReportDecision,
  StrategyReport,
} from "./reports/strategy-report.js";
export { strategyReport, strategyReportCsv, tertiles } from "./reports/strategy-report.js";
// the robustness verdict: one verdict from every robustness signal, used by every summary format
export {
  AHP_CR_LIMIT,
  FRAGILE_ACCEPTABILITY,
  FRAGILE_DELTA,
  FRAGILE_RATING_STEPS,
} from "./robustness/thresholds.js";
export { robustnessVerdict } from "./robustness/verdict.js";
export type {
  AffectedGroup,
  Alternative,
  Assessment,
  AssessmentDraft,
  AssessmentDraftInput,
  AssessmentInput,
  Basics,
  CashFlow,
  Conclusion,
  Participation,
  Rating,
  RatingValue,
  Risk,
  ScreenedOutAssessment,
  Screening,
} from "./schemas/assessment.js";
export {
  AffectedGroupSchema,
  AlternativeSchema,
  AssessmentDraftSchema,
  AssessmentSchema,
  affectedGroups,
  BasicsSchema,
  CashFlowRowSchema,
  CashFlowSchema,
  ConclusionSchema,
  ConfidenceSchema,
  caseSystems,
  EconomySchema,
  FollowUpSchema,
  HorizonSchema,
  isScreenedOut,
  ParticipationSchema,
  participantGroups,
  participationMethods,
  RatingSchema,
  RatingValueSchema,
  RiskSchema,
  RisksSchema,
  riskCategories,
  ScreenedOutAssessmentSchema,
  ScreeningSchema,
} from "./schemas/assessment.js";
export type { CaseRef, CaseSystem } from "./schemas/case-ref.js";
export { CaseIdSchema, CaseRefSchema, CaseSystemSchema, caseKey } from "./schemas/case-ref.js";
export type { Locale, LocalizedText, TrilingualText } from "./schemas/common.js";
// schemas: the single contract for the API and the forms
export {
  externalIdSchema,
  hasNoControlCharacters,
  IdSchema,
  IsoDateSchema,
  LocaleSchema,
  LocalizedTextSchema,
  locales,
  TrilingualTextSchema,
} from "./schemas/common.js";
export { safeParseDraftUpdate } from "./schemas/draft-update.js";
export type { AlternativeResult, Evaluation, EvaluationCriterion } from "./schemas/evaluation.js";
export {
  AlternativeResultSchema,
  ComparisonSchema,
  CompletenessSchema,
  ConventionsSchema,
  CrossCheckSchema,
  EconomyResultSchema,
  EvaluationCriterionSchema,
  EvaluationGroupSchema,
  EvaluationSchema,
  RatingSwitchSchema,
  RiskResultSchema,
  SmaaResultSchema,
  WeightSwitchSchema,
} from "./schemas/evaluation.js";
export type { Finding, Severity } from "./schemas/finding.js";
export { FindingSchema, SeveritySchema } from "./schemas/finding.js";
export type { FollowUpRecord, IndicatorValue, RealisedImpact } from "./schemas/follow-up.js";
// ex-post follow-up and strategy reports
export {
  FollowUpRecordSchema,
  IndicatorValueSchema,
  PredictionComparisonSchema,
  PredictionRowSchema,
  RealisedImpactSchema,
} from "./schemas/follow-up.js";
export type {
  DimensionGroup,
  ImpactDimension,
  ImpactFramework,
  ImpactFrameworkInput,
} from "./schemas/impact-framework.js";
export {
  DimensionGroupSchema,
  ImpactDimensionSchema,
  ImpactFrameworkSchema,
} from "./schemas/impact-framework.js";
export { jsonSchemas } from "./schemas/json-schemas.js";
export type { PortfolioProposal, PortfolioReport } from "./schemas/portfolio.js";
export { PortfolioClassSchema, PortfolioProposalSchema, PortfolioReportSchema } from "./schemas/portfolio.js";
export type { RiskScale } from "./schemas/risk-scale.js";
export { defaultRiskScale, RiskScaleSchema } from "./schemas/risk-scale.js";
export type {
  Strategy,
  StrategyGoal,
  StrategyInput,
  StrategyProvenance,
  StrategyValue,
} from "./schemas/strategy.js";
export {
  IndicatorSchema,
  StrategyGoalSchema,
  StrategyProvenanceSchema,
  StrategySchema,
  StrategyValueSchema,
  strategyExampleParts,
} from "./schemas/strategy.js";
export {
  ReportCriterionDecisionSchema,
  ReportCriterionSchema,
  StrategyReportSchema,
} from "./schemas/strategy-report.js";
export type { Summary } from "./schemas/summary.js";
// the board summary (tiivistelmä) and its renderings
export { SummarySchema } from "./schemas/summary.js";
export type { RobustnessVerdict, VerdictCode, VerdictSignal } from "./schemas/verdict.js";
export {
  RobustnessVerdictSchema,
  VerdictCodeSchema,
  VerdictSignalSchema,
  verdictCodes,
} from "./schemas/verdict.js";
export type { CriterionGroup, WeightInput, Weights } from "./schemas/weights.js";
export {
  CriterionGroupSchema,
  criterionGroups,
  WeightInputSchema,
  WeightsSchema,
} from "./schemas/weights.js";
export type { MatrixCell, SummarizeOptions } from "./summary/index.js";
export {
  escapeMarkdown,
  escapeXml,
  matrixCell,
  ratingSymbol,
  renderChartSvg,
  renderMarkdown,
  SHORT_NAME_MAX,
  shortNames,
  summarize,
} from "./summary/index.js";
