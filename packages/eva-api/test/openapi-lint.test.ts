import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, type TestApp, testApp } from "./harness.js";

// The document as a case-system developer's pipeline sees it (issue 24): @redocly/cli lint with
// its recommended ruleset, 0 errors and 0 warnings, offline (telemetry and the update check off).
// The document is fetched from a real server on 127.0.0.1, so its `servers` is what a client gets.
const cli = join(dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")), "bin/cli.js");

let t: TestApp;
let http: Awaited<ReturnType<typeof listen>>;
let dir: string;
beforeAll(async () => {
  t = await testApp();
  http = await listen(t);
  dir = mkdtempSync(join(tmpdir(), "eva-openapi-"));
});
afterAll(async () => {
  await http.close();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

interface LintProblem {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  location: Array<{ pointer: string }>;
}

describe("the OpenAPI document", () => {
  it("passes @redocly/cli lint (recommended) with no error and no warning", async () => {
    const file = join(dir, "openapi.json");
    writeFileSync(file, await (await fetch(`${http.url}/openapi.json`)).text());
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [cli, "lint", file, "--extends=recommended", "--format=json"],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", CI: "true" },
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? "" }));
    const report = JSON.parse(stdout.slice(stdout.indexOf("{"))) as {
      totals: { errors: number; warnings: number };
      problems: LintProblem[];
    };
    const found = report.problems.map(
      (p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`,
    );
    expect(found).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it("names every operation, tags and describes it, and says which need no token", async () => {
    const doc = (await (await fetch(`${http.url}/openapi.json`)).json()) as {
      servers: Array<{ url: string }>;
      info: { license?: { name: string } };
      paths: Record<
        string,
        Record<string, { operationId?: string; tags?: string[]; description?: string; security?: unknown[] }>
      >;
    };
    expect(doc.servers).toEqual([{ url: http.url, description: "this EVA server" }]);
    expect(doc.info.license?.name).toBe("EUPL-1.2");
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
        ids.add(op.operationId ?? "");
        expect(op.tags?.length, `${method} ${path}`).toBe(1);
        expect(op.description?.length ?? 0, `${method} ${path}`).toBeGreaterThan(10);
        const open = !path.startsWith("/v1/");
        expect(op.security, `${method} ${path}`).toEqual(open ? [] : [{ bearer: [] }]);
      }
    }
    expect(ids.size).toBe(Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0));
  });
});
