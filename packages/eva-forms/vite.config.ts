import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The wizard app: built to dist-app, which eva-api serves at /.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "eva-core": fileURLToPath(new URL("../eva-core/src/index.ts", import.meta.url)) } },
  build: { outDir: "dist-app", emptyOutDir: true, sourcemap: false },
});
