import { describe, expect, it } from "vitest";
import { npv } from "../economy/npv.js";
import { riskLevel } from "../economy/risk-level.js";
import { ahp, ahpGroup } from "./ahp.js";
import { promethee2 } from "./promethee2.js";
import { topsis } from "./topsis.js";
import { vikor } from "./vikor.js";
import { rankWeights, swingWeights } from "./weights.js";

// Expected numbers come from the sources named in each test, never from this code's output.
const close = (actual: number[], expected: number[], digits: number) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i] ?? Number.NaN, digits));
};

describe("AHP", () => {
  // Wikipedia, "Analytic hierarchy process – leader example": choosing a leader (Tom, Dick, Harry)
  // on Experience, Education, Charisma and Age.
  const criteria = [
    [1, 4, 3, 7],
    [1 / 4, 1, 1 / 3, 3],
    [1 / 3, 3, 1, 5],
    [1 / 7, 1 / 3, 1 / 5, 1],
  ];
  const byCriterion = [
    [
      [1, 1 / 4, 4],
      [4, 1, 9],
      [1 / 4, 1 / 9, 1],
    ], // experience
    [
      [1, 3, 1 / 5],
      [1 / 3, 1, 1 / 7],
      [5, 7, 1],
    ], // education
    [
      [1, 5, 9],
      [1 / 5, 1, 4],
      [1 / 9, 1 / 4, 1],
    ], // charisma
    [
      [1, 1 / 3, 5],
      [3, 1, 9],
      [1 / 5, 1 / 9, 1],
    ], // age
  ];

  it("criteria weights and CR match Wikipedia's leader example (.547, .127, .270, .056; CR .044)", () => {
    const r = ahp(criteria);
    r.weights.forEach((w, i) =>
      expect(Math.abs(w - ([0.547, 0.127, 0.27, 0.056][i] ?? 0))).toBeLessThan(0.002),
    );
    expect(r.cr).toBeCloseTo(0.044, 3);
    expect(r.consistent).toBe(true);
  });

  it("local and global priorities match Wikipedia's leader example (Tom .358, Dick .493, Harry .149)", () => {
    const local = byCriterion.map((m) => ahp(m).weights);
    close(local[0] ?? [], [0.217, 0.717, 0.066], 2);
    close(local[2] ?? [], [0.743, 0.194, 0.063], 2);
    const w = ahp(criteria).weights;
    const global = [0, 1, 2].map((i) => local.reduce((s, l, k) => s + (l[i] ?? 0) * (w[k] ?? 0), 0));
    global.forEach((g, i) => expect(Math.abs(g - ([0.358, 0.493, 0.149][i] ?? 0))).toBeLessThan(0.002));
  });

  it("a consistent matrix has λmax = n and CR = 0 (Saaty 1980: a_ij = w_i / w_j)", () => {
    const w = [0.5, 0.3, 0.2];
    const m = w.map((wi) => w.map((wj) => wi / wj));
    const r = ahp(m);
    close(r.weights, w, 10);
    expect(r.lambdaMax).toBeCloseTo(3, 10);
    expect(r.cr).toBeCloseTo(0, 10);
  });

  it("flags Saaty's inconsistent 3×3 example as CR > 0.10 (a > b, b > c, c > a)", () => {
    // judgements 1:3, 3:1 cyclic: λmax solves det(A − λI) = 0 with λmax = 1 + 3^(2/3)·… > 3
    const r = ahp([
      [1, 3, 1 / 3],
      [1 / 3, 1, 3],
      [3, 1 / 3, 1],
    ]);
    // hand computation: by symmetry w = (1/3, 1/3, 1/3), (Aw)_i = (1 + 3 + 1/3)/3 → λmax = 13/3
    expect(r.lambdaMax).toBeCloseTo(13 / 3, 10);
    expect(r.ci).toBeCloseTo((13 / 3 - 3) / 2, 10);
    expect(r.cr).toBeCloseTo((13 / 3 - 3) / 2 / 0.58, 10);
    expect(r.consistent).toBe(false);
  });

  it("the geometric method gives the row geometric means (Crawford & Williams 1985)", () => {
    // 2×2 with a_12 = 4: geometric means √4 = 2 and √(1/4) = 1/2 → (0.8, 0.2)
    close(
      ahp(
        [
          [1, 4],
          [1 / 4, 1],
        ],
        { method: "geometric" },
      ).weights,
      [0.8, 0.2],
      12,
    );
  });

  it("group AHP takes the element-wise geometric mean of the judgements (Forman & Peniwati 1998, AIJ)", () => {
    // raters say 2 and 8 → √(2·8) = 4 → weights (0.8, 0.2)
    close(
      ahpGroup([
        [
          [1, 2],
          [1 / 2, 1],
        ],
        [
          [1, 8],
          [1 / 8, 1],
        ],
      ]).weights,
      [0.8, 0.2],
      12,
    );
  });
});

