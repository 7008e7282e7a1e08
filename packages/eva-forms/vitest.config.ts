import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

export default defineProject({
  plugins: [react()],
  resolve: { alias: { "eva-core": fileURLToPath(new URL("../eva-core/src/index.ts", import.meta.url)) } },
  test: {
    name: "eva-forms",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "jsdom",
    setupFiles: ["../../scripts/fail-on-console.ts", "./src/test/setup.ts"],
  },
});
