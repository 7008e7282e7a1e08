import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rpm } from "./rpm.js";

// The worked example of docs/methodology.md ("Robust Portfolio Modeling"), checked by hand there:
// two criteria (children, economy), the board agrees only that children weigh 40–70 %.
const example = {
  projects: [
    { id: "A", cost: 2, values: [4, 1] },
    { id: "B", cost: 3, values: [1, 5] },
    { id: "C", cost: 2, values: [2, 2] },
    { id: "D", cost: 4, values: [6, 4] },
    { id: "E", cost: 1, values: [4, 4] },
  ],
  budget: 6,
  weights: { lower: [0.4, 0.3], upper: [0.7, 0.6] },
};

describe("rpm: the worked example", () => {
  it("corners (0.4, 0.6) and (0.7, 0.3); non-dominated {A, B, E} and {D, E}; E core, C exterior", () => {
    const r = rpm(example);
    expect(r.extremePoints).toHaveLength(2);
    expect(r.extremePoints[0]?.[0]).toBeCloseTo(0.7, 12);
    expect(r.extremePoints[1]?.[0]).toBeCloseTo(0.4, 12);
    // ABE = (9.6, 9.3) and DE = (8.8, 9.4) at (0.4, 0.6) and (0.7, 0.3): neither dominates; every
    // other portfolio within 6 is dominated by one of them (e.g. AD = (7.0, 8.5) by DE)
    expect(r.nonDominated).toEqual([
      ["A", "B", "E"],
      ["D", "E"],
    ]);
    expect(r.coreIndex).toEqual({ A: 0.5, B: 0.5, C: 0, D: 0.5, E: 1 });
    expect(r.core).toEqual(["E"]);
    expect(r.borderline).toEqual(["A", "B", "D"]);
    expect(r.exterior).toEqual(["C"]);
    expect(r.costs).toEqual([[6], [5]]);
    expect(r.truncated).toBe(false);
  });

  it("says what each borderline project depends on: D comes with children's weight, A and B with economy's", () => {
    const r = rpm(example);
    // ABE is best at (0.4, 0.6), DE at (0.7, 0.3)
    expect(r.dependsOn).toEqual({
      A: { favoredBy: 1, disfavoredBy: 0 },
      B: { favoredBy: 1, disfavoredBy: 0 },
      D: { favoredBy: 0, disfavoredBy: 1 },
    });
  });

  it("fixed weights (lower = upper) leave the knapsack optimum: ABE at (0.4, 0.6), DE at (0.7, 0.3)", () => {
    expect(rpm({ ...example, weights: { lower: [0.4, 0.6], upper: [0.4, 0.6] } }).nonDominated).toEqual([
      ["A", "B", "E"],
    ]);
    expect(rpm({ ...example, weights: { lower: [0.7, 0.3], upper: [0.7, 0.3] } }).nonDominated).toEqual([
      ["D", "E"],
    ]);
  });

  it("an order instead of bounds: children ≥ economy gives the corners (1, 0) and (½, ½)", () => {
    const r = rpm({ ...example, weights: { order: [[0, 1]] } });
    expect(r.extremePoints).toEqual([
      [1, 0],
      [0.5, 0.5],
    ]);
    // at (1, 0) and (½, ½): DE = (10, 9), ABE = (9, 9.5); ACE = (10, 8.5) and AD = (10, 7.5) fall to DE
    expect(r.nonDominated).toEqual([
      ["A", "B", "E"],
      ["D", "E"],
    ]);
  });

  it("with the whole simplex, a project that costs more than the budget is exterior", () => {
    const r = rpm({ ...example, projects: [...example.projects, { id: "F", cost: 7, values: [9, 9] }] });
    expect(r.exterior).toContain("F");
    expect(r.coreIndex.F).toBe(0);
  });

  it("keeps ties: two equal projects that cannot both fit give two non-dominated portfolios", () => {
    const r = rpm({
      projects: [
        { id: "x", cost: 3, values: [1, 2] },
        { id: "y", cost: 3, values: [1, 2] },
      ],
      budget: 4,
    });
    expect(r.nonDominated).toEqual([["x"], ["y"]]);
    expect(r.borderline).toEqual(["x", "y"]);
    expect(r.coreIndex).toEqual({ x: 0.5, y: 0.5 });
  });

  it("leaves out projects worth nothing or less for every weight; with a budget of 0 only the free ones", () => {
    const r = rpm({
      projects: [
        { id: "free", cost: 0, values: [1, 0] },
        { id: "zero", cost: 0, values: [0, 0] },
        { id: "loss", cost: 0, values: [-1, -2] },
        { id: "paid", cost: 1, values: [5, 5] },
      ],
      budget: 0,
    });
    expect(r.nonDominated).toEqual([["free"]]);
    expect(r.exterior).toEqual(["loss", "paid", "zero"]);
  });

  it("two resources: a portfolio must fit both budgets", () => {
    const r = rpm({
      projects: [
        { id: "a", cost: [1, 5], values: [3] },
        { id: "b", cost: [5, 1], values: [3] },
        { id: "c", cost: [3, 3], values: [2] },
      ],
      budget: [6, 6],
    });
    // a + b costs (6, 6) and is worth 6; a + c (4, 8) and b + c (8, 4) do not fit
    expect(r.nonDominated).toEqual([["a", "b"]]);
  });

  it("marks the result truncated when maxPortfolios is hit, and keeps at most that many", () => {
    const projects = Array.from({ length: 8 }, (_, j) => ({ id: `p${j}`, cost: 1, values: [j + 1, 8 - j] }));
    const full = rpm({ projects, budget: 4 });
    expect(full.truncated).toBe(false);
    expect(full.nonDominated.length).toBeGreaterThan(3);
    const cut = rpm({ projects, budget: 4, options: { maxPortfolios: 3 } });
    expect(cut.truncated).toBe(true);
    expect(cut.nonDominated.length).toBeLessThanOrEqual(3);
  });
});

