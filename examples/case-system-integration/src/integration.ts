import { createHash } from "node:crypto";
import { createEvaClient, EvaApiError } from "eva-api";
import type { AssessmentDraftInput, CaseRef } from "eva-core";

export interface CaseSystemConfig {
  baseUrl: string;
  token: string;
  /** how long to wait for approval, and how often to look */
  timeoutMs?: number;
  pollMs?: number;
}

/** Step 1: the case system opens (or finds) the EVA of its case; Idempotency-Key = the case id, so retries are safe. */
export async function openEvaForCase(
  config: CaseSystemConfig,
  caseRef: CaseRef,
  strategyId: string,
  draft?: AssessmentDraftInput,
) {
  const eva = createEvaClient(config.baseUrl, config.token);
  const existing = await eva.caseAssessments(caseRef.system, caseRef.caseId);
  if (existing[0]) return existing[0];
  return eva.createAssessment(
    { caseRef, strategyId, ...(draft ? { assessment: draft } : {}) },
    `${caseRef.system}:${caseRef.caseId}`,
  );
}

/** Step 2: polls until an EVA of the case is approved (the preparer and approver work in the wizard meanwhile). */
export async function waitForApproval(config: CaseSystemConfig, caseRef: CaseRef) {
  const eva = createEvaClient(config.baseUrl, config.token);
  const deadline = Date.now() + (config.timeoutMs ?? 60_000);
  for (;;) {
    const approved = (await eva.caseAssessments(caseRef.system, caseRef.caseId)).find(
      (a) => a.status === "approved",
    );
    if (approved) return approved;
    if (Date.now() > deadline) throw new Error(`No approved EVA for ${caseRef.caseId} yet`);
    await new Promise((ok) => setTimeout(ok, config.pollMs ?? 2000));
  }
}

/**
 * Step 3: downloads the attachment record and its file (the approved version's archival PDF, at a
 * versioned URI that serves the same bytes forever) and the HTML alternative, and checks each
 * against the SHA-256 the record gives.
 */
export async function downloadAttachment(
  config: CaseSystemConfig,
  assessmentId: string,
  lang: "fi" | "sv" | "en" = "fi",
) {
  const eva = createEvaClient(config.baseUrl, config.token);
  const record = await eva.attachment(assessmentId, lang);
  const check = (bytes: Uint8Array, sha256: string | undefined) => {
    if (createHash("sha256").update(bytes).digest("hex") !== sha256)
      throw new Error("The downloaded summary does not match its SHA-256");
    return bytes;
  };
  const pdf = check(
    (await eva.approvedSummaryFile(assessmentId, record.version, "pdf", lang)).bytes,
    record.file.sha256,
  );
  const html = check(
    (await eva.approvedSummaryFile(assessmentId, record.version, "html", lang)).bytes,
    record.alternatives[0]?.sha256,
  );
  return { record, pdf, html: new TextDecoder().decode(html) };
}

export { EvaApiError };
