import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

export default defineProject({
  plugins: [react()],
  resolve: {
    alias: {
      "eva-core": fileURLToPath(new URL("../eva-core/src/index.ts", import.meta.url)),
      // the page tests run the real eva-api in process, which renders summaries through this
      // package's own server entry: resolve it to the source, as no dist exists before a build
      "eva-forms/server": fileURLToPath(new URL("./src/server.ts", import.meta.url)),
    },
  },
  test: {
    name: "eva-forms",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "jsdom",
    // page tests render whole React trees and run the real API in process: under a loaded machine
    // they need more than vitest's 5 s default (none depends on speed; the limit only catches hangs)
    testTimeout: 30_000,
    setupFiles: ["../../scripts/fail-on-console.ts", "./src/test/setup.ts"],
  },
});
