import { defineConfig } from "vitest/config";

// One root config; each package and example keeps a short defineProject file.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "examples/*/vitest.config.ts"],
  },
});
