import { defaultFramework } from "../data/default-framework.js";
import type { AssessmentDraftInput as AssessmentDraft } from "../schemas/assessment.js";
import type { Strategy } from "../schemas/strategy.js";

/**
 * The criteria the preparer rates −3..+3: one per strategy goal and value, and the framework's
 * rating dimensions (language rights only in bilingual municipalities). NPV and risk criteria are
 * computed, not rated.
 */
export function ratedCriterionIds(a: Pick<AssessmentDraft, "framework">, strategy: Strategy): string[] {
  const framework = a.framework ?? defaultFramework;
  return [
    ...strategy.goals.map((g) => `goal:${g.id}`),
    ...strategy.values.map((v) => `value:${v.id}`),
    ...framework.dimensions
      .filter((d) => d.measure === "rating" && (!d.bilingualOnly || strategy.bilingual))
      .map((d) => `dim:${d.id}`),
  ];
}
