// The evaluate() the tests exercise. Until branch `engine` is merged it runs on a test double
// (test/fake-engine.ts); then this file binds the real engine and `usingFakeEngine` is false.
import type { EvaluateOptions } from "../src/evaluate/evaluate.js";
import { evaluateWith } from "../src/evaluate/evaluate.js";
import type { Assessment } from "../src/schemas/assessment.js";
import type { Strategy } from "../src/schemas/strategy.js";
import { fakeEngine } from "./fake-engine.js";

export const usingFakeEngine = true;
export const engine = fakeEngine;

export function evaluate(assessment: Assessment, strategy: Strategy, options?: EvaluateOptions) {
  return evaluateWith(engine, assessment, strategy, options);
}
