#!/usr/bin/env node
// Runs src/cli.ts through tsx with the workspace's source condition (no build step needed).
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cli = join(dirname(fileURLToPath(import.meta.url)), "../src/cli.ts");
const child = spawn(
  process.execPath,
  ["--conditions=source", "--import", "tsx", cli, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
child.on("exit", (code) => process.exit(code ?? 1));
