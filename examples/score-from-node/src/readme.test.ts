import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AssessmentSchema, evaluate, StrategySchema } from "eva-core";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

// The README's usage block, verbatim; the first test keeps the two equal.
const usage = `import { AssessmentSchema, evaluate, StrategySchema } from "eva-core";
import { readFileSync } from "node:fs";

const read = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const strategy = StrategySchema.parse(read("fixtures/kaarina-strategy.json"));
const assessment = AssessmentSchema.parse(read("fixtures/demo-assessment.json"));
const evaluation = evaluate(assessment, strategy, { seed: 1 });
const ranking = [...evaluation.alternatives]
  .sort((a, b) => a.rank - b.rank)
  .map((alt) => \`\${alt.rank}. \${alt.name} (\${alt.score.toFixed(3)})\`);`;

describe("README", () => {
  it("shows the usage block that this test runs", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${usage}\n\`\`\``);
  });

  it("ranks the demo case with the usage code", () => {
    const read = (file: string): unknown => JSON.parse(readFileSync(`${root}/${file}`, "utf8"));
    const strategy = StrategySchema.parse(read("fixtures/kaarina-strategy.json"));
    const assessment = AssessmentSchema.parse(read("fixtures/demo-assessment.json"));
    const evaluation = evaluate(assessment, strategy, { seed: 1 });
    const ranking = [...evaluation.alternatives]
      .sort((a, b) => a.rank - b.rank)
      .map((alt) => `${alt.rank}. ${alt.name} (${alt.score.toFixed(3)})`);
    expect(ranking).toHaveLength(3);
    expect(ranking[0]).toMatch(/^1\. Uusi koulu ja päiväkoti samaan rakennukseen \(0\.\d{3}\)$/);
  });
});
