import { describe, expect, it } from "vitest";
import { tinyAssessment, tinyStrategy } from "../../test/evaluate-fixtures.js";
import { engine, evaluate } from "../../test/evaluate-under-test.js";
import { demoAssessment } from "../data/demo-assessment.js";
import { exampleStrategies } from "../data/example-strategies/index.js";
import { type AssessmentInput, AssessmentSchema } from "../schemas/assessment.js";
import { StrategySchema } from "../schemas/strategy.js";
import { libraryVersion } from "./conventions.js";
import { economyResult, npvValues } from "./economy.js";
import { buildValueTree } from "./value-tree.js";

const strategy = StrategySchema.parse(tinyStrategy());
const parse = (input: AssessmentInput) => AssessmentSchema.parse(input);

describe("buildValueTree", () => {
  it("includes language rights only in a bilingual municipality", () => {
    const mono = buildValueTree(engine, demoAssessment, exampleStrategies.kaarina);
    const bi = buildValueTree(engine, demoAssessment, { ...exampleStrategies.kaarina, bilingual: true });
    expect(mono.criteria.some((c) => c.id === "dim:language-rights")).toBe(false);
    expect(bi.criteria.some((c) => c.id === "dim:language-rights")).toBe(true);
  });

  it("leaves out a group without criteria and renormalises the group weights", () => {
    // Kaarina's group weights without values (10): 25, 25, 12, 15, 5, 8 of 90
    const tree = buildValueTree(engine, demoAssessment, { ...exampleStrategies.kaarina, values: [] });
    expect(tree.groups.map((g) => g.id)).not.toContain("values");
    expect(tree.groups[0]?.weight).toBeCloseTo(25 / 90, 12);
    expect(tree.criteria.reduce((t, c) => t + c.weight, 0)).toBeCloseTo(1, 12);
  });
});

describe("economy", () => {
  it("compounds years before a later base year (−100 in 2024 at 10 % is −110 in 2025)", () => {
    const a = parse({
      ...tinyAssessment(),
      economy: {
        discountRate: 0.1,
        baseYear: 2025,
        flows: [{ alternativeId: "a0", rows: [{ year: 2024, investment: 100 }, { year: 2025 }] }],
      },
    });
    const economy = economyResult(engine, a);
    expect(economy.alternatives[0]?.npv).toBeCloseTo(-110, 9);
    expect(economy.baseYear).toBe(2025);
    // a1 and a2 have no flows while a0 has: they are missing on the NPV criterion
    expect(npvValues(economy)).toEqual([0.5, null, null]);
  });

  it("scores NPV 0.5 for every alternative when none has cash flows", () => {
    const a = parse({ ...tinyAssessment(), economy: { flows: [] } });
    const economy = economyResult(engine, a);
    expect(economy.baseYear).toBeNull();
    expect(economy.years).toEqual([]);
    expect(npvValues(economy)).toEqual([0.5, 0.5, 0.5]);
  });
});

describe("evaluate: switching values and overlapping intervals", () => {
  /*
   * The tiny case with a2's missing v1 and d2 rated +3 (value 1 each, weight .1 each):
   *   a2 = .447291666… + .1 + .1 = .647291666…; a1 = .768333…; gap = .121041666…
   * Winner a1's fall needed on fin (w .2, v 1): .121041666… / .2 = .605208333… → ⌈3.63125⌉ = 4 steps
   * on g1 (w .225, v 1, rating +3): .121041666… / .225 = .537962962… → ⌈3.2277…⌉ = 4 steps
   * on risk (w .1, v .6): 1.2104… > .6 → never
   */
  const input = tinyAssessment();
  const ratings = (input.ratings ?? []).map((r) =>
    r.alternativeId === "a2" && r.criterionId === "value:v1" ? { ...r, value: 3 } : r,
  );
  ratings.push({ alternativeId: "a2", criterionId: "dim:d2", value: 3, justification: "Perustelu." });
  const e = evaluate(parse({ ...input, ratings }), strategy, { samples: 100 });
  const switchOf = (id: string) => e.switching.ratings.find((r) => r.criterionId === id);

  it("reports how far each of the winner's values could fall", () => {
    expect(switchOf("dim:fin")?.valueDrop).toBeCloseTo(0.121041666666 / 0.2, 9);
    expect(switchOf("dim:fin")).toMatchObject({ rating: null, steps: 4, rivalId: "a2" });
    expect(switchOf("goal:g1")?.valueDrop).toBeCloseTo(0.121041666666 / 0.225, 9);
    expect(switchOf("goal:g1")).toMatchObject({ rating: 3, steps: 4, rivalId: "a2" });
    expect(switchOf("risk:residual")).toMatchObject({ valueDrop: null, steps: null, rivalId: null });
  });

  it("says the ranking could change when a rival's interval reaches the winner's score", () => {
    // a1 rated −3 on g1 (w .225) instead of +3: a1 = .768333… − .225 = .543333…, while a2 (v1 and d2
    // missing) scores .447291… with an upper end of .647291… ≥ .543333…: a1 still wins, but could lose
    const worse = (tinyAssessment().ratings ?? []).map((r) =>
      r.alternativeId === "a1" && r.criterionId === "goal:g1" ? { ...r, value: -3 } : r,
    );
    const e2 = evaluate(parse({ ...tinyAssessment(), ratings: worse }), strategy, { samples: 100 });
    expect(e2.winnerIds).toEqual(["a1"]);
    expect(e2.alternatives[1]?.score).toBeCloseTo(0.543333333333, 9);
    expect(e2.rankingCouldChange).toBe(true);
  });
});

describe("conventions", () => {
  it("records the library version of package.json", async () => {
    const { readFile } = await import("node:fs/promises");
    const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8"));
    expect(libraryVersion).toBe(pkg.version);
  });
});
