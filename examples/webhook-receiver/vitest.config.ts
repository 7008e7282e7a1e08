import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    alias: {
      "eva-core": fileURLToPath(new URL("../../packages/eva-core/src/index.ts", import.meta.url)),
      "eva-api": fileURLToPath(new URL("../../packages/eva-api/src/index.ts", import.meta.url)),
      // eva-api renders the summary HTML with eva-forms' server entry
      "eva-forms/server": fileURLToPath(new URL("../../packages/eva-forms/src/server.ts", import.meta.url)),
    },
  },
  test: {
    name: "example-webhook-receiver",
    include: ["src/**/*.test.ts"],
    // no webhook ever leaves this machine from a test (issue 22): allow-listed hosts only
    env: { EVA_WEBHOOK_PUBLIC: "false" },
    // every answer of the API is also checked against its OpenAPI document (the contract test)
    setupFiles: ["../../scripts/fail-on-console.ts", "../../packages/eva-api/test/contract-setup.ts"],
    testTimeout: 60_000,
  },
});
