// Builds the wizard (vite build → dist-app) when it is missing or older than its sources.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
const built = join(root, "dist-app", "index.html");
const sources = Math.max(
  newest(join(root, "src")),
  newest(join(root, "../eva-core/src")),
  statSync(join(root, "index.html")).mtimeMs,
);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log("Building the EVA wizard…");
  execFileSync(
    process.execPath,
    [join(root, "../../node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"],
    { cwd: root, stdio: "inherit" },
  );
}
