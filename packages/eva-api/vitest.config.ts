import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    alias: {
      "eva-core": fileURLToPath(new URL("../eva-core/src/index.ts", import.meta.url)),
      // the one crossing into eva-forms (STYLE rule 2): the board summary's server rendering
      "eva-forms/server": fileURLToPath(new URL("../eva-forms/src/server.ts", import.meta.url)),
    },
  },
  test: {
    name: "eva-api",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    // no webhook ever leaves this machine from a test (issue 22): allow-listed hosts only
    env: { EVA_WEBHOOK_PUBLIC: "false" },
    setupFiles: ["../../scripts/fail-on-console.ts", "test/contract-setup.ts"],
    // the server processes some tests start run the built server: build it first
    globalSetup: ["test/build-dist.ts"],
    testTimeout: 60_000,
  },
});
