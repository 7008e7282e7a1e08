import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completionBound, upperBoundInto } from "./completion-bounds.js";

// The enumeration drops a partial portfolio when a feasible one beats this bound everywhere, so a
// bound below what some completion reaches would lose non-dominated portfolios.
const items = fc.array(
  fc.record({
    scores: fc.array(fc.integer({ min: -5, max: 20 }), { minLength: 3, maxLength: 3 }),
    cost: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 10 },
);

describe("completion bound", () => {
  it("is never below the best completion that fits the residual budget, at any extreme point", () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (raw, b0, b1) => {
        const projects = raw.map((p) => ({
          scores: Float64Array.from(p.scores),
          cost: Float64Array.from(p.cost),
        }));
        const bound = completionBound(projects, 0, 3, 2);
        const out = new Float64Array(3);
        upperBoundInto(bound, [b0, b1], new Float64Array(3), 0, out, 0, 3, 2);
        for (let mask = 0; mask < 1 << projects.length; mask++) {
          const chosen = projects.filter((_, j) => mask & (1 << j));
          if (chosen.reduce((t, p) => t + (p.cost[0] as number), 0) > b0) continue;
          if (chosen.reduce((t, p) => t + (p.cost[1] as number), 0) > b1) continue;
          for (let e = 0; e < 3; e++) {
            expect(out[e]).toBeGreaterThanOrEqual(
              chosen.reduce((t, p) => t + (p.scores[e] as number), 0) - 1e-9,
            );
          }
        }
      }),
      { numRuns: 300, seed: 1957 },
    );
  });

  it("is the fractional knapsack: a hand-worked case", () => {
    // values 6, 5, 4 at costs 2, 5, 4 (ratios 3, 1, 1) with 6 to spend: all of the first (6),
    // then 4 of the next best ratio; the tie keeps the order given (5 at cost 5 → 4/5 of it: 4)
    const projects = [
      { scores: Float64Array.of(6), cost: Float64Array.of(2) },
      { scores: Float64Array.of(5), cost: Float64Array.of(5) },
      { scores: Float64Array.of(4), cost: Float64Array.of(4) },
    ];
    const out = new Float64Array(1);
    upperBoundInto(completionBound(projects, 0, 1, 1), [6], Float64Array.of(1), 0, out, 0, 1, 1);
    expect(out[0]).toBe(1 + 6 + 4);
  });
});
