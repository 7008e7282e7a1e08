import type { AssessmentDraftInput as AssessmentDraft } from "../schemas/assessment.js";
import type { Finding } from "../schemas/finding.js";
import { finding } from "./make.js";

const blank = (s: string | undefined | null) => !s || s.trim().length === 0;

/** Basics, screening and publicity: what the case needs before anyone can read it. */
export function checkBasics(a: AssessmentDraft): Finding[] {
  const out: Finding[] = [];
  const b = a.basics;
  if (blank(b?.title)) out.push(finding("missing_title", "/basics/title"));
  if (!b?.caseRef?.system || blank(b.caseRef.caseId) || blank(b.caseRef.organization)) {
    out.push(finding("missing_case_ref", "/basics/caseRef"));
  }
  if (blank(b?.decisionBody)) out.push(finding("missing_decision_body", "/basics/decisionBody"));
  if (blank(b?.preparer?.name)) out.push(finding("missing_preparer", "/basics/preparer/name"));
  if (blank(b?.problem)) out.push(finding("missing_problem", "/basics/problem"));
  if (blank(b?.objective)) out.push(finding("missing_objective", "/basics/objective"));
  if (!a.screening?.outcome) out.push(finding("missing_screening", "/screening/outcome"));
  else if (a.screening.outcome === "none") {
    if (blank(a.screening.reason)) out.push(finding("screening_reason_missing", "/screening/reason"));
    // the answers say the decision touches what the law asks to assess, yet no EVA is made
    const yes = Object.entries(a.screening.answers ?? {})
      .filter(([, v]) => v === true)
      .map(([k]) => k);
    if (yes.length > 0)
      out.push(finding("screening_none_but_affected", "/screening/outcome", { answers: yes.length }));
  }
  if (b?.publicity?.class === "confidential" && blank(b.publicity.reason)) {
    out.push(finding("confidential_without_reason", "/basics/publicity/reason"));
  }
  return out;
}
