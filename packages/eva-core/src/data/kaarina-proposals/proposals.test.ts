import { describe, expect, it } from "vitest";
import { evaluate } from "../../evaluate/evaluate.js";
import { canSubmit } from "../../findings/findings.js";
import { portfolioFromAssessments } from "../../portfolio/from-assessments.js";
import { rpm } from "../../portfolio/rpm.js";
import { demoAssessment } from "../demo-assessment.js";
import { exampleStrategies } from "../example-strategies/index.js";
import { demoProposals } from "./index.js";

const kaarina = exampleStrategies.kaarina;

describe("the demo proposals of Kaarina (the portfolio page's data)", () => {
  it("nine complete assessments against Kaarina's strategy, each submittable and its recommendation best", () => {
    expect(demoProposals.length).toBeGreaterThanOrEqual(8);
    expect(new Set(demoProposals.map((p) => p.id)).size).toBe(demoProposals.length);
    for (const { id, assessment } of demoProposals) {
      expect(assessment.strategyRef, id).toEqual({ id: kaarina.id, version: kaarina.version });
      const criteria = new Set(assessment.ratings.map((r) => r.criterionId));
      for (const g of kaarina.goals) expect(criteria, id).toContain(`goal:${g.id}`);
      for (const v of kaarina.values) expect(criteria, id).toContain(`value:${v.id}`);
      const evaluation = evaluate(assessment, kaarina, { samples: 100 });
      expect(canSubmit(evaluation.findings), `${id}: ${evaluation.findings.map((f) => f.code)}`).toBe(true);
      expect(evaluation.winnerIds, id).toEqual([assessment.conclusion.recommendedAlternativeId]);
    }
  });

  it("their investments fall in 2026 and 2027, more than a year's budget of 5 M€ in both", () => {
    const items = demoProposals.map(({ id, assessment }) => ({ id, assessment, strategy: kaarina }));
    for (const year of [2026, 2027]) {
      const p = portfolioFromAssessments(items, { budget: 5_000_000, year });
      const total = p.projects.reduce((t, x) => t + (x.cost as number), 0);
      expect(total, String(year)).toBeGreaterThan(5_000_000);
    }
  });

  it("with the demo case, 2026 and 5 M€ give core, borderline and exterior proposals", () => {
    const items = [
      { id: "demo-littoinen", assessment: demoAssessment, strategy: kaarina },
      ...demoProposals.map(({ id, assessment }) => ({ id, assessment, strategy: kaarina })),
    ];
    const r = rpm(portfolioFromAssessments(items, { budget: 5_000_000, year: 2026 }));
    expect(r.core.length).toBeGreaterThan(0);
    expect(r.borderline.length).toBeGreaterThan(0);
    expect(r.exterior.length).toBeGreaterThan(0);
    // the swimming hall (3.8 M€ in 2026) does not fit beside the rest that give more per euro
    expect(r.exterior).toContain("ehdotus-uimahalli");
  });
});
