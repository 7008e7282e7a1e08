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
    setupFiles: ["../../scripts/fail-on-console.ts", "./src/test/setup.ts"],
  },
});
