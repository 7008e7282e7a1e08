import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { BUILT_MARK, precompress } from "./scripts/precompress.mjs";

/** After the build: a brotli and a gzip copy of each file, which eva-api sends to browsers that take them. */
const precompressed = (): Plugin => {
  let outDir = "";
  return {
    name: "eva-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // when every file is written, the worker's and index.html included
    async closeBundle() {
      await precompress(outDir);
      // the mark build-if-stale trusts: written last, so a build that stopped half-way is rebuilt
      await writeFile(resolve(outDir, BUILT_MARK), `${new Date().toISOString()}\n`);
    },
  };
};

// The wizard app: built to dist-app, which eva-api serves at /.
export default defineConfig({
  plugins: [react(), precompressed()],
  resolve: { alias: { "eva-core": fileURLToPath(new URL("../eva-core/src/index.ts", import.meta.url)) } },
  build: { outDir: "dist-app", emptyOutDir: true, sourcemap: false },
});
