export type { Engine } from "./engine.js";
export type { EvaluateOptions } from "./evaluate.js";
export { defaultSamples, defaultSeed, engine, evaluate, evaluateWith } from "./evaluate.js";
export type { ValueTree, ValueTreeGroup } from "./value-tree.js";
export { buildValueTree, riskCriterionId } from "./value-tree.js";
