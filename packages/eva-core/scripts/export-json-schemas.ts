// Writes the JSON Schema of every public zod schema to docs/schemas/ (`pnpm schemas`);
// with --check it only compares and exits 1 when a file is missing or out of date (CI).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { jsonSchemas } from "../src/schemas/json-schemas.js";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "../../../docs/schemas");
const check = process.argv.includes("--check");
let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas)) {
  const file = join(outDir, `${name}.json`);
  const json = `${JSON.stringify(z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }), null, 2)}\n`;
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (current === json) continue;
  if (check) {
    console.error(`docs/schemas/${name}.json is out of date`);
    stale++;
  } else {
    writeFileSync(file, json);
    console.log(`wrote docs/schemas/${name}.json`);
  }
}
process.exit(stale > 0 ? 1 : 0);
