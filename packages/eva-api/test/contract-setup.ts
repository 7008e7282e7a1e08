// Registered as a vitest setup file of eva-api and of the examples that run it: every response
// the tests receive from the API — through app.request / app.fetch of a test app (harness.ts) or
// through fetch from a server on 127.0.0.1 — is checked against the OpenAPI document
// (contract.ts), and a test that received an undocumented one fails, naming each.
// EVA_CONTRACT_LOG=<file> also appends every violation there as a JSON line (for counting).
import { appendFileSync } from "node:fs";
import { afterAll, afterEach, expect } from "vitest";
import { checkedFetch, takeViolations } from "./contract.js";

const loopback = new Set(["127.0.0.1", "localhost", "[::1]"]);
globalThis.fetch = checkedFetch(globalThis.fetch, (url) => loopback.has(url.hostname));

function fail() {
  const found = takeViolations();
  if (found.length === 0) return;
  const log = process.env.EVA_CONTRACT_LOG;
  if (log) {
    appendFileSync(
      log,
      found.map((v) => `${JSON.stringify({ file: expect.getState().testPath, ...v })}\n`).join(""),
    );
    return;
  }
  const lines = found.slice(0, 20).map((v) => `${v.method} ${v.path} → ${v.status}: ${v.message}`);
  throw new Error(
    `${found.length} response(s) the OpenAPI document does not declare:\n${lines.join("\n")}${found.length > 20 ? "\n…" : ""}`,
  );
}
afterEach(fail);
afterAll(fail);
