// The archival PDF's render time (pnpm bench): p50/p95 of renderSummaryPdf for the demo case and
// for 6 alternatives × 40 criteria with ordinary texts, in fi, after a warm-up (the fonts are
// parsed once per process). Target: p95 ≤ 300 ms. Prints figures; asserts nothing.
import { demoAssessment, evaluate, exampleStrategies, type Summary, summarize } from "eva-core";
import { bigCase } from "../../eva-core/test/summary-fixtures.js";
import { renderSummaryPdf } from "../src/summary-pdf/render-summary-pdf.js";

const ROUNDS = Number(process.env.ROUNDS ?? 40);
const at = "2026-03-01T10:00:00Z";
const options = {
  locale: "fi" as const,
  status: "approved" as const,
  approvedBy: "Hyväksyjä",
  approvedAt: at,
};

async function bench(name: string, summary: Summary) {
  let pages = 0;
  let size = 0;
  for (let i = 0; i < 3; i++) await renderSummaryPdf(summary, { date: at });
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    const pdf = await renderSummaryPdf(summary, { date: at });
    times.push(performance.now() - t0);
    size = pdf.length;
    pages = (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? 0;
  console.log(
    `PDF ${name}: p50 ${q(0.5).toFixed(0)} ms, p95 ${q(0.95).toFixed(0)} ms, max ${q(1).toFixed(0)} ms (${ROUNDS} renders, ${pages} pages, ${(size / 1024).toFixed(0)} KiB)`,
  );
}

const demo = summarize(evaluate(demoAssessment, exampleStrategies.kaarina, { samples: 2000 }), options);
await bench("demo case", demo);
const { assessment, strategy } = bigCase({ texts: "typical" });
const big = summarize(evaluate(assessment as never, strategy as never, { samples: 2000 }), options);
await bench("6 alternatives × 40 criteria", big);
