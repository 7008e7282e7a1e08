// Writes fixtures/ from eva-core's demo data (pnpm --filter example-score-from-node fixtures), so
// the example ships the same case and strategy as the core; main.test.ts checks they still agree.
import { writeFileSync } from "node:fs";
import { demoAssessment, exampleStrategies } from "eva-core";

const write = (name: string, value: unknown) =>
  writeFileSync(new URL(`../fixtures/${name}`, import.meta.url), `${JSON.stringify(value, null, 2)}\n`);
write("kaarina-strategy.json", exampleStrategies.kaarina);
write("demo-assessment.json", demoAssessment);
