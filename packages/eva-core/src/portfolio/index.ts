export type { BorderlineDriver } from "./depends-on.js";
export type { PortfolioFromAssessmentsOptions, PortfolioItem, PortfolioProblem } from "./from-assessments.js";
export { defaultSpread, portfolioFromAssessments } from "./from-assessments.js";
export type { RpmResult } from "./rpm.js";
export { rpm } from "./rpm.js";
export type { PortfolioProject, RpmInput } from "./validate-input.js";
export { defaultMaxPortfolios } from "./validate-input.js";
export type { WeightSet } from "./weight-set.js";
export { weightSetExtremePoints } from "./weight-set.js";
