// `pnpm start`: starts the whole app (eva-api on lowdb with demo data, serving the wizard).
// Until eva-api exists in this checkout it runs the Node example instead.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const candidates = [
  join(root, "packages/eva-api/src/server.ts"),
  join(root, "examples/score-from-node/src/main.ts"),
  join(root, "scripts/demo-check.ts"),
];
const entry = candidates.find((f) => existsSync(f));
if (!entry) {
  console.error("Nothing to start: no eva-api server or example found.");
  process.exit(1);
}
const child = spawn(
  process.execPath,
  ["--conditions=source", "--import", "tsx", entry, ...process.argv.slice(2)],
  {
    stdio: "inherit",
    cwd: root,
    // React's production build renders the served summaries about ten times faster (docs/operations.md)
    env: { NODE_ENV: "production", ...process.env },
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
