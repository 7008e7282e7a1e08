// The evaluate() the tests exercise: the real engine of src/mcda and src/economy.
import type { EvaluateOptions } from "../src/evaluate/evaluate.js";
import { evaluateWith, engine as realEngine } from "../src/evaluate/evaluate.js";
import type { Assessment } from "../src/schemas/assessment.js";
import type { Strategy } from "../src/schemas/strategy.js";

export const engine = realEngine;

export function evaluate(assessment: Assessment, strategy: Strategy, options?: EvaluateOptions) {
  return evaluateWith(engine, assessment, strategy, options);
}
