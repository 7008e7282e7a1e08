import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEvaClient, startServer } from "eva-api";
import { demoAssessment } from "eva-core";
import { describe, expect, it } from "vitest";
import { downloadAttachment, EvaApiError, openEvaForCase, waitForApproval } from "./integration.js";

// The whole case-system flow against a real server on 127.0.0.1 with a lowdb data directory.
describe("case-system integration", () => {
  it("creates the EVA for its case, waits for approval and attaches the summary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-case-"));
    const server = await startServer({
      EVA_DATA_DIR: dir,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
    });
    try {
      const tok = (role: string) =>
        server.demoTokens.find((t) => t.organization === "kaarina" && t.role === role)?.token ?? "";
      const caseRef = { organization: "kaarina", system: "casem" as const, caseId: "KAA/301/02.02.00/2026" };
      const { basics, ...rest } = structuredClone(demoAssessment);
      const { caseRef: _c, ...b } = basics;
      const config = { baseUrl: server.url, token: tok("preparer"), pollMs: 50, timeoutMs: 20_000 };

      const created = await openEvaForCase(config, caseRef, "kaarina-strategia", { ...rest, basics: b });
      const again = await openEvaForCase(config, caseRef, "kaarina-strategia");
      expect(again.id).toBe(created.id);

      // meanwhile, in the wizard: the preparer submits and the approver approves
      const waiting = waitForApproval({ ...config, token: tok("reader") }, caseRef);
      const preparer = createEvaClient(server.url, tok("preparer"));
      const submitted = await preparer.submit(created.id, created.etag);
      await createEvaClient(server.url, tok("approver")).approve(created.id, submitted.etag);
      const approved = await waiting;
      expect(approved.id).toBe(created.id);

      const { record, pdf, html } = await downloadAttachment(
        { ...config, token: tok("reader") },
        approved.id,
        "sv",
      );
      expect(record).toMatchObject({
        caseId: "KAA/301/02.02.00/2026",
        caseSystem: "casem",
        language: "sv",
        publicityClass: "public",
      });
      expect(record.file).toMatchObject({ mediaType: "application/pdf", size: pdf.byteLength });
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
      expect(html).toContain('<html lang="sv">');

      // a typed error with the problem details on a non-2xx answer
      const err = await createEvaClient(server.url, "wrong-token")
        .me()
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EvaApiError);
      expect((err as EvaApiError).status).toBe(401);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
