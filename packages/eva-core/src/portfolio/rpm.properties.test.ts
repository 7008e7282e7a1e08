import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bruteForceNonDominated,
  type ExactWeightSet,
  exactCorners,
} from "../../test/portfolio-brute-force.js";
import { isEvaError } from "../errors.js";
import { rpm } from "./rpm.js";

// Random RPM instances: 1–14 projects, 1–5 criteria, one or two resources, integer values
// (−2..9, so some projects lose on a criterion and a few are worth nothing) and costs, and a weight
// set that is the whole simplex, intervals on a 1/20 grid around a point, an order, or both (which
// may be empty). The reference (test/portfolio-brute-force.ts) tries every subset and checks
// dominance exactly, in rationals, at corners found by trying every choice of tight constraints.
const SCALE = 20;
const kinds = ["simplex", "interval", "order", "interval+order"] as const;

const instance = fc
  .record({
    m: fc.integer({ min: 1, max: 14 }),
    n: fc.integer({ min: 1, max: 5 }),
    resources: fc.integer({ min: 1, max: 2 }),
    kind: fc.constantFrom(...kinds),
  })
  .chain(({ m, n, resources, kind }) =>
    fc.record({
      kind: fc.constant(kind),
      values: fc.array(fc.array(fc.integer({ min: -2, max: 9 }), { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
      costs: fc.array(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: resources, maxLength: resources }),
        {
          minLength: m,
          maxLength: m,
        },
      ),
      budgetShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: resources,
        maxLength: resources,
      }),
      // a point of the 1/20 grid on the simplex, and how far each bound reaches from it
      cuts: fc.array(fc.integer({ min: 0, max: SCALE }), { minLength: n - 1, maxLength: n - 1 }),
      below: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
      above: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
      ranking: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    }),
  )
  .map((x) => {
    const n = x.below.length;
    const cuts = [0, ...[...x.cuts].sort((a, b) => a - b), SCALE];
    const point = Array.from({ length: n }, (_, i) => (cuts[i + 1] as number) - (cuts[i] as number));
    const set: ExactWeightSet = { scale: SCALE };
    if (x.kind.includes("interval")) {
      set.lower = point.map((g, i) => Math.max(0, g - (x.below[i] as number)));
      set.upper = point.map((g, i) => Math.min(SCALE, g + (x.above[i] as number)));
    }
    if (x.kind.includes("order") && n > 1) {
      // pairs that follow one ranking never contradict each other; with intervals they may
      set.order = x.pairs
        .map(([a, b]) => [a % n, b % n] as const)
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => {
          const [i, j] = x.ranking.indexOf(a) < x.ranking.indexOf(b) ? [a, b] : [b, a];
          return [i, j] as [number, number];
        });
    }
    const projects = x.values.map((values, j) => ({
      id: `p${String(j).padStart(2, "0")}`,
      cost: x.costs[j] as number[],
      values,
    }));
    const budget = x.budgetShare.map((s, r) =>
      Math.floor(s * projects.reduce((t, p) => t + (p.cost[r] as number), 0)),
    );
    return { kind: x.kind, n, projects, budget, set };
  });

const asWeights = (set: ExactWeightSet) => ({
  ...(set.lower ? { lower: set.lower.map((l) => l / set.scale) } : {}),
  ...(set.upper ? { upper: set.upper.map((u) => u / set.scale) } : {}),
  ...(set.order ? { order: set.order } : {}),
});
const key = (portfolios: string[][]) => portfolios.map((p) => p.join(",")).sort();

describe("rpm against brute force", () => {
  it("finds exactly the non-dominated portfolios of every subset, and the corners of S, on 240 seeded instances", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(instance, ({ kind, n, projects, budget, set }) => {
        const corners = exactCorners(n, set);
        const weights = asWeights(set);
        if (corners.length === 0) {
          // contradictory bounds and order: both must find the weight set empty
          let code = "";
          try {
            rpm({ projects, budget, weights });
          } catch (e) {
            code = isEvaError(e) ? e.code : String(e);
          }
          expect(code).toBe("empty_weight_set");
          seen.add("empty");
          return;
        }
        // one resource is passed as a number, as most callers do
        const one = budget.length === 1;
        const result = rpm({
          projects: projects.map((p) => ({ ...p, cost: one ? (p.cost[0] as number) : p.cost })),
          budget: one ? (budget[0] as number) : budget,
          weights,
        });
        expect(key(result.nonDominated)).toEqual(key(bruteForceNonDominated(projects, budget, corners)));
        // the double description method found the same corners as trying every choice of tight constraints
        expect(result.extremePoints).toHaveLength(corners.length);
        for (const c of corners) {
          const x = c.map((v) => Number(v.num) / Number(v.den));
          expect(
            result.extremePoints.some((f) => f.every((v, i) => Math.abs(v - (x[i] as number)) < 1e-9)),
          ).toBe(true);
        }
        seen.add(`${kind}/${budget.length}`);
      }),
      { numRuns: 240, seed: 2007 },
    );
    // every kind of weight set with one and with two resources was met
    for (const kind of kinds) for (const r of [1, 2]) expect(seen, `${kind}/${r}`).toContain(`${kind}/${r}`);
  });
});
