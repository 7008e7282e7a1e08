import { describe, expect, it } from "vitest";
import { demoAssessment } from "../data/demo-assessment.js";
import { exampleStrategies } from "../data/example-strategies/index.js";
import { isEvaError } from "../errors.js";
import { evaluate } from "../evaluate/evaluate.js";
import { portfolioFromAssessments } from "./from-assessments.js";
import { rpm } from "./rpm.js";

const kaarina = exampleStrategies.kaarina;
const item = { assessment: demoAssessment, strategy: kaarina };

describe("portfolioFromAssessments on the demo case (uudisrakennus against nykytila)", () => {
  it("values are the group score gains, worked by hand from the ratings", () => {
    const p = portfolioFromAssessments([item], { budget: 1_000_000, year: 2027 });
    expect(p.criteria).toEqual([
      "strategy",
      "values",
      "people",
      "environment",
      "economy",
      "organisation",
      "risk",
    ]);
    const [strategy, values, people, , , organisation] = p.projects[0]?.values ?? [];
    // goals, equal local weights: rating differences 4, 4, 3, 4 → (15 / 6) / 4
    expect(strategy).toBeCloseTo(15 / 24, 12);
    // values: 2, 2, 3 → (7 / 6) / 3
    expect(values).toBeCloseTo(7 / 18, 12);
    // people (no language rights in monolingual Kaarina): 6, 6, 3, 0, 1, 5, 3 → (24 / 6) / 7
    expect(people).toBeCloseTo(24 / 42, 12);
    // organisation: personnel 2 − (−2)
    expect(organisation).toBeCloseTo(4 / 6, 12);
    expect(p.projects[0]?.id).toBe("657/02.02.00/2023");
  });

  it("cost: the investment above the zero option in the year; without a year the NPV cost", () => {
    const cost = (year?: number) =>
      portfolioFromAssessments([item], { budget: 1, ...(year ? { year } : {}) }).projects[0]?.cost;
    expect(cost(2026)).toBe(1_000_000);
    expect(cost(2027)).toBe(6_000_000 - 300_000);
    expect(cost(2030)).toBe(0);
    // NPV at 3 % from 2026 of (zero option's net − uudisrakennus's net) per year, from the demo's flows
    const nyky = [-180_000, -730_000, -450_000, -470_000, -490_000, -510_000];
    const uusi = [-1_180_000, -6_180_000, -7_180_000, 1_110_000, -90_000, -90_000];
    const expected = nyky.reduce((t, x, i) => t + (x - (uusi[i] as number)) / 1.03 ** i, 0);
    expect(cost()).toBeCloseTo(expected, 4);
  });

  it("weights: Kaarina's default group weights ± 50 % (or the given spread)", () => {
    const p = portfolioFromAssessments([item], { budget: 1 });
    expect(p.groupWeights.map((w) => Math.round(w * 100))).toEqual([25, 10, 25, 12, 15, 5, 8]);
    expect(p.weights.lower[0]).toBeCloseTo(0.125, 12);
    expect(p.weights.upper[0]).toBeCloseTo(0.375, 12);
    const fixed = portfolioFromAssessments([item], { budget: 1, spread: 0 });
    expect(fixed.weights.lower).toEqual(fixed.weights.upper);
  });

  it("the evaluation, when given, gives the same numbers as scoring the assessment", () => {
    const evaluation = evaluate(demoAssessment, kaarina, { samples: 100 });
    const a = portfolioFromAssessments([item], { budget: 5e6, year: 2027 });
    const b = portfolioFromAssessments([{ ...item, evaluation }], { budget: 5e6, year: 2027 });
    expect(b).toEqual(a);
  });

  it("feeds rpm: the recommendation is core when it fits the year's budget, exterior when not", () => {
    const two = [
      { ...item, id: "a" },
      // recommending the zero option gains nothing: always exterior
      {
        ...item,
        id: "b",
        assessment: {
          ...demoAssessment,
          conclusion: { ...demoAssessment.conclusion, recommendedAlternativeId: "nykytila" },
        },
      },
    ];
    const fits = rpm(portfolioFromAssessments(two, { budget: 6_000_000, year: 2027 }));
    expect(fits.core).toEqual(["a"]);
    expect(fits.exterior).toEqual(["b"]);
    const over = rpm(portfolioFromAssessments(two, { budget: 5_000_000, year: 2027 }));
    expect(over.exterior).toEqual(["a", "b"]);
  });

  it("refuses no items, a bad spread, a negative budget and an invalid assessment, with paths", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (isEvaError(e)) return [e.code, e.path];
      }
      return null;
    };
    expect(code(() => portfolioFromAssessments([], { budget: 1 }))).toEqual(["empty_input", ["items"]]);
    expect(code(() => portfolioFromAssessments([item], { budget: 1, spread: 2 }))).toEqual([
      "invalid_option",
      ["options", "spread"],
    ]);
    expect(code(() => portfolioFromAssessments([item], { budget: -1 }))).toEqual([
      "invalid_option",
      ["options", "budget"],
    ]);
    const broken = { ...item, assessment: { ...demoAssessment, alternatives: [] } };
    expect(code(() => portfolioFromAssessments([item, broken], { budget: 1 }))).toEqual([
      "invalid_assessment",
      ["items", 1, "assessment", "alternatives"],
    ]);
  });
});
