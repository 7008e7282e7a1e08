// Validates the demo Kaarina case against its strategy and prints what it holds.
import { AssessmentSchema, demoAssessment, exampleStrategies } from "../packages/eva-core/src/index.js";

const a = AssessmentSchema.parse(demoAssessment);
const s = exampleStrategies.kaarina;
console.log(`${a.basics.title} (${a.basics.caseRef.caseId}) – ${s.name.fi}`);
for (const alt of a.alternatives) console.log(`  ${alt.baseline ? "0" : "•"} ${alt.name}`);
console.log(
  `  ${a.ratings.length} ratings, ${a.risks?.items.length ?? 0} risks, ${a.participation.length} hearings`,
);
