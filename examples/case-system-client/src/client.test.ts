import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "eva-api";
import { demoAssessment } from "eva-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attachment,
  autosave,
  type EvaProblem,
  evaClient,
  openEvaForCase,
  submit,
  summaryMarkdown,
} from "./client.js";

// The copyable client against the real API on 127.0.0.1 (a lowdb data directory, the demo
// data): open the EVA of a case, autosave with If-Match (and a conflict), submit, approve, read
// the summary and the attachment. Every answer is also checked against the OpenAPI document.
let server: Awaited<ReturnType<typeof startServer>>;
let dir: string;
const tok = (role: string) =>
  server.demoTokens.find((t) => t.organization === "kaarina" && t.role === role)?.token ?? "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "eva-client-"));
  server = await startServer({ EVA_DATA_DIR: dir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" });
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the case-system client (openapi-typescript + openapi-fetch)", () => {
  it("opens, autosaves, submits, and reads the approved summary and its attachment", async () => {
    const eva = evaClient(server.url, tok("preparer"));
    const caseRef = { organization: "kaarina", system: "casem", caseId: "KAA/77/02.02.00/2026" } as const;

    const opened = await openEvaForCase(eva, caseRef, "kaarina-strategia");
    expect(opened.assessment.status).toBe("draft");
    // the case id has slashes: openapi-fetch encodes the path parameter, and the case finds it
    expect((await openEvaForCase(eva, caseRef, "kaarina-strategia")).assessment.id).toBe(
      opened.assessment.id,
    );

    const { basics, ...rest } = structuredClone(demoAssessment);
    const { caseRef: _c, ...b } = basics;
    const filled = await autosave(eva, opened, { ...rest, basics: { ...b, title: "Littoisten koulu" } });
    expect(filled.etag).not.toBe(opened.etag);

    // someone else saved after `filled` was read: the stale save is 412, read again and applied
    await autosave(eva, filled, { basics: { deadline: "2026-06-30" } });
    const merged = await autosave(eva, filled, { basics: { title: "Littoisten koulun uudisrakennus" } });
    expect(merged.assessment.assessment.basics).toMatchObject({
      title: "Littoisten koulun uudisrakennus",
      deadline: "2026-06-30",
    });

    const submitted = await submit(eva, merged);
    expect(submitted.assessment.status).toBe("submitted");
    const approver = evaClient(server.url, tok("approver"));
    const approved = await approver.POST("/v1/assessments/{id}/approve", {
      params: { path: { id: submitted.assessment.id }, header: { "If-Match": submitted.etag } },
    });
    expect(approved.data?.status).toBe("approved");

    const reader = evaClient(server.url, tok("reader"), "sv");
    expect(await summaryMarkdown(reader, opened.assessment.id, "sv")).toContain(
      "Littoisten koulun uudisrakennus",
    );
    const { record, file } = await attachment(reader, opened.assessment.id, "sv");
    expect(record).toMatchObject({ caseId: "KAA/77/02.02.00/2026", caseSystem: "casem", language: "sv" });
    expect(file.byteLength).toBe(record.file.size);
    // the archival PDF of the approved version (PDF/A-2b), its bytes those the record's SHA-256 names
    expect(record.file.mediaType).toBe("application/pdf");
    expect(new TextDecoder().decode(file.slice(0, 8))).toBe("%PDF-1.7");
    const { createHash } = await import("node:crypto");
    expect(createHash("sha256").update(new Uint8Array(file)).digest("hex")).toBe(record.file.sha256);
  });

  it("throws EvaProblem with the problem details in the client's language", async () => {
    const stranger = evaClient(server.url, "not-a-token", "sv");
    const caseRef = { organization: "kaarina", system: "dynasty", caseId: "1/02.02.00/2026" } as const;
    const err = (await openEvaForCase(stranger, caseRef, "kaarina-strategia").catch(
      (e: unknown) => e,
    )) as EvaProblem;
    expect(err.name).toBe("EvaProblem");
    expect(err.status).toBe(401);
    expect(err.problem.title).toBe("Autentisering saknas");

    const eva = evaClient(server.url, tok("preparer"), "en");
    const draft = await openEvaForCase(eva, caseRef, "kaarina-strategia");
    const refused = (await submit(eva, draft).catch((e: unknown) => e)) as EvaProblem;
    expect(refused.status).toBe(422);
    expect(refused.problem.type).toBe("urn:eva:problem:not-submittable");
    expect(refused.problem.findings?.length).toBeGreaterThan(0);
  });
});