describe("AHP, second source", () => {
  it("eigenvector weights match Wang & Chin 2011's 6 × 6 example (Information Sciences 181(23))", () => {
    // Wang, Y. M. & Chin, K. S. (2011), "A linear programming approximation to the eigenvector
    // method in the analytic hierarchy process": the principal eigenvector of this matrix.
    const r = ahp([
      [1, 4, 3, 1, 3, 4],
      [1 / 4, 1, 7, 3, 1 / 5, 1],
      [1 / 3, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 6],
      [1, 1 / 3, 5, 1, 1, 1 / 3],
      [1 / 3, 5, 5, 1, 1, 3],
      [1 / 4, 1, 6, 3, 1 / 3, 1],
    ]);
    close(r.weights, [0.3208, 0.1395, 0.0348, 0.1285, 0.2374, 0.1391], 4);
    // far from consistent (a₂₃ = 7 but a₂₁ a₁₃ = 3/4): the finding must fire
    expect(r.consistent).toBe(false);
  });
});

describe("TOPSIS", () => {
  it("closeness matches Hwang & Yoon 1981's fighter-aircraft example: .643, .268, .613, .312", () => {
    // Hwang, C.-L. & Yoon, K. (1981), Multiple Attribute Decision Making, Springer: four aircraft on
    // speed, ferry range, payload, acquisition cost (the one cost criterion), reliability and
    // manoeuvrability; vector normalisation.
    const r = topsis(
      [
        [2.0, 1500, 20000, 5.5, 5, 9],
        [2.5, 2700, 18000, 6.5, 3, 5],
        [1.8, 2000, 21000, 4.5, 7, 7],
        [2.2, 1800, 20000, 5.0, 5, 5],
      ],
      [0.2, 0.1, 0.1, 0.1, 0.2, 0.3],
      ["max", "max", "max", "min", "max", "max"],
    );
    // the book rounds its intermediate tables to four digits, so its third value (.613) is within
    // 0.001 of the exact 0.61354, not within 0.0005
    r.closeness.forEach((c, i) =>
      expect(Math.abs(c - ([0.643, 0.268, 0.613, 0.312][i] ?? 0))).toBeLessThan(0.001),
    );
    expect(r.ranks).toEqual([1, 4, 2, 3]);
  });

  it("min-max closeness on Opricovic & Tzeng 2004's data is .500, .617, .500", () => {
    // Data of Opricovic, S. & Tzeng, G.-H. (2004), EJOR 156(2), 445–455 (f₁ a cost, f₂ a benefit,
    // equal weights); the closeness values with min-max normalisation are those that pymcdm's
    // test suite (kotbaton/pymcdm, TestTOPSIS) cites for this example, and they follow by hand:
    // v = ((.5, 0), (.375, .25), (0, .5)), ideal (.5, .5), anti-ideal (0, 0).
    const r = topsis(
      [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      [0.5, 0.5],
      ["min", "max"],
      { normalization: "minmax" },
    );
    close(r.closeness, [0.5, 0.617, 0.5], 3);
    expect(r.ranks).toEqual([2, 1, 2]);
  });

  it("closeness matches Tzeng & Huang 2011 (vector normalisation)", () => {
    const r = topsis(
      [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      [0.3, 0.4, 0.3],
      ["max", "max", "max"],
    );
    close(r.closeness, [0.5037, 0.6581, 0.7482, 0.334], 4);
    expect(r.ranks).toEqual([3, 2, 1, 4]);
  });

  it("handles a cost criterion as in Hwang & Yoon's definition (hand-computed 2 × 2 case)", () => {
    // X = [[1, 2], [2, 1]], w = (0.5, 0.5), criterion 2 is a cost.
    // norms √5 both; v = 0.5/√5 · X. Criterion 1 ideal = 2, criterion 2 (cost) ideal = 1 (alternative 2).
    // Alternative 2 is ideal on both → d⁺ = 0, C = 1; alternative 1 is anti-ideal on both → C = 0.
    const r = topsis(
      [
        [1, 2],
        [2, 1],
      ],
      [0.5, 0.5],
      ["max", "min"],
    );
    close(r.closeness, [0, 1], 12);
    close(r.dPlus, [Math.sqrt(2) * (0.5 / Math.sqrt(5)), 0], 12);
  });

  it("uses min-max normalisation only when asked, and it can rank differently", () => {
    const X = [
      [5, 8, 4],
      [7, 6, 8],
      [8, 8, 6],
      [7, 4, 6],
    ];
    const mm = topsis(X, [0.3, 0.4, 0.3], ["max", "max", "max"], { normalization: "minmax" });
    const vec = topsis(X, [0.3, 0.4, 0.3], ["max", "max", "max"]);
    expect(mm.closeness).not.toEqual(vec.closeness);
  });
});

describe("PROMETHEE II", () => {
  const usual = { direction: "max" as const };

  it("net flows match Zhao, Peng & Li 2013 (usual criterion): φ = [0.1, −0.3, 0.2]", () => {
    const r = promethee2(
      [
        [4, 3, 2],
        [3, 2, 4],
        [5, 1, 3],
      ],
      [0.5, 0.3, 0.2],
      [usual, usual, usual],
    );
    close(r.phi, [0.1, -0.3, 0.2], 12);
    expect(r.ranks).toEqual([2, 3, 1]);
  });

  it("V-shape and linear preference functions (Brans & Vincke 1985), computed by hand", () => {
    // X = [[10, 0], [6, 4]], w = (0.5, 0.5); criterion 1 V-shape p = 8, criterion 2 linear q = 1, p = 5.
    // π(1,2) = 0.5·(4/8) + 0.5·0 = 0.25; π(2,1) = 0.5·0 + 0.5·((4 − 1)/(5 − 1)) = 0.375.
    // m = 2: φ⁺ = π(a,b), φ⁻ = π(b,a) → φ(1) = 0.25 − 0.375 = −0.125, φ(2) = +0.125.
    const r = promethee2(
      [
        [10, 0],
        [6, 4],
      ],
      [0.5, 0.5],
      [
        { direction: "max", preference: { type: "v-shape", p: 8 } },
        { direction: "max", preference: { type: "linear", q: 1, p: 5 } },
      ],
    );
    close(r.phiPlus, [0.25, 0.375], 12);
    close(r.phi, [-0.125, 0.125], 12);
  });

  it("level, u-shape and gaussian preference functions, computed by hand", () => {
    // d = 3 on each: u-shape q = 2 → 1; level q = 2, p = 4 → 0.5; gaussian s = 3 → 1 − e^(−1/2)
    const r = promethee2(
      [
        [3, 3, 3],
        [0, 0, 0],
      ],
      [1, 1, 1],
      [
        { direction: "max", preference: { type: "u-shape", q: 2 } },
        { direction: "max", preference: { type: "level", q: 2, p: 4 } },
        { direction: "max", preference: { type: "gaussian", s: 3 } },
      ],
    );
    const pi = (1 + 0.5 + (1 - Math.exp(-0.5))) / 3;
    close(r.phi, [pi, -pi], 12);
  });

  it("linear preference (q, p) with mixed directions: net flows of Ziemba 2019's 9 × 12 example", () => {
    // Ziemba, P. (2019), "Towards strong sustainability management—A generalized PROSA method",
    // Sustainability 11(6), 1555, doi:10.3390/su11061555. Data and published φ (4 d.p.) as
    // transcribed in pyrepo-mcda (github.com/energyinpython/pyrepo-mcda), tests/test_mcda_methods_2.py,
    // Test_PROMETHEE_II_2, which cites this paper; the source gives criteria as rows, here transposed.
    // Linear criterion on every column; weights are normalised to sum 1.
    const dir = ["min", "min", "max", "min", "max", "max", "min", "max", "max", "min", "min", "max"] as const;
    const q = [420, 1000, 10, 40, 1, 7, 50, 20, 1, 1, 4.6, 1];
    const p = [2100, 5000, 50, 200, 5, 20, 100, 80, 4, 2, 23, 3];
    const r = promethee2(
      [
        [38723, 33207, 0, 3375, 11.36, -320.9, 203.7, 0, 0, 1, 21.5, 0],
        [34913, 32085, 0.2, 3127, 12.78, -148.4, 463, 11.7, 4.9, 1, 47.9, 3.7],
        [25596, 2123, 5, 3547, 12.78, -148.4, 356.2, 44.8, 10.7, 1, 27.7, 4.5],
        [34842, 32095, 0.2, 3115, 12.86, -9.9, 552.5, 11.7, 5.4, 3.5, 39.7, 10.3],
        [22570, 1445, 0.2, 3090, 12.86, -9.9, 295, 95.9, 11.2, 4, 1.5, 11.5],
        [39773, 17485, 0.2, 4135, 17, 0, 383, 95.9, 11.2, 4, 22.7, 11.5],
        [19500, 868, 99, 3160, 12.86, -9.9, 264, 116.8, 11.2, 4, 2.7, 11.3],
        [34525, 16958, 99, 4295, 17, 0, 352, 116.8, 11.2, 4, 23.9, 11.3],
        [16486, 958, 99, 3653, 12.86, -9.9, 264, 164.9, 11.2, 4, 1, 11.4],
      ],
      [0.3333, 0.1667, 0.1667, 0.3333, 0.25, 0.75, 1, 1, 0.4, 0.2, 0.4, 1],
      dir.map((direction, j) => ({
        direction,
        preference: { type: "linear" as const, q: q[j] ?? 0, p: p[j] ?? 1 },
      })),
    );
    close(r.phi, [-0.4143, -0.5056, -0.2317, -0.2892, 0.3313, 0.0619, 0.4296, 0.1626, 0.4554], 4);
    expect(r.ranks).toEqual([8, 9, 6, 7, 3, 5, 2, 4, 1]);
  });

  it("V-shape preference with mixed directions: net flows of Ziemba et al. 2017's offshore wind farm example", () => {
    // Ziemba, P., Wątróbski, J., Zioło, M. & Karczmarczyk, A. (2017), "Using the PROSA method in
    // offshore wind farm location problems", Energies 10(11), 1755, doi:10.3390/en10111755. Data and
    // published φ (4 d.p.) as transcribed in pyrepo-mcda (github.com/energyinpython/pyrepo-mcda),
    // tests/test_mcda_methods_2.py, Test_PROMETHEE_II_3, which cites this paper; criteria transposed
    // to columns. V-shape criterion on every column; percentage weights (sum 100.01) are normalised.
    const dir = ["min", "min", "min", "min", "min", "max", "min", "min", "max", "min", "max", "max"] as const;
    const p = [7280, 4, 13.4, 7.4, 3, 1662, 3, 3, 13.8, 3, 766240, 17820];
    const r = promethee2(
      [
        [16347, 9, 73.8, 36.7, 1.5, 3730, 2, 1, 38.8, 4, 1720524, 40012],
        [14219, 8.5, 55, 36, 2, 3240, 1, 1, 33.1, 2, 1496512, 34803],
        [8160, 9, 64.8, 28.5, 2, 1860, 2, 2, 45.8, 4, 858830, 19973],
        [8160, 8.5, 62.5, 29.5, 1.5, 1860, 1, 3, 27.3, 3, 858830, 19973],
      ],
      [20, 5, 5, 1.67, 1.67, 11.67, 11.67, 5, 5, 16.67, 8.33, 8.33],
      dir.map((direction, j) => ({ direction, preference: { type: "v-shape" as const, p: p[j] ?? 1 } })),
    );
    close(r.phi, [-0.0445, 0.1884, -0.0954, -0.0485], 4);
    expect(r.ranks).toEqual([2, 1, 4, 3]);
  });

  it("flows of Papathanasiou & Ploskas 2018's textbook example: φ = −.26, −.52, −.22, .36, .70, −.06", () => {
    // Papathanasiou, J. & Ploskas, N. (2018), Multiple Criteria Decision Aid: Methods, Examples and
    // Python Implementations, Springer, ch. 3 "PROMETHEE", doi:10.1007/978-3-319-91648-4_3: six
    // alternatives, four benefit criteria, linear criterion with q = 1, p = 2 on every column
    // (data and net flows to 2 d.p. as in the book's example, also cited by pyrepo-mcda's tests).
    // With integer data and q = 1, p = 2 the linear part never lies strictly between 0 and 1.
    const r = promethee2(
      [
        [8, 7, 2, 1],
        [5, 3, 7, 5],
        [7, 5, 6, 4],
        [9, 9, 7, 3],
        [11, 10, 3, 7],
        [6, 9, 5, 4],
      ],
      [0.4, 0.3, 0.1, 0.2],
      Array.from({ length: 4 }, () => ({
        direction: "max" as const,
        preference: { type: "linear" as const, q: 1, p: 2 },
      })),
    );
    close(r.phi, [-0.26, -0.52, -0.22, 0.36, 0.7, -0.06], 2);
    expect(r.ranks).toEqual([5, 6, 4, 2, 1, 3]);
  });
});

describe("VIKOR", () => {
  it("Q matches Opricovic & Tzeng 2004's example: A₂ is the compromise (Q = 1, 0, 1)", () => {
    // the same data as their TOPSIS comparison above; v = 0.5
    const r = vikor(
      [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      [0.5, 0.5],
      ["min", "max"],
    );
    close(r.Q, [1, 0, 1], 10);
    close(r.S, [0.5, 0.375, 0.5], 10);
    close(r.R, [0.5, 0.25, 0.5], 10);
    expect(r.ranks).toEqual([2, 1, 2]);
  });

  it("Q matches Yang & Wu 2020's 5 × 4 example: .5679, .7667, 1, .7493, 0", () => {
    // Yang, W. & Wu, Y. (2020), "A new improvement method to avoid rank reversal in VIKOR",
    // IEEE Access 8, 21261–21271: four benefit criteria of equal weight, v = 0.5.
    const r = vikor(
      [
        [78, 56, 34, 6],
        [4, 45, 3, 97],
        [18, 2, 50, 63],
        [9, 14, 11, 92],
        [85, 9, 100, 29],
      ],
      [0.25, 0.25, 0.25, 0.25],
      ["max", "max", "max", "max"],
    );
    close(r.Q, [0.5679, 0.7667, 1, 0.7493, 0], 4);
    expect(r.ranks).toEqual([2, 4, 5, 3, 1]);
  });

  it("S, R and Q follow Opricovic & Tzeng 2004's definitions (hand-computed 3 × 2 case)", () => {
    // X = [[1, 0], [0, 1], [0.5, 0.5]], w = (0.5, 0.5), both max; f* = (1, 1), f⁻ = (0, 0).
    // S = (0.5, 0.5, 0.5), R = (0.5, 0.5, 0.25); S⁻ = S* → that term is 0;
    // Q = 0.5·(R − 0.25)/(0.5 − 0.25) = (0.5, 0.5, 0) → the compromise (3) is first.
    const r = vikor(
      [
        [1, 0],
        [0, 1],
        [0.5, 0.5],
      ],
      [0.5, 0.5],
      ["max", "max"],
    );
    close(r.S, [0.5, 0.5, 0.5], 12);
    close(r.R, [0.5, 0.5, 0.25], 12);
    close(r.Q, [0.5, 0.5, 0], 12);
    expect(r.ranks).toEqual([2, 2, 1]);
  });

  it("a cost criterion and v = 1 give ranks by S alone", () => {
    // X = [[2, 10], [4, 30]], criterion 2 is a cost: f* = (4, 10), f⁻ = (2, 30).
    // S(1) = 0.5·(4−2)/2 + 0 = 0.5; S(2) = 0 + 0.5·(30−10)/20 = 0.5 → tie, Q = (0, 0) with v = 1.
    const r = vikor(
      [
        [2, 10],
        [4, 30],
      ],
      [1, 1],
      ["max", "min"],
      { v: 1 },
    );
    close(r.S, [0.5, 0.5], 12);
    expect(r.ranks).toEqual([1, 1]);
  });
});

describe("weights", () => {
  it("ROC weights for n = 4 are (0.5208, 0.2708, 0.1458, 0.0625) (Barron & Barrett 1996)", () => {
    close(rankWeights(4), [0.5208, 0.2708, 0.1458, 0.0625], 4);
  });
  it("ROC weights for n = 3 and n = 5 match Barron & Barrett 1996's table", () => {
    // Barron, F. H. & Barrett, B. E. (1996), "Decision quality using ranked attribute weights",
    // Management Science 42(11): ROC n = 3 (.6111, .2778, .1111), n = 5 (.4567, .2567, .1567, .0900, .0400)
    close(rankWeights(3), [0.6111, 0.2778, 0.1111], 4);
    close(rankWeights(5), [0.4567, 0.2567, 0.1567, 0.09, 0.04], 4);
  });

  it("rank-sum for n = 4 is (0.4, 0.3, 0.2, 0.1) and rank-reciprocal is (12, 6, 4, 3)/25", () => {
    close(rankWeights(4, "rank-sum"), [0.4, 0.3, 0.2, 0.1], 12);
    close(rankWeights(4, "rank-reciprocal"), [12 / 25, 6 / 25, 4 / 25, 3 / 25], 12);
  });
  it("SWING points 100, 60, 40 give 0.5, 0.3, 0.2", () => {
    close(swingWeights([100, 60, 40]), [0.5, 0.3, 0.2], 12);
  });
});

describe("NPV and risk level", () => {
  it("NPV of −100, 60, 60 at 10 % is 4.13 (textbook: −100 + 60/1.1 + 60/1.21)", () => {
    expect(npv([-100, 60, 60], 0.1)).toBeCloseTo(-100 + 60 / 1.1 + 60 / 1.21, 12);
    expect(npv([-100, 60, 60], 0.1)).toBeCloseTo(4.13, 2);
    expect(npv([], 0.03)).toBe(0);
  });
  it("bands on the default 5 × 5 scale: 2×2 low, 2×3 medium, 3×4 high, 5×5 high", () => {
    expect(riskLevel(2, 2)).toEqual({ score: 4, band: "low" });
    expect(riskLevel(2, 3)).toEqual({ score: 6, band: "medium" });
    expect(riskLevel(3, 4)).toEqual({ score: 12, band: "high" });
    expect(riskLevel(5, 5)).toEqual({ score: 25, band: "high" });
  });
  it("a 3 × 3 scale with its own bands", () => {
    const scale = {
      likelihoodLevels: 3,
      consequenceLevels: 3,
      bands: [
        { band: "matala", min: 1, max: 2 },
        { band: "kohtalainen", min: 3, max: 4 },
        { band: "korkea", min: 5, max: 9 },
      ],
    };
    expect(riskLevel(2, 2, scale)).toEqual({ score: 4, band: "kohtalainen" });
    expect(riskLevel(3, 3, scale).band).toBe("korkea");
  });
});
