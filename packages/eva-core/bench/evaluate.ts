// pnpm --filter eva-core bench:evaluate — evaluate() on a generated 6-alternative × 40-criterion
// assessment with SMAA at 10,000 samples; prints the median and p95 wall time over 30 runs.
// Target: median ≤ 30 ms. Numbers depend on the machine; nothing here is asserted.
import { performance } from "node:perf_hooks";
import { evaluate } from "../src/evaluate/index.js";
import { type Assessment, AssessmentSchema } from "../src/schemas/assessment.js";
import { type Strategy, StrategySchema } from "../src/schemas/strategy.js";
import { renderChartSvg, renderMarkdown, summarize } from "../src/summary/index.js";

const t3 = (text: string) => ({ fi: text, sv: text, en: text });
const groups = ["people", "environment", "economy", "organisation"] as const;
const alternatives = Array.from({ length: 6 }, (_, i) => `a${i}`);
// 10 goals + 5 values + 24 dimensions (one of them NPV) + residual risk = 40 criteria
const goals = Array.from({ length: 10 }, (_, k) => `g${k}`);
const values = Array.from({ length: 5 }, (_, k) => `v${k}`);
const dims = Array.from({ length: 24 }, (_, k) => `d${k}`);

// a fixed pseudo-random rating pattern (no Math.random: the bench input is the same every run)
const rating = (i: number, j: number) => (((i * 7 + j * 13) % 7) - 3) as -3 | -2 | -1 | 0 | 1 | 2 | 3;

const strategy: Strategy = StrategySchema.parse({
  id: "bench",
  organization: "bench",
  organizationName: { fi: "Bench" },
  name: { fi: "Bench" },
  version: 1,
  validFrom: "2025-01-01",
  vision: { fi: "Visio" },
  goals: goals.map((id) => ({ id, name: { fi: id } })),
  values: values.map((id) => ({ id, name: { fi: id } })),
});

const criterionIds = [
  ...goals.map((g) => `goal:${g}`),
  ...values.map((v) => `value:${v}`),
  ...dims.map((d) => `dim:${d}`),
];
const assessment: Assessment = AssessmentSchema.parse({
  basics: {
    title: "Bench",
    caseRef: { organization: "bench", system: "other", caseId: "1/2025" },
    decisionBody: "Kunnanhallitus",
    preparer: { name: "Bench" },
    problem: "Ongelma.",
    objective: "Tavoite.",
  },
  screening: { outcome: "full" },
  alternatives: alternatives.map((id, i) => ({ id, name: id, description: "Kuvaus.", baseline: i === 0 })),
  framework: {
    id: "bench",
    version: 1,
    name: t3("Bench"),
    dimensions: dims.map((id, k) => ({
      id,
      group: groups[k % groups.length],
      label: t3(id),
      question: t3("?"),
      ...(k === 2 ? { measure: "npv" } : {}),
    })),
  },
  ratings: criterionIds
    .filter((c) => c !== "dim:d2")
    .flatMap((criterionId, j) =>
      alternatives.map((alternativeId, i) => ({
        alternativeId,
        criterionId,
        value: (i + j) % 11 === 0 ? "not-assessed" : rating(i, j),
        justification: "Perustelu.",
        confidence: (["low", "medium", "high"] as const)[(i + j) % 3],
      })),
    ),
  economy: {
    flows: alternatives.map((alternativeId, i) => ({
      alternativeId,
      rows: Array.from({ length: 10 }, (_, k) => ({
        year: 2026 + k,
        operatingCost: 1000 * (i + 1),
        income: 900 * (k + i),
      })),
    })),
  },
  risks: {
    items: alternatives.map((alternativeId, i) => ({
      id: `r${i}`,
      alternativeId,
      title: "Riski",
      category: "financial",
      likelihood: 1 + (i % 5),
      consequence: 1 + ((i * 2) % 5),
    })),
  },
  conclusion: { recommendedAlternativeId: "a1", justification: "Perustelu." },
});

const runs = Number(process.env.RUNS ?? 30);
const samples = Number(process.env.SAMPLES ?? 10_000);
evaluate(assessment, strategy); // warm-up (JIT)
const times: number[] = [];
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  const e = evaluate(assessment, strategy, { seed: r + 1, samples });
  times.push(performance.now() - start);
  if (e.criteria.length !== 40) throw new Error(`expected 40 criteria, got ${e.criteria.length}`);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? Number.NaN;
console.log(
  `evaluate 6 × 40, SMAA 10,000 samples, ${runs} runs: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`,
);

// summarize + both renders on that evaluation (the board summary's cost)
const evaluation = evaluate(assessment, strategy, { samples });
const renderTimes: number[] = [];
for (let r = 0; r < 200; r++) {
  const start = performance.now();
  const summary = summarize(evaluation, { locale: r % 2 ? "sv" : "fi" });
  renderMarkdown(summary);
  renderChartSvg(summary);
  renderTimes.push(performance.now() - start);
}
renderTimes.sort((a, b) => a - b);
console.log(
  `summarize + renderMarkdown + renderChartSvg, 200 runs: median ${(renderTimes[100] ?? 0).toFixed(2)} ms, p95 ${(renderTimes[190] ?? 0).toFixed(2)} ms`,
);
