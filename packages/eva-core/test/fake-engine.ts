// TEST DOUBLE of the MCDA engine (branch `engine`, shared/CORE_API.md) for the evaluate() tests
// until that branch is merged; delete this file then and bind the real engine in
// test/evaluate-under-test.ts. Exact only where the tests need it (weights, weighted sum, NPV,
// risk level); TOPSIS, PROMETHEE, VIKOR, switching values and SMAA return well-formed placeholders.
import type { Engine } from "../src/evaluate/engine.js";
import { defaultRiskScale } from "../src/schemas/risk-scale.js";

const normalizeWeights = (w: number[]) => {
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
};
const ranksOf = (s: number[], higherIsBetter = true) =>
  s.map((x) => 1 + s.filter((y) => (higherIsBetter ? y > x : y < x)).length);
const weightedSum = (v: number[][], w: number[]) => {
  const n = normalizeWeights(w);
  const scores = v.map((row) => row.reduce((a, x, j) => a + x * (n[j] ?? 0), 0));
  return { scores, ranks: ranksOf(scores) };
};
const zeros = (k: number) => Array.from({ length: k }, () => 0);

export const fakeEngine: Engine = {
  normalizeWeights,
  swingWeights: normalizeWeights,
  rankWeights: (n) =>
    Array.from({ length: n }, (_, k) => {
      let s = 0;
      for (let i = k + 1; i <= n; i++) s += 1 / i;
      return s / n;
    }),
  ahp: (m) => ({
    weights: normalizeWeights(m.map((row) => row.reduce((a, b) => a * b, 1) ** (1 / row.length))),
    lambdaMax: m.length,
    ci: 0,
    cr: 0,
    consistent: true,
  }),
  weightedSum,
  topsis: (m, w) => {
    const { scores } = weightedSum(m, w);
    return { closeness: scores, dPlus: scores, dMinus: scores, ranks: ranksOf(scores) };
  },
  promethee2: (m, w) => {
    const { scores } = weightedSum(m, w);
    return { phi: scores, phiPlus: scores, phiMinus: scores, ranks: ranksOf(scores) };
  },
  vikor: (m, w) => {
    const q = weightedSum(m, w).scores.map((s) => 1 - s);
    return { S: q, R: q, Q: q, ranks: ranksOf(q, false) };
  },
  switchingValues: (v, w) => {
    const { scores } = weightedSum(v, w);
    return {
      winner: scores.indexOf(Math.max(...scores)),
      criteria: normalizeWeights(w).map((weight, criterion) => ({
        criterion,
        weight,
        switchAt: null,
        delta: null,
        rival: null,
      })),
    };
  },
  smaa: (values, options = {}) => {
    const m = values.length;
    const n = values[0]?.length ?? 0;
    return {
      rankAcceptability: values.map(() => zeros(m).map((_, r) => (r === 0 ? 1 / m : 0))),
      centralWeights: values.map(() => zeros(n)),
      confidence: zeros(m),
      pairwiseWinning: values.map(() => zeros(m)),
      holistic: zeros(m),
      samples: options.samples ?? 10_000,
      seed: options.seed ?? 1,
      standardError: 0,
    };
  },
  npv: (flows, rate) => flows.reduce((a, f, t) => a + f / (1 + rate) ** t, 0),
  riskLevel: (l, c, scale = defaultRiskScale) => {
    const score = l * c;
    return { score, band: scale.bands.find((b) => score >= b.min && score <= b.max)?.band ?? "" };
  },
};
