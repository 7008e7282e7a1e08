import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "eva-core",
    // property tests run hundreds of evaluations: the limit catches hangs, not a slow machine
    testTimeout: 30_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["../../scripts/fail-on-console.ts"],
  },
});
