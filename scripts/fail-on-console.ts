// Registered as a vitest setup file in every project: a stray console line in a test fails it,
// so test output stays readable and nothing prints personal data by accident (STYLE rule 24).
import { afterEach, beforeEach, vi } from "vitest";

const methods = ["log", "info", "warn", "error", "debug"] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const m of methods) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${m}: ${args.map(String).join(" ").slice(0, 300)}`);
    });
  }
});

afterEach(() => {
  for (const m of methods) vi.mocked(console[m]).mockRestore();
  if (calls.length > 0) throw new Error(`unexpected console output in the test:\n${calls.join("\n")}`);
});
