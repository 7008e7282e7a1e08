import { describe, expect, it } from "vitest";
import { npv } from "../economy/npv.js";
import { riskLevel } from "../economy/risk-level.js";
import { EvaError } from "../errors.js";
import { ahp, ahpGroup } from "./ahp.js";
import { promethee2 } from "./promethee2.js";
import { createRng } from "./rng.js";
import { smaa } from "./smaa.js";
import { ratingSwitchingValues, switchingValues } from "./switching-values.js";
import { topsis } from "./topsis.js";
import { vikor } from "./vikor.js";
import { weightedSum } from "./weighted-sum.js";
import { normalizeWeights, rankWeights, swingWeights } from "./weights.js";

function thrown(f: () => unknown): EvaError {
  try {
    f();
  } catch (e) {
    if (e instanceof EvaError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("invalid input throws EvaError with a stable code and path", () => {
  it.each([
    ["a ragged matrix", () => weightedSum([[1, 2], [1]], [1, 1]), "ragged_matrix", ["values", 1]],
    [
      "NaN in a matrix",
      () => topsis([[1, Number.NaN]], [1, 1], ["max", "max"]),
      "not_finite",
      ["matrix", 0, 1],
    ],
    [
      "Infinity in weights",
      () => weightedSum([[1]], [Number.POSITIVE_INFINITY]),
      "not_finite",
      ["weights", 0],
    ],
    ["a negative weight", () => normalizeWeights([1, -1]), "negative_weight", ["weights", 1]],
    ["all-zero weights", () => normalizeWeights([0, 0]), "zero_weights", ["weights"]],
    ["too few weights", () => weightedSum([[1, 2]], [1]), "length_mismatch", ["weights"]],
    ["an empty matrix", () => vikor([], [], []), "empty_input", ["matrix"]],
    ["a bad direction", () => topsis([[1]], [1], ["up" as never]), "invalid_direction", ["directions", 0]],
    ["a non-square AHP matrix", () => ahp([[1, 2]]), "not_square", ["matrix"]],
    [
      "a non-reciprocal AHP matrix",
      () =>
        ahp([
          [1, 2],
          [2, 1],
        ]),
      "not_reciprocal",
      ["matrix", 1, 0],
    ],
    [
      "a zero in an AHP matrix",
      () =>
        ahp([
          [1, 0],
          [0, 1],
        ]),
      "not_positive",
      ["matrix", 0, 1],
    ],
    [
      "an 11 × 11 AHP matrix",
      () => ahp(Array.from({ length: 11 }, () => Array(11).fill(1))),
      "size_out_of_range",
      ["matrix"],
    ],
    [
      "group AHP with matrices of two sizes",
      () =>
        ahpGroup([
          [[1]],
          [
            [1, 1],
            [1, 1],
          ],
        ]),
      "length_mismatch",
      ["matrices", 1],
    ],
    ["SWING points over 100", () => swingWeights([120, 50]), "out_of_range", ["points", 0]],
    ["rank weights for n = 0", () => rankWeights(0), "out_of_range", ["n"]],
    [
      "PROMETHEE linear with p ≤ q",
      () => promethee2([[1], [2]], [1], [{ direction: "max", preference: { type: "linear", q: 2, p: 1 } }]),
      "out_of_range",
      ["criteria", 0, "preference", "p"],
    ],
    ["VIKOR v = 2", () => vikor([[1], [2]], [1], ["max"], { v: 2 }), "out_of_range", ["options", "v"]],
    ["SMAA with 0 samples", () => smaa([[1]], { samples: 0 }), "out_of_range", ["options", "samples"]],
    [
      "SMAA bounds that cannot sum to 1",
      () =>
        smaa([[1, 0]], {
          weightBounds: [
            [0, 0.2],
            [0, 0.2],
          ],
        }),
      "invalid_option",
      ["options", "weightBounds"],
    ],
    [
      "SMAA rank order that is not a permutation",
      () => smaa([[1, 0]], { rankOrder: [0, 0] }),
      "invalid_option",
      ["options", "rankOrder"],
    ],
    ["NPV with NaN", () => npv([1, Number.NaN], 0.03), "not_finite", ["flows", 1]],
    ["a risk likelihood of 6 on 5 × 5", () => riskLevel(6, 1), "out_of_range", ["likelihood"]],
  ])("%s", (_name, f, code, path) => {
    const e = thrown(f);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});

describe("degenerate input on purpose", () => {
  it("constant columns: TOPSIS, VIKOR and PROMETHEE give ties, not NaN", () => {
    const X = [
      [3, 3],
      [3, 3],
    ];
    expect(topsis(X, [1, 1], ["max", "max"]).closeness).toEqual([0.5, 0.5]);
    expect(vikor(X, [1, 1], ["max", "max"]).Q).toEqual([0, 0]);
    expect(promethee2(X, [1, 1], [{ direction: "max" }, { direction: "max" }]).phi).toEqual([0, 0]);
  });

  it("ties rank equal (1, 1, 3)", () => {
    expect(weightedSum([[1], [1], [0]], [1]).ranks).toEqual([1, 1, 3]);
  });

  it("a single criterion and zero-weight criteria", () => {
    expect(
      weightedSum(
        [
          [0.2, 1],
          [0.8, 0],
        ],
        [1, 0],
      ).ranks,
    ).toEqual([2, 1]);
    expect(switchingValues([[1], [0]], [1]).criteria[0]?.switchAt).toBeNull();
  });

  it("AHP with n = 1 and n = 2 is always consistent", () => {
    expect(ahp([[1]])).toMatchObject({ weights: [1], cr: 0, consistent: true });
    expect(
      ahp([
        [1, 9],
        [1 / 9, 1],
      ]),
    ).toMatchObject({ cr: 0, consistent: true });
  });

  it("SMAA where an alternative is never first has zero central weights and confidence", () => {
    const r = smaa(
      [
        [1, 1],
        [0, 0],
      ],
      { samples: 200 },
    );
    expect(r.rankAcceptability[1]).toEqual([0, 1]);
    expect(r.centralWeights[1]).toEqual([0, 0]);
    expect(r.confidence).toEqual([1, 0]);
    expect(r.holistic).toEqual([1, 0]);
  });

  it("SMAA respects weight bounds and rank order", () => {
    const values = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    const bounded = smaa(values, {
      samples: 500,
      weightBounds: [
        [0.5, 1],
        [0, 0.5],
        [0, 0.5],
      ],
    });
    // with w₁ ≥ 0.5 alternative 1 always has the highest score
    expect(bounded.rankAcceptability[0]?.[0]).toBe(1);
    const ordered = smaa(values, { samples: 500, rankOrder: [2, 1, 0] });
    expect(ordered.rankAcceptability[2]?.[0]).toBe(1);
    for (const cw of ordered.centralWeights.filter((c) => c.some((x) => x > 0))) {
      expect(cw[2] ?? 0).toBeGreaterThanOrEqual(cw[1] ?? 0);
    }
  });

  it("SMAA with a value spread: two equal alternatives share the first rank about half each", () => {
    const r = smaa([[0.5], [0.5]], { samples: 4000, seed: 3, valueSpread: [[0.1], [0.1]] });
    // symmetric problem: b₁¹ ≈ 0.5 within 4 standard errors
    expect(Math.abs((r.rankAcceptability[0]?.[0] ?? 0) - 0.5)).toBeLessThan(4 * r.standardError);
    expect(r.standardError).toBeCloseTo(Math.sqrt(0.25 / 4000), 2);
  });

  it("rating switching: the winner's value must fall by the score gap over its weight", () => {
    // scores 0.9 and 0.5 with weights (0.5, 0.5): drop on criterion 0 = 0.4 / 0.5 = 0.8 ≤ 1
    const r = ratingSwitchingValues(
      [
        [1, 0.8],
        [0.5, 0.5],
      ],
      [1, 1],
    );
    expect(r.winner).toBe(0);
    expect(r.criteria[0]?.valueDrop).toBeCloseTo(0.8, 12);
    // criterion 1: 0.8 needed, value is 0.8 → exactly reachable
    expect(r.criteria[1]?.valueDrop).toBeCloseTo(0.8, 12);
    expect(
      ratingSwitchingValues(
        [
          [1, 0.2],
          [0, 0],
        ],
        [1, 1],
      ).criteria[1]?.valueDrop,
    ).toBeNull();
  });

  it("the seeded generator is repeatable and uniform enough", () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 10000 }, () => a.next());
    expect(Array.from({ length: 10000 }, () => b.next())).toEqual(xs);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
    expect(createRng(43).next()).not.toBe(createRng(42).next());
  });
});
