import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ahp } from "./ahp.js";
import { promethee2 } from "./promethee2.js";
import { smaa } from "./smaa.js";
import { ratingSwitchingValues, switchingValues } from "./switching-values.js";
import { topsis } from "./topsis.js";
import { vikor } from "./vikor.js";
import { weightedSum } from "./weighted-sum.js";
import { rankWeights, swingWeights } from "./weights.js";

// Random decision problems: 2–6 alternatives × 1–8 criteria, values on 0..1 (on a 1e-6 grid, so
// subnormal noise like 5e-17 does not turn the comparison into a test of floating-point rounding),
// weights > 0.
const grid = fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 1_000_000);
const problem = fc
  .record({ m: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 1, max: 8 }) })
  .chain(({ m, n }) =>
    fc.record({
      values: fc.array(fc.array(grid, { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
      weights: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
      perm: fc.shuffledSubarray([...Array(m).keys()], { minLength: m, maxLength: m }),
    }),
  );

const max = (n: number) => Array.from({ length: n }, () => "max" as const);
const crit = (n: number) => Array.from({ length: n }, () => ({ direction: "max" as const }));
const runs = { numRuns: 200 };

describe("every method", () => {
  it("permuting the alternatives permutes every result", () => {
    fc.assert(
      fc.property(problem, ({ values, weights, perm }) => {
        const n = weights.length;
        const pv = perm.map((i) => values[i] ?? []);
        const results = [
          [weightedSum(values, weights).scores, weightedSum(pv, weights).scores],
          [topsis(values, weights, max(n)).closeness, topsis(pv, weights, max(n)).closeness],
          [promethee2(values, weights, crit(n)).phi, promethee2(pv, weights, crit(n)).phi],
          [vikor(values, weights, max(n)).Q, vikor(pv, weights, max(n)).Q],
        ] as const;
        for (const [a, b] of results) perm.forEach((i, k) => expect(b[k]).toBeCloseTo(a[i] ?? Number.NaN, 7));
      }),
      runs,
    );
  });

  it("scaling all weights by a constant changes nothing", () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 0.001, max: 1000, noNaN: true }), ({ values, weights }, c) => {
        const n = weights.length;
        const scaled = weights.map((w) => w * c);
        expect(weightedSum(values, scaled).ranks).toEqual(weightedSum(values, weights).ranks);
        topsis(values, scaled, max(n)).closeness.forEach((x, i) =>
          expect(x).toBeCloseTo(topsis(values, weights, max(n)).closeness[i] ?? Number.NaN, 7),
        );
        promethee2(values, scaled, crit(n)).phi.forEach((x, i) =>
          expect(x).toBeCloseTo(promethee2(values, weights, crit(n)).phi[i] ?? Number.NaN, 7),
        );
        vikor(values, scaled, max(n)).Q.forEach((x, i) =>
          expect(x).toBeCloseTo(vikor(values, weights, max(n)).Q[i] ?? Number.NaN, 7),
        );
      }),
      runs,
    );
  });

  it("a dominated alternative never ranks above its dominator", () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 0.01, max: 0.5, noNaN: true }), ({ values, weights }, gap) => {
        const n = weights.length;
        // make alternative 1 dominated by alternative 0: no better anywhere, worse on criterion 0
        const v = values.map((r) => [...r]);
        const a = v[0] ?? [];
        v[1] = a.map((x, j) => (j === 0 ? Math.max(0, x - gap) : x * 0.9));
        if ((v[1]?.[0] ?? 0) >= (a[0] ?? 0)) return; // x = 0 cannot fall further
        for (const ranks of [
          weightedSum(v, weights).ranks,
          topsis(v, weights, max(n)).ranks,
          promethee2(v, weights, crit(n)).ranks,
          vikor(v, weights, max(n)).ranks,
        ]) {
          expect(ranks[0]).toBeLessThanOrEqual(ranks[1] ?? 0);
        }
      }),
      runs,
    );
  });
});

