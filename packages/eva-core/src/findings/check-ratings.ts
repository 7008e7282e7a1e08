import type { AssessmentDraftInput as AssessmentDraft } from "../schemas/assessment.js";
import type { Finding } from "../schemas/finding.js";
import type { Strategy } from "../schemas/strategy.js";
import { finding } from "./make.js";
import { ratedCriterionIds } from "./rated-criteria.js";

/** Ratings: every alternative rated on every criterion, non-zero ratings justified, the law's dimensions assessed. */
export function checkRatings(a: AssessmentDraft, strategy: Strategy): Finding[] {
  const out: Finding[] = [];
  const alts = a.alternatives ?? [];
  const ratings = a.ratings ?? [];
  const required = ratedCriterionIds(a, strategy);
  const known = new Set(required);
  const cell = new Map(ratings.map((r) => [`${r.alternativeId}\u0000${r.criterionId}`, r] as const));

  for (const criterionId of required) {
    const missing = alts.filter((alt) => cell.get(`${alt.id}\u0000${criterionId}`)?.value === undefined);
    if (alts.length > 0 && missing.length > 0) {
      out.push(finding("missing_ratings", "/ratings", { criterionId, alternatives: missing.length }));
    }
    const notAssessed = alts.filter(
      (alt) => cell.get(`${alt.id}\u0000${criterionId}`)?.value === "not-assessed",
    );
    if (notAssessed.length > 0) {
      out.push(finding("not_assessed", "/ratings", { criterionId, alternatives: notAssessed.length }));
    }
  }
  ratings.forEach((r, i) => {
    if (!known.has(r.criterionId) && !r.criterionId.startsWith("dim:municipal-finances")) {
      out.push(finding("unknown_criterion", `/ratings/${i}/criterionId`, { criterionId: r.criterionId }));
    }
    if (typeof r.value === "number" && r.value !== 0 && !r.justification?.trim()) {
      out.push(finding("unjustified_rating", `/ratings/${i}/justification`, { criterionId: r.criterionId }));
    }
  });

  const assessed = (criterionId: string) =>
    ratings.some((r) => r.criterionId === criterionId && typeof r.value === "number");
  const childrenAffected =
    a.screening?.answers?.affectsChildren === true ||
    ratings.some((r) => r.affectedGroups?.includes("children") || r.affectedGroups?.includes("young-people"));
  if (childrenAffected && known.has("dim:children") && !assessed("dim:children")) {
    out.push(finding("children_not_assessed", "/ratings", { criterionId: "dim:children" }));
  }
  if (strategy.bilingual && !assessed("dim:language-rights")) {
    out.push(finding("language_rights_not_assessed", "/ratings", { criterionId: "dim:language-rights" }));
  }
  (a.participation ?? []).forEach((p, i) => {
    if (!p.summary?.trim())
      out.push(finding("missing_participation_summary", `/participation/${i}/summary`, { n: i + 1 }));
  });
  const vulnerable = ratings.some((r) =>
    r.affectedGroups?.some((g) => g === "children" || g === "elderly" || g === "disabled-people"),
  );
  if ((vulnerable || a.screening?.answers?.affectsChildren) && (a.participation ?? []).length === 0) {
    out.push(finding("participation_missing", "/participation"));
  }
  return out;
}
