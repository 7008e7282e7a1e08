import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    alias: { "eva-core": fileURLToPath(new URL("../../packages/eva-core/src/index.ts", import.meta.url)) },
  },
  test: {
    name: "example-score-from-node",
    include: ["src/**/*.test.ts"],
    environment: "node",
    setupFiles: ["../../scripts/fail-on-console.ts"],
  },
});
