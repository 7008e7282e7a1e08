import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "eva-api";
import { describe, expect, it } from "vitest";
import { autosave, EvaProblem, evaClient, openEvaForCase, submit } from "./client.js";

// The README's usage block, verbatim; the first test keeps the two equal, the second runs it
// against a real server on 127.0.0.1 (its URL and a preparer's token for the ones in the block).
const usage = `import { autosave, EvaProblem, evaClient, openEvaForCase, submit } from "./src/client.js";

const eva = evaClient("http://127.0.0.1:8080", token, "fi");
const caseRef = { organization: "kaarina", system: "dynasty", caseId: "657/02.02.00/2026" } as const;
const opened = await openEvaForCase(eva, caseRef, "kaarina-strategia"); // Idempotency-Key: the case id
const saved = await autosave(eva, opened, { basics: { title: "Koulun peruskorjaus" } }); // If-Match
const submitted = await submit(eva, saved).catch((e: EvaProblem) => e); // 422 while it is incomplete
const stillMissing = submitted instanceof EvaProblem ? submitted.problem.findings : [];`;

describe("README", () => {
  it("shows the usage block that this test runs", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${usage}\n\`\`\``);
  });

  it("opens the EVA of a case, autosaves it and is told what is still missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-readme-"));
    const server = await startServer({
      EVA_DATA_DIR: dir,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
    });
    try {
      const token =
        server.demoTokens.find((t) => t.organization === "kaarina" && t.role === "preparer")?.token ?? "";
      const eva = evaClient(server.url, token, "fi");
      const caseRef = { organization: "kaarina", system: "dynasty", caseId: "657/02.02.00/2026" } as const;
      const opened = await openEvaForCase(eva, caseRef, "kaarina-strategia"); // Idempotency-Key: the case id
      const saved = await autosave(eva, opened, { basics: { title: "Koulun peruskorjaus" } }); // If-Match
      const submitted = await submit(eva, saved).catch((e: EvaProblem) => e); // 422 while it is incomplete
      const stillMissing = submitted instanceof EvaProblem ? submitted.problem.findings : [];
      expect(saved.assessment.assessment.basics?.title).toBe("Koulun peruskorjaus");
      expect(stillMissing?.length).toBeGreaterThan(0);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