describe("PROMETHEE II", () => {
  it("net flows sum to 0", () => {
    fc.assert(
      fc.property(problem, ({ values, weights }) => {
        const phi = promethee2(values, weights, crit(weights.length)).phi;
        expect(Math.abs(phi.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9);
      }),
      runs,
    );
  });
});

describe("weights", () => {
  it("SWING, rank and AHP weights sum to 1", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 100, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (pts) => {
          expect(swingWeights(pts).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          for (const m of ["roc", "rank-sum", "rank-reciprocal"] as const) {
            expect(rankWeights(pts.length, m).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          }
          const w = pts.map((p) => p / 100);
          const matrix = w.map((wi) => w.map((wj) => Math.min(9, Math.max(1 / 9, wi / wj))));
          // clamp breaks consistency but keeps reciprocity
          const fixed = matrix.map((row, i) => row.map((x, j) => (i > j ? 1 / (matrix[j]?.[i] ?? 1) : x)));
          expect(ahp(fixed).weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        },
      ),
      runs,
    );
  });
});

describe("switching values", () => {
  it("at switchAt the winner and the rival tie, and just past it the rival wins; null never changes the winner", () => {
    fc.assert(
      fc.property(problem, ({ values, weights }) => {
        const n = weights.length;
        const sum = weights.reduce((a, b) => a + b, 0);
        const w = weights.map((x) => x / sum);
        const { winner, criteria } = switchingValues(values, weights);
        const scoresAt = (j: number, t: number) => {
          const wj = w[j] ?? 0;
          const ww = w.map((x, k) => (k === j ? t : wj >= 1 ? (1 - t) / (n - 1) : (x * (1 - t)) / (1 - wj)));
          return values.map((row) => row.reduce((s, x, k) => s + x * (ww[k] ?? 0), 0));
        };
        const base = weightedSum(values, weights).scores;
        const top = Math.max(...base);
        if (base.filter((s) => Math.abs(s - top) < 1e-9).length > 1) return; // tied winners: nothing to test
        for (const c of criteria) {
          if (c.switchAt === null) {
            for (let t = 0; t <= 1.0000001; t += 0.05) {
              const s = scoresAt(c.criterion, Math.min(1, t));
              expect(Math.max(...s) - (s[winner] ?? 0)).toBeLessThan(1e-9);
            }
          } else {
            const s = scoresAt(c.criterion, c.switchAt);
            expect(Math.abs((s[winner] ?? 0) - (s[c.rival ?? 0] ?? 0))).toBeLessThan(1e-9);
            const step = Math.sign(c.delta ?? 0) * 1e-6;
            const past = Math.min(1, Math.max(0, c.switchAt + step));
            if (past !== c.switchAt) {
              const p = scoresAt(c.criterion, past);
              expect(p[c.rival ?? 0] ?? 0).toBeGreaterThan((p[winner] ?? 0) - 1e-12);
            }
          }
        }
      }),
      runs,
    );
  });

  it("lowering the winner's value by valueDrop makes the rival tie", () => {
    fc.assert(
      fc.property(problem, ({ values, weights }) => {
        const { winner, criteria } = ratingSwitchingValues(values, weights);
        for (const c of criteria) {
          if (c.valueDrop === null) continue;
          const v = values.map((r) => [...r]);
          const row = v[winner];
          if (row) row[c.criterion] = (row[c.criterion] ?? 0) - c.valueDrop;
          const s = weightedSum(v, weights).scores;
          expect(Math.abs((s[winner] ?? 0) - (s[c.rival ?? 0] ?? 0))).toBeLessThan(1e-9);
        }
      }),
      runs,
    );
  });
});

describe("SMAA", () => {
  it("rank acceptabilities: rows and columns sum to 1; same seed → identical output", () => {
    fc.assert(
      fc.property(problem, fc.integer({ min: 0, max: 1e6 }), ({ values }, seed) => {
        const r = smaa(values, { samples: 300, seed });
        const m = values.length;
        for (const row of r.rankAcceptability) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        for (let k = 0; k < m; k++)
          expect(r.rankAcceptability.reduce((a, row) => a + (row[k] ?? 0), 0)).toBeCloseTo(1, 12);
        expect(smaa(values, { samples: 300, seed })).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});
