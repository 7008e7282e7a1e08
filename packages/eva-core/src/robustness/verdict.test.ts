import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Case, caseArbitrary } from "../../test/evaluate-arbitraries.js";
import { evaluate } from "../../test/evaluate-under-test.js";
import { demoAssessment } from "../data/demo-assessment.js";
import { exampleStrategies } from "../data/example-strategies/index.js";
import { ahp } from "../mcda/ahp.js";
import { AssessmentSchema } from "../schemas/assessment.js";
import type { Evaluation } from "../schemas/evaluation.js";
import { StrategySchema } from "../schemas/strategy.js";
import { summarize } from "../summary/summarize.js";
import { robustnessVerdict } from "./verdict.js";

// Saaty's scale, both ways: what a judgement between two goals can be
const saaty = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9];

/** The generated cases, some with the strategy goals weighted by AHP (consistent or not). */
const cases: fc.Arbitrary<Case> = fc
  .tuple(caseArbitrary, fc.option(fc.array(fc.constantFrom(...saaty), { minLength: 3, maxLength: 3 })))
  .map(([c, judgements]) => {
    const goals = c.strategy.goals.map((g) => g.id);
    if (!judgements || goals.length < 3) return c;
    const [ab = 1, ac = 1, bc = 1] = judgements;
    const matrix = [
      [1, ab, ac],
      [1 / ab, 1, bc],
      [1 / ac, 1 / bc, 1],
    ];
    const weights = {
      ...c.assessment.weights,
      local: { strategy: { method: "ahp" as const, items: goals, matrix } },
    };
    return { ...c, assessment: { ...c.assessment, weights } };
  });

/**
 * The fragility signals, read straight from the evaluation (not through robustnessVerdict): the
 * thresholds are PRODUCT.md's (first-rank acceptability < 0.5, a switching value within ±0.05)
 * and Saaty's CR ≤ 0.10, recomputed from the assessment's own AHP matrix.
 */
function signalsOf(e: Evaluation): string[] {
  const out: string[] = [];
  const winner = e.alternatives.findIndex((a) => a.alternativeId === e.winnerIds[0]);
  if (e.winnerIds.length > 1) out.push("tie");
  if (!e.crossCheck.agree) out.push("methods_disagree");
  if (e.rankingCouldChange) out.push("missing_could_change_winner");
  if ((e.smaa.rankAcceptability[winner]?.[0] ?? 0) < 0.5) out.push("first_rank_low");
  if (e.switching.weights.some((w) => w.delta !== null && Math.abs(w.delta) <= 0.05))
    out.push("weight_switch_near");
  if (e.switching.ratings.some((r) => r.steps !== null && r.steps <= 1)) out.push("rating_switch_near");
  const local = e.assessment.weights?.local?.strategy;
  if (local?.method === "ahp" && local.matrix.length >= 3 && ahp(local.matrix).cr > 0.1)
    out.push("ahp_inconsistent");
  return out;
}

const fragileFindings = [
  "winner_fragile",
  "methods_disagree",
  "missing_could_change_winner",
  "ahp_inconsistent",
];

describe("robustnessVerdict", () => {
  it("is not stable whenever a fragility signal fires, and names each signal it gives (generated evaluations)", () => {
    let fired = 0;
    let stable = 0;
    fc.assert(
      fc.property(cases, (c) => {
        const e = evaluate(AssessmentSchema.parse(c.assessment), StrategySchema.parse(c.strategy), {
          samples: 200,
          seed: 7,
        });
        const expected = signalsOf(e);
        const v = robustnessVerdict(e);
        if (expected.length > 0) {
          fired++;
          expect(v.stable).toBe(false);
          for (const code of expected) expect(v.signals.map((s) => s.code)).toContain(code);
        } else stable++;
        // the verdict never contradicts the findings
        if (e.findings.some((f) => fragileFindings.includes(f.code))) expect(v.stable).toBe(false);
        // it cries no wolf: stable exactly when nothing fires
        expect(v.stable).toBe(
          expected.length === 0 && !e.findings.some((f) => fragileFindings.includes(f.code)),
        );
        // and every format says it: the summary's sentence is the stable one only when it is stable
        const s = summarize(e, { locale: "en" });
        expect(s.verdict.stable).toBe(v.stable);
        expect(s.robust).toBe(v.stable);
        expect(s.verdict.sentence.startsWith("The result is stable")).toBe(v.stable);
      }),
      { numRuns: 150 },
    );
    // the generator reaches both sides, or the property says little
    expect(fired).toBeGreaterThan(10);
    expect(stable).toBeGreaterThan(0);
  });

  it("says the demo case is uncertain because TOPSIS and VIKOR put Peruskorjaus first (issue 20: it said 'stable')", () => {
    const e = evaluate(demoAssessment, exampleStrategies.kaarina, { samples: 2000 });
    expect(e.findings.map((f) => f.code)).toContain("methods_disagree");
    const v = robustnessVerdict(e);
    expect(v.stable).toBe(false);
    expect(v.signals[0]).toEqual({
      code: "methods_disagree",
      methods: ["topsis", "vikor"],
      alternativeIds: ["peruskorjaus"],
    });
    const fi = summarize(e, { locale: "fi" });
    expect(fi.robust).toBe(false);
    expect(fi.verdict.sentence).toBe(
      "Tulos on epävarma, koska muut laskentatavat pitävät parhaana vaihtoehtoa Peruskorjaus.",
    );
    expect(fi.sensitivity.join(" ")).not.toContain("Tulos on vakaa");
  });
});
