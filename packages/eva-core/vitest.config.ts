import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "eva-core",
    // property tests run hundreds of evaluations: the limit catches hangs, not a slow machine
    testTimeout: 30_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["../../scripts/fail-on-console.ts"],
    // the files share one module graph per worker instead of re-importing eva-core for each of the
    // ~30 files: the package is pure (no clock, no randomness but a passed-in seeded RNG, no I/O,
    // no mocks in its tests), so no file can leave state behind for the next
    isolate: false,
  },
});
