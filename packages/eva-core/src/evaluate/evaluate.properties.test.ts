import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Case, caseArbitrary } from "../../test/evaluate-arbitraries.js";
import { evaluate } from "../../test/evaluate-under-test.js";
import { type Assessment, AssessmentSchema } from "../schemas/assessment.js";
import { EvaluationSchema } from "../schemas/evaluation.js";
import { type Strategy, StrategySchema } from "../schemas/strategy.js";

// few SMAA samples: these properties are about the weighted sum, and the runs stay fast
const opts = { samples: 20 };
const runs = { numRuns: 100 };

function run(c: Case) {
  const assessment: Assessment = AssessmentSchema.parse(c.assessment);
  const strategy: Strategy = StrategySchema.parse(c.strategy);
  return { assessment, strategy, evaluation: evaluate(assessment, strategy, opts) };
}

describe("evaluate: properties", () => {
  it("keeps scores in [0, 1], contributions adding up to the score and the score inside its interval", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const { evaluation } = run(c);
        expect(() => EvaluationSchema.parse(evaluation)).not.toThrow();
        expect(evaluation.criteria.reduce((t, cr) => t + cr.weight, 0)).toBeCloseTo(1, 12);
        for (const alt of evaluation.alternatives) {
          expect(alt.score).toBeGreaterThanOrEqual(0);
          expect(alt.score).toBeLessThanOrEqual(1);
          expect(alt.contributions.reduce((t, x) => t + x, 0)).toBeCloseTo(alt.score, 12);
          const groups = Object.values(alt.groupContributions).reduce((t, x) => t + (x ?? 0), 0);
          expect(groups).toBeCloseTo(alt.score, 12);
          expect(alt.interval.min).toBeLessThanOrEqual(alt.score);
          expect(alt.interval.max).toBeGreaterThanOrEqual(alt.score);
        }
      }),
      runs,
    );
  });

  it("changes no score when a criterion with weight 0 is added", () => {
    fc.assert(
      fc.property(
        caseArbitrary,
        fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 }),
        (c, extra) => {
          const before = run(c).evaluation;
          // a new goal left out of the direct local weights of the strategy group has weight 0
          const strategy = {
            ...c.strategy,
            goals: [...c.strategy.goals, { id: "zero", name: { fi: "Nolla" } }],
          };
          const ratings = [
            ...(c.assessment.ratings ?? []),
            ...(c.assessment.alternatives ?? []).map((alt, i) => ({
              alternativeId: alt.id,
              criterionId: "goal:zero",
              value: extra[i] ?? 0,
              justification: "Perustelu.",
            })),
          ];
          const after = run({ strategy, assessment: { ...c.assessment, ratings } }).evaluation;
          expect(after.criteria.find((cr) => cr.id === "goal:zero")?.weight).toBe(0);
          after.alternatives.forEach((alt, i) => {
            expect(alt.score).toBeCloseTo(before.alternatives[i]?.score ?? Number.NaN, 12);
            expect(alt.rank).toBe(before.alternatives[i]?.rank);
          });
        },
      ),
      runs,
    );
  });

  it("never lowers an alternative's score or rank when one of its ratings rises", () => {
    fc.assert(
      fc.property(caseArbitrary, fc.nat(), (c, pick) => {
        const ratings = c.assessment.ratings ?? [];
        const raisable = ratings
          .map((r, k) => ({ r, k }))
          .filter(({ r }) => r.value === "not-assessed" || (typeof r.value === "number" && r.value < 3));
        fc.pre(raisable.length > 0);
        const chosen = raisable[pick % raisable.length];
        if (!chosen) return;
        const { r, k } = chosen;
        const raised = r.value === "not-assessed" ? -3 : (r.value as number) + 1;
        const before = run(c).evaluation;
        const next = ratings.map((x, i) => (i === k ? { ...x, value: raised } : x));
        const after = run({ ...c, assessment: { ...c.assessment, ratings: next } }).evaluation;
        const i = before.alternatives.findIndex((a) => a.alternativeId === r.alternativeId);
        expect(after.alternatives[i]?.score).toBeGreaterThanOrEqual(
          (before.alternatives[i]?.score ?? 0) - 1e-12,
        );
        expect(after.alternatives[i]?.rank).toBeLessThanOrEqual(before.alternatives[i]?.rank ?? 0);
      }),
      runs,
    );
  });
});
