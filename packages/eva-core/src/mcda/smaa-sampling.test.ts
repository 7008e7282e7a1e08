import { describe, expect, it } from "vitest";
import { createRng } from "./rng.js";
import { smaa } from "./smaa.js";

// The SMAA sampler's building blocks checked against their distributions' closed forms, not
// against our own output: the ziggurat must give Exp(1), and the 16-bit value noise must give the
// uniform probabilities that a hand calculation gives.

/** Kolmogorov–Smirnov statistic of xs against the CDF F */
function ks(xs: Float64Array, F: (x: number) => number): number {
  const s = Float64Array.from(xs).sort();
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const f = F(s[i] as number);
    d = Math.max(d, Math.abs(f - i / s.length), Math.abs((i + 1) / s.length - f));
  }
  return d;
}

describe("the ziggurat exponential (Marsaglia & Tsang 2000)", () => {
  it("matches the Exp(1) distribution: KS statistic below the 0.1 % critical value", () => {
    const xs = new Float64Array(200_000);
    createRng(11).fillExponential(xs);
    // critical value of the KS test at α = 0.001: 1.95 / √n
    expect(ks(xs, (x) => 1 - Math.exp(-x))).toBeLessThan(1.95 / Math.sqrt(xs.length));
  });

  it("has mean 1 and variance 1, returns the sum it drew, and reaches the tail beyond R = 7.697", () => {
    const n = 1_000_000;
    const xs = new Float64Array(n);
    const sum = createRng(5).fillExponential(xs);
    let s = 0;
    let s2 = 0;
    let tail = 0;
    for (const x of xs) {
      s += x;
      s2 += x * x;
      if (x > 7.697117470131487) tail++;
    }
    expect(sum).toBeCloseTo(s, 6);
    // standard errors: mean 1/√n, second moment √(E x⁴ − 4)/√n = √20/√n
    expect(Math.abs(s / n - 1)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(s2 / n - 2)).toBeLessThan((5 * Math.sqrt(20)) / Math.sqrt(n));
    // P(X > R) = e^(−R) ≈ 4.54e-4: about 454 of a million, binomial sd ≈ 21
    expect(Math.abs(tail - n * Math.exp(-7.697117470131487))).toBeLessThan(5 * 21.3);
  });

  it("is repeatable for a seed", () => {
    const a = new Float64Array(1000);
    const b = new Float64Array(1000);
    createRng(3).fillExponential(a);
    createRng(3).fillExponential(b);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});

describe("the generator's raw bits (two interleaved sfc32 streams)", () => {
  const n = 100_000;
  const bits = new Int32Array(n);
  createRng(9).fillBits(bits);
  const u = (t: number) => (t >>> 0) / 2 ** 32;

  it("are repeatable for a seed", () => {
    const again = new Int32Array(n);
    createRng(9).fillBits(again);
    expect(again).toEqual(bits);
  });

  it("are uniform in both 16-bit halves and in both streams (means within 5 standard errors)", () => {
    // a uniform on [0, 1) has mean ½ and sd 1/√12; each mean is over n/2 or n values
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const all = Array.from(bits, u);
    const hi = Array.from(bits, (t) => (t >>> 16) / 65536);
    const lo = Array.from(bits, (t) => (t & 0xffff) / 65536);
    const even = all.filter((_, k) => k % 2 === 0);
    const odd = all.filter((_, k) => k % 2 === 1);
    for (const [xs, name] of [
      [all, "all"],
      [hi, "high halves"],
      [lo, "low halves"],
      [even, "first stream"],
      [odd, "second stream"],
    ] as const) {
      expect(Math.abs(mean([...xs]) - 0.5), name).toBeLessThan(5 / Math.sqrt(12 * xs.length));
    }
  });

  it("the two streams and the two halves are uncorrelated", () => {
    // correlation of independent uniforms: about N(0, 1/N); 5/√N bounds it
    const corr = (x: number[], y: number[]) => {
      const mx = x.reduce((s, v) => s + v, 0) / x.length;
      const my = y.reduce((s, v) => s + v, 0) / y.length;
      let sxy = 0;
      let sxx = 0;
      let syy = 0;
      for (let k = 0; k < x.length; k++) {
        sxy += ((x[k] ?? 0) - mx) * ((y[k] ?? 0) - my);
        sxx += ((x[k] ?? 0) - mx) ** 2;
        syy += ((y[k] ?? 0) - my) ** 2;
      }
      return sxy / Math.sqrt(sxx * syy);
    };
    const pairs = n / 2;
    const first = Array.from({ length: pairs }, (_, k) => u(bits[2 * k] ?? 0));
    const second = Array.from({ length: pairs }, (_, k) => u(bits[2 * k + 1] ?? 0));
    expect(Math.abs(corr(first, second))).toBeLessThan(5 / Math.sqrt(pairs));
    const hi = Array.from(bits, (t) => t >>> 16);
    const lo = Array.from(bits, (t) => t & 0xffff);
    expect(Math.abs(corr(hi, lo))).toBeLessThan(5 / Math.sqrt(n));
  });
});

describe("SMAA's value noise is uniform on ± the spread", () => {
  const samples = 20_000;
  const within4se = (p: number, expected: number) =>
    expect(Math.abs(p - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / samples));

  it("0.5 ± 0.1 beats an exact 0.45 with probability 0.75", () => {
    // P(0.5 + U(−0.1, 0.1) > 0.45) = P(U > −0.05) = 0.15 / 0.2
    const r = smaa([[0.5], [0.45]], { samples, seed: 2, valueSpread: [[0.1], [0]] });
    within4se(r.rankAcceptability[0]?.[0] ?? 0, 0.75);
  });

  it("clamps at 0: 0.05 ± 0.1 ties an exact 0 a quarter of the time, and ties go to the lower index", () => {
    // below −0.05 the noise clamps to 0, a tie with the exact 0
    const second = smaa([[0], [0.05]], { samples, seed: 4, valueSpread: [[0], [0.1]] });
    within4se(second.rankAcceptability[1]?.[0] ?? 0, 0.75);
    const first = smaa([[0.05], [0]], { samples, seed: 4, valueSpread: [[0.1], [0]] });
    expect(first.rankAcceptability[0]?.[0]).toBe(1);
  });

  it("perturbs each value of an odd-length row, both halves of a word and the last odd one", () => {
    // the spread sits on one criterion k at a time; A wins when w_k (0.5 + U(−0.3, 0.3)) > w_k 0.45,
    // P = 0.35 / 0.6, whatever the weights (the other values are equal)
    for (const k of [0, 1, 2]) {
      const a = [0.5, 0.5, 0.5];
      const b = a.map((v, j) => (j === k ? 0.45 : v));
      const spread = [a.map((_, j) => (j === k ? 0.3 : 0)), [0, 0, 0]];
      const r = smaa([a, b], { samples, seed: 6 + k, valueSpread: spread });
      within4se(r.rankAcceptability[0]?.[0] ?? 0, 0.35 / 0.6);
    }
  });
});
