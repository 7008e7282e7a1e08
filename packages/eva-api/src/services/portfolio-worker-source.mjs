// The portfolio worker when the API runs from its TypeScript source (pnpm start, the tests): a
// worker thread does not inherit tsx's loader, so this plain module loads the .ts worker through
// tsx's API. The built server (dist) starts portfolio-worker.js directly.
import { tsImport } from "tsx/esm/api";

await tsImport("./portfolio-worker.ts", import.meta.url);
