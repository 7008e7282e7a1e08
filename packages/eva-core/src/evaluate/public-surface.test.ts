import { describe, expect, it } from "vitest";
import * as core from "../index.js";

// The root index names every export; this guards evaluate's block and its neighbours against an
// edit that drops lines from it.
describe("eva-core public surface", () => {
  it("exports evaluate's functions next to the schemas and the demo data", () => {
    for (const name of [
      "evaluateWith",
      "buildValueTree",
      "riskCriterionId",
      "defaultSeed",
      "defaultSamples",
      "AssessmentSchema",
      "StrategySchema",
      "EvaluationSchema",
      "WeightsSchema",
      "demoAssessment",
      "exampleStrategies",
      "defaultFramework",
      "EvaError",
    ]) {
      expect(core, name).toHaveProperty(name);
    }
  });
});
