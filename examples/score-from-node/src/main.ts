// Evaluate an EVA assessment from Node:
//   node --conditions=source --import tsx src/main.ts [strategy.json] [assessment.json] [--locale fi|sv|en]
// Without arguments it evaluates the Kaarina demo case in fixtures/ and prints the ranking, then
// the board summary (tiivistelmä) as Markdown.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  AssessmentSchema,
  evaluate,
  LocaleSchema,
  renderMarkdown,
  StrategySchema,
  summarize,
} from "eva-core";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const args = process.argv.slice(2);
const localeAt = args.indexOf("--locale");
const locale = LocaleSchema.parse(localeAt >= 0 ? args[localeAt + 1] : "fi");
const files = args.filter((_, i) => localeAt < 0 || (i !== localeAt && i !== localeAt + 1));
const [strategyPath = fixture("kaarina-strategy.json"), assessmentPath = fixture("demo-assessment.json")] =
  files;

// JSON from outside is unknown until zod has parsed it
const strategy = StrategySchema.parse(JSON.parse(readFileSync(strategyPath, "utf8")));
const assessment = AssessmentSchema.parse(JSON.parse(readFileSync(assessmentPath, "utf8")));
const evaluation = evaluate(assessment, strategy, { seed: 1 });

console.log(`${evaluation.title} (${evaluation.caseRef.caseId})`);
const ranked = [...evaluation.alternatives].sort((a, b) => a.rank - b.rank);
for (const alt of ranked) {
  const missing = alt.notAssessed > 0 ? `, ${alt.notAssessed} not assessed` : "";
  console.log(`${alt.rank}. ${alt.name} [${alt.alternativeId}] score ${alt.score.toFixed(3)}${missing}`);
}
console.log(`winner: ${evaluation.winnerIds.join(", ")}; recommended: ${evaluation.recommendedId}`);
console.log(`completeness: ${evaluation.completeness.percent.toFixed(0)} %`);
console.log("");
console.log(renderMarkdown(summarize(evaluation, { locale })));
