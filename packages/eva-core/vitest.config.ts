import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "eva-core",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["../../scripts/fail-on-console.ts"],
  },
});
