// `pnpm --filter eva-forms bench`: how long the served board summary takes to render on this
// machine (BoardSummary through react-dom/server), next to core's Markdown for scale. Prints
// figures; asserts nothing (speed is measured here, never in tests).
import { demoAssessment, evaluate, exampleStrategies, renderMarkdown, summarize } from "eva-core";
import { renderBoardSummaryHtml } from "../src/server.js";

function time(runs: number, f: () => void): { median: number; p95: number } {
  for (let i = 0; i < 20; i++) f(); // warm-up: the first renders include JIT compilation
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)] ?? 0, p95: t[Math.floor(t.length * 0.95)] ?? 0 };
}

const summary = summarize(evaluate(demoAssessment, exampleStrategies.kaarina, { seed: 1 }), { locale: "fi" });
const fmt = (x: number) => x.toFixed(3).padStart(8);
console.log(`board summary of the demo case, ${process.env.NODE_ENV ?? "development"} React (ms)`);
console.log("render                    median       p95   bytes");
for (const [name, f] of [
  ["renderBoardSummaryHtml", () => renderBoardSummaryHtml(summary)],
  ["renderMarkdown (core)", () => renderMarkdown(summary)],
] as const) {
  const r = time(2001, () => void f());
  console.log(`${name.padEnd(24)} ${fmt(r.median)}  ${fmt(r.p95)}  ${String(f().length).padStart(6)}`);
}
