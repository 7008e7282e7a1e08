import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateTypes, openApiDocumentOfThisRepository } from "../scripts/types.js";

// The committed types are what openapi-typescript makes of the API's document today: a route
// or schema that changes without `pnpm --filter example-case-system-client generate` fails here.
describe("src/eva-api.d.ts", () => {
  it("is up to date with the API's OpenAPI document", async () => {
    const committed = readFileSync(new URL("./eva-api.d.ts", import.meta.url), "utf8");
    const fresh = await generateTypes(await openApiDocumentOfThisRepository());
    expect(committed === fresh, "run: pnpm --filter example-case-system-client generate").toBe(true);
  }, 60_000);
});
