// Writes src/eva-api.d.ts, the types of the EVA API, with openapi-typescript from the API's
// OpenAPI document: `pnpm --filter example-case-system-client generate` reads it from eva-api in
// this repository; `… generate http://127.0.0.1:8080/openapi.json` from a running EVA. In your own
// project the same is `npx openapi-typescript https://eva.example.fi/openapi.json -o src/eva-api.d.ts`.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateTypes, openApiDocumentOfThisRepository } from "./types.js";

const url = process.argv[2];
const doc = url ? await (await fetch(url)).json() : await openApiDocumentOfThisRepository();
const out = fileURLToPath(new URL("../src/eva-api.d.ts", import.meta.url));
writeFileSync(out, await generateTypes(doc));
process.stdout.write(`wrote ${out}\n`);
