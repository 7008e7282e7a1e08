import type { AssessmentDraftInput as AssessmentDraft } from "../schemas/assessment.js";
import type { Finding } from "../schemas/finding.js";
import { finding } from "./make.js";

/** Alternatives: at least two, one of them the zero option, each named and described. */
export function checkAlternatives(a: AssessmentDraft): Finding[] {
  const out: Finding[] = [];
  const alts = a.alternatives ?? [];
  if (alts.length < 2) out.push(finding("too_few_alternatives", "/alternatives", { count: alts.length }));
  if (alts.length > 0 && !alts.some((x) => x.baseline)) out.push(finding("no_baseline", "/alternatives"));
  alts.forEach((alt, i) => {
    if (!alt.name?.trim())
      out.push(finding("missing_alternative_text", `/alternatives/${i}/name`, { field: "name" }));
    if (!alt.description?.trim()) {
      out.push(
        finding("missing_alternative_text", `/alternatives/${i}/description`, { field: "description" }),
      );
    }
  });
  return out;
}
