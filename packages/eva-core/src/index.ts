// eva-core public surface: every value export is named here (see shared/CORE_API.md).

export type { CaseIdPattern } from "./case-ref/case-id.js";
export { normalizeCaseId, recognizeCaseId } from "./case-ref/case-id.js";
// data: the default framework, the seeds' strategies and the demo case
export { defaultFramework } from "./data/default-framework.js";
export { demoAssessment } from "./data/demo-assessment.js";
export { exampleStrategies } from "./data/example-strategies/index.js";
export type { EvaErrorCode } from "./errors.js";
export { EvaError, errorCodes, isEvaError } from "./errors.js";
// evaluate: the value tree, scores, robustness and conventions of one assessment
export type { Engine, EvaluateOptions, ValueTree, ValueTreeGroup } from "./evaluate/index.js";
export {
  buildValueTree,
  defaultSamples,
  defaultSeed,
  evaluateWith,
  riskCriterionId,
} from "./evaluate/index.js";