// Small integer instances, so that ties are frequent and exact reasoning is possible.
const smallInstance = fc
  .record({
    m: fc.integer({ min: 1, max: 9 }),
    n: fc.integer({ min: 2, max: 4 }),
  })
  .chain(({ m, n }) =>
    fc.record({
      values: fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
      costs: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: m, maxLength: m }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      // a point well inside the simplex on a 1/40 grid (each coordinate ≥ 2/40) and how far the
      // outer and the inner intervals reach from it
      point: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
      outer: fc.array(fc.integer({ min: 2, max: 8 }), { minLength: 2 * n, maxLength: 2 * n }),
      inner: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2 * n, maxLength: 2 * n }),
      perm: fc.shuffledSubarray([...Array(m).keys()], { minLength: m, maxLength: m }),
      scale: fc.constantFrom(0.001, 3, 1e6),
    }),
  )
  .map((x) => {
    const projects = x.values.map((values, j) => ({ id: `p${j}`, cost: x.costs[j] as number, values }));
    const budget = Math.floor(x.share * x.costs.reduce((a, b) => a + b, 0));
    return { ...x, projects, budget };
  });

const ids = (portfolios: string[][]) => portfolios.map((p) => p.join(",")).sort();

describe("rpm: the properties of Liesiö, Mild & Salo (2007)", () => {
  it("fixed weights give exactly the knapsack optima, ties kept", () => {
    fc.assert(
      fc.property(smallInstance, ({ projects, budget, point }) => {
        const total = point.reduce((a, b) => a + b, 0);
        const w = point.map((p) => p / total);
        const r = rpm({ projects, budget, weights: { lower: w, upper: w } });
        // brute force in integers: total · V(p, w) = Σ_{j∈p} Σ_i point_i · values_j[i]
        const worth = projects.map((p) => p.values.reduce((t, v, i) => t + v * (point[i] as number), 0));
        let best = -1;
        const optima: string[][] = [];
        for (let mask = 0; mask < 1 << projects.length; mask++) {
          const chosen = projects.map((_, j) => j).filter((j) => mask & (1 << j));
          // projects worth 0 are left out (rpm's convention), which only removes duplicates
          if (chosen.some((j) => worth[j] === 0)) continue;
          if (chosen.reduce((t, j) => t + (projects[j]?.cost ?? 0), 0) > budget) continue;
          const v = chosen.reduce((t, j) => t + (worth[j] as number), 0);
          const set = chosen.map((j) => `p${j}`).sort();
          if (v > best) optima.splice(0, optima.length, set);
          else if (v === best) optima.push(set);
          best = Math.max(best, v);
        }
        expect(ids(r.nonDominated)).toEqual(ids(optima));
      }),
      { numRuns: 150, seed: 181 },
    );
  });

  it("narrowing S (keeping an interior) only shrinks the non-dominated set: core stays core, exterior stays exterior", () => {
    fc.assert(
      fc.property(smallInstance, ({ projects, budget, point, outer, inner }) => {
        const n = point.length;
        // the point on the 1/40 grid; the outer interval reaches outer[i] steps, the inner at most as far
        const total = point.reduce((a, b) => a + b, 0);
        const g = point.map((p) => p / total);
        const step = 1 / 40;
        const bounds = (reach: number[]) => ({
          lower: g.map((x, i) => Math.max(0, x - (reach[i] as number) * step)),
          upper: g.map((x, i) => Math.min(1, x + (reach[n + i] as number) * step)),
        });
        const narrow = inner.map((k, i) => Math.min(k, outer[i] as number));
        const wide = rpm({ projects, budget, weights: bounds(outer) });
        const tight = rpm({ projects, budget, weights: bounds(narrow) });
        const wideSet = new Set(ids(wide.nonDominated));
        for (const p of ids(tight.nonDominated)) expect(wideSet.has(p), p).toBe(true);
        for (const id of wide.core) expect(tight.core).toContain(id);
        for (const id of wide.exterior) expect(tight.exterior).toContain(id);
      }),
      { numRuns: 120, seed: 190 },
    );
  });

  it("permuting the projects or scaling every value changes nothing", () => {
    fc.assert(
      fc.property(smallInstance, ({ projects, budget, perm, scale, point }) => {
        const weights = { order: point.length > 2 ? ([[0, 1]] as Array<[number, number]>) : [] };
        const base = rpm({ projects, budget, weights });
        const permuted = rpm({
          projects: perm.map((j) => projects[j] as (typeof projects)[number]),
          budget,
          weights,
        });
        const scaled = rpm({
          projects: projects.map((p) => ({ ...p, values: p.values.map((v) => v * scale) })),
          budget,
          weights,
        });
        for (const other of [permuted, scaled]) {
          expect(other.nonDominated).toEqual(base.nonDominated);
          expect(other.coreIndex).toEqual(base.coreIndex);
          expect([other.core, other.borderline, other.exterior]).toEqual([
            base.core,
            base.borderline,
            base.exterior,
          ]);
        }
      }),
      { numRuns: 150, seed: 2008 },
    );
  });

  it("a project that costs more than the budget is exterior, whatever the weights", () => {
    fc.assert(
      fc.property(smallInstance, fc.integer({ min: 1, max: 5 }), ({ projects, budget, point }, over) => {
        const big = { id: "big", cost: budget + over, values: point.map(() => 100) };
        const r = rpm({ projects: [...projects, big], budget });
        expect(r.exterior).toContain("big");
        expect(r.coreIndex.big).toBe(0);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it("the same input gives the same output, and the input is not changed", () => {
    const input = structuredClone(example);
    const a = JSON.stringify(rpm(input));
    expect(JSON.stringify(rpm(input))).toBe(a);
    expect(input).toEqual(example);
  });
});
