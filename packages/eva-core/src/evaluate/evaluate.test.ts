import { describe, expect, it } from "vitest";
import { tinyAssessment, tinyStrategy } from "../../test/evaluate-fixtures.js";
import { evaluate } from "../../test/evaluate-under-test.js";
import { EvaError } from "../errors.js";
import { type Assessment, AssessmentSchema } from "../schemas/assessment.js";
import { EvaluationSchema } from "../schemas/evaluation.js";
import { type Strategy, StrategySchema } from "../schemas/strategy.js";

const assessment: Assessment = AssessmentSchema.parse(tinyAssessment());
const strategy: Strategy = StrategySchema.parse(tinyStrategy());
const opts = { samples: 200 };

/*
 * The hand-computed case (test/evaluate-fixtures.ts), worked on paper:
 *
 * Group weights (direct 30/10/20/10/20/10 of 100; organisation has no dimension and is dropped):
 *   strategy .3, values .1, people .2, environment .1, economy .2, risk .1
 * Local: strategy g1 : g2 = 3 : 1 → .75 / .25; every other group has one criterion.
 * Global: g1 .225, g2 .075, v1 .1, d1 .2, d2 .1, fin .2, risk .1 (Σ = 1)
 *
 * Values v = (r + 3) / 6 (– = missing, scored 0):
 *          g1    g2    v1    d1    d2
 *   a0     .5    .5    .5    0     .5
 *   a1     1     0     4/6   5/6   .5
 *   a2     4/6   1     –     5/6   –
 *
 * NPV at 10 %, base year 2025 (the earliest year):
 *   a0: −100 − 100/1.1 = −190.9090… (= −2100/11)
 *   a1: −1000 + 1210/1.1 = 100
 *   a2: 0 − 121/1.1 = −110
 * Min–max: range = 100 + 2100/11 = 3200/11; v(a0) = 0, v(a1) = 1,
 *   v(a2) = (−110 + 2100/11) / (3200/11) = (−1210 + 2100) / 3200 = 890/3200 = .278125
 *
 * Residual exposure: a0 0 (no risks), a1 2 × 2 = 4, a2 2 × 5 = 10 (no residual given → initial)
 *   v = 1 − E / 10: a0 1, a1 .6, a2 0
 *
 * Scores Σ w v:
 *   a0 = .225·.5 + .075·.5 + .1·.5 + 0 + .1·.5 + 0 + .1·1 = .1125 + .0375 + .05 + .05 + .1 = .35
 *   a1 = .225 + 0 + .1·4/6 + .2·5/6 + .05 + .2 + .06 = .535 + 1/15 + 1/6 = .535 + .2333… = .768333…
 *   a2 = .225·4/6 + .075 + 0 + .2·5/6 + 0 + .2·.278125 + 0 = .15 + .075 + .166666… + .055625
 *      = .447291666…
 * a2's missing v1 and d2 could add at most their weights .1 + .1: interval [.4472916…, .6472916…],
 * below a1's .768333…, so the first place cannot change.
 */
