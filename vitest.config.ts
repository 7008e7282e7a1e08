import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// One root config; each package and example keeps a short defineProject file.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "examples/*/vitest.config.ts"],
    // one worker more than cores (vitest's default leaves one core idle, which on a 2-core machine
    // runs the files one by one): most test time is spent waiting for servers, browsers, child
    // processes and fsync, and a third file fills that wait
    maxWorkers: availableParallelism() + 1,
  },
});