describe("evaluate: a hand-computed case", () => {
  const e = evaluate(assessment, strategy, opts);
  const byId = (id: string) => {
    const alt = e.alternatives.find((a) => a.alternativeId === id);
    if (!alt) throw new Error(id);
    return alt;
  };

  it("builds the value tree with global weight = group weight × local weight", () => {
    expect(e.criteria.map((c) => c.id)).toEqual([
      "goal:g1",
      "goal:g2",
      "value:v1",
      "dim:d1",
      "dim:d2",
      "dim:fin",
      "risk:residual",
    ]);
    const expected = [0.225, 0.075, 0.1, 0.2, 0.1, 0.2, 0.1];
    e.criteria.forEach((c, j) => {
      expect(c.weight).toBeCloseTo(expected[j] ?? Number.NaN, 12);
    });
    expect(e.groups.map((g) => g.id)).toEqual([
      "strategy",
      "values",
      "people",
      "environment",
      "economy",
      "risk",
    ]);
    expect(e.groups[0]?.method).toBe("direct");
    expect(e.groups[1]?.method).toBe("equal");
    expect(e.criteria[0]?.localWeight).toBeCloseTo(0.75, 12);
  });

  it("scores each alternative by the weighted sum of the 0..1 values", () => {
    expect(byId("a0").score).toBeCloseTo(0.35, 12);
    expect(byId("a1").score).toBeCloseTo(0.535 + 1 / 15 + 1 / 6, 12);
    expect(byId("a2").score).toBeCloseTo(0.15 + 0.075 + 1 / 6 + 0.055625, 12);
    expect(e.alternatives.map((a) => a.rank)).toEqual([3, 1, 2]);
    expect(e.winnerIds).toEqual(["a1"]);
    expect(e.recommendedId).toBe("a1");
  });

  it("reports contributions w·v per criterion and per group", () => {
    const a1 = byId("a1");
    const expected = [0.225, 0, 0.1 * (4 / 6), 0.2 * (5 / 6), 0.05, 0.2, 0.06];
    a1.contributions.forEach((c, j) => {
      expect(c).toBeCloseTo(expected[j] ?? Number.NaN, 12);
    });
    expect(a1.groupContributions.strategy).toBeCloseTo(0.225, 12);
    expect(a1.groupContributions.economy).toBeCloseTo(0.2, 12);
    expect(a1.groupContributions.risk).toBeCloseTo(0.06, 12);
  });

  it("computes NPV in euros and its min–max value", () => {
    const npv = e.economy.alternatives.map((a) => a.npv);
    expect(npv[0]).toBeCloseTo(-2100 / 11, 9);
    expect(npv[1]).toBeCloseTo(100, 9);
    expect(npv[2]).toBeCloseTo(-110, 9);
    expect(e.economy.baseYear).toBe(2025);
    expect(e.economy.years).toEqual([2025, 2026]);
    // a2 has no row for 2025: the table shows zeros there
    expect(e.economy.alternatives[2]?.byYear[0]).toEqual({
      year: 2025,
      operatingCost: 0,
      investment: 0,
      income: 0,
      net: 0,
    });
    expect(e.economy.alternatives[1]?.totalCost).toBe(1000);
    expect(e.economy.alternatives[1]?.totalIncome).toBe(1210);
    expect(e.economy.alternatives[1]?.fundingSource).toBe("Investointiosa");
    expect(e.values.map((row) => row[5])).toEqual([0, 1, expect.closeTo(0.278125, 12)]);
  });

  it("scores residual risk exposure relative to the largest", () => {
    expect(e.risk.alternatives.map((a) => a.exposure)).toEqual([0, 4, 10]);
    expect(e.risk.alternatives.map((a) => a.topBand)).toEqual([null, "low", "medium"]);
    expect(e.values.map((row) => row[6])).toEqual([1, expect.closeTo(0.6, 12), 0]);
  });

  it("gives the interval that the missing ratings could move the score to", () => {
    const a2 = byId("a2");
    expect(a2.notAssessed).toBe(2);
    expect(a2.interval.min).toBeCloseTo(0.15 + 0.075 + 1 / 6 + 0.055625, 12);
    expect(a2.interval.max).toBeCloseTo(0.15 + 0.075 + 1 / 6 + 0.055625 + 0.2, 12);
    expect(byId("a1").interval).toEqual({ min: byId("a1").score, max: byId("a1").score });
    expect(e.rankingCouldChange).toBe(false);
  });

  it("explains the winner against each other alternative, largest difference first", () => {
    const vsA2 = e.comparisons.find((c) => c.otherId === "a2");
    // a1 − a2 per criterion: fin .2 − .055625 = .144375, g1 .075, v1 .0666…, risk .06, d2 .05, d1 0, g2 −.075
    expect(vsA2?.reasons.map((r) => r.criterionId)).toEqual([
      "dim:fin",
      "goal:g1",
      "value:v1",
      "risk:residual",
      "dim:d2",
      "dim:d1",
      "goal:g2",
    ]);
    expect(vsA2?.reasons[0]?.difference).toBeCloseTo(0.144375, 12);
    expect(vsA2?.difference).toBeCloseTo(0.535 + 1 / 15 + 1 / 6 - (0.15 + 0.075 + 1 / 6 + 0.055625), 12);
    expect(e.comparisons).toHaveLength(2);
  });

  it("reports how far the winner's ratings could fall before it loses", () => {
    // g1: a1 leads a2 by .3210…; at w .225 that is a drop of 1.43 > a1's value 1, so never
    const g1 = e.switching.ratings.find((r) => r.criterionId === "goal:g1");
    expect(g1).toEqual({ criterionId: "goal:g1", rating: 3, valueDrop: null, steps: null, rivalId: null });
    expect(e.switching.weights).toHaveLength(7);
  });

  it("counts the filled required inputs", () => {
    // ratings 13 of 15; justifications 8 of 8 non-zero ratings; flows 3/3; risks 2/2 (non-baseline);
    // descriptions 3/3; participation 1/1; problem, objective 2/2; conclusion 1/1; follow-up 0/1
    expect(e.completeness).toEqual({ filled: 33, required: 36, percent: (100 * 33) / 36 });
  });

  it("satisfies the Evaluation contract and records its conventions", () => {
    expect(() => EvaluationSchema.parse(e)).not.toThrow();
    expect(e.conventions.seed).toBe(1);
    expect(e.conventions.samples).toBe(200);
    expect(e.smaa.samples).toBe(200);
    expect(e.assessment).toEqual(assessment);
  });
});

describe("evaluate: input", () => {
  it("rejects an invalid assessment with the path of the first issue", () => {
    const bad = { ...tinyAssessment(), alternatives: [] } as unknown as Assessment;
    expect(() => evaluate(bad, strategy)).toThrow(EvaError);
    try {
      evaluate(bad, strategy);
    } catch (error) {
      expect(error).toMatchObject({ code: "invalid_assessment", path: ["alternatives"] });
    }
  });

  it("rejects an invalid strategy", () => {
    const bad = { ...tinyStrategy(), goals: [] } as unknown as Strategy;
    expect(() => evaluate(assessment, bad)).toThrow(expect.objectContaining({ code: "invalid_strategy" }));
  });

  it("does not mutate its arguments", () => {
    const a = structuredClone(assessment);
    const s = structuredClone(strategy);
    evaluate(a, s, opts);
    expect(a).toEqual(assessment);
    expect(s).toEqual(strategy);
  });

  it("ignores ratings of criteria that are not in the value tree", () => {
    const extra = AssessmentSchema.parse({
      ...tinyAssessment(),
      ratings: [
        ...(tinyAssessment().ratings ?? []),
        { alternativeId: "a0", criterionId: "goal:unknown", value: 3, justification: "x" },
      ],
    });
    const e = evaluate(extra, strategy, opts);
    expect(e.alternatives[0]?.score).toBeCloseTo(0.35, 12);
  });
});
