import { type Assessment, AssessmentSchema, isScreenedOut } from "eva-core";

type Draft = {
  basics?: Record<string, unknown>;
  alternatives?: Array<{ id: string; name?: string; description?: string; baseline?: boolean }>;
  ratings?: Array<{ alternativeId: string; criterionId: string; value?: unknown }>;
  risks?: { scale?: unknown; items?: Array<Record<string, unknown>> };
  participation?: Array<Record<string, unknown>>;
  conclusion?: Record<string, unknown>;
  screening?: { outcome?: string };
  [key: string]: unknown;
};

/**
 * The draft as far as it can be evaluated, for the live result from the first ratings on: what
 * is rated counts, what is not is "not assessed" (the score's interval shows how far it could
 * move); texts the engine does not read are filled with a dash; a draft without a zero option
 * takes the first alternative as one. Null until there are two alternatives and one rating, or
 * when the screening closed the case. Never stored or sent: only the panel sees it.
 */
export function provisionalAssessment(draft: unknown): Assessment | null {
  const d = (draft ?? {}) as Draft;
  if (isScreenedOut(d)) return null;
  const alternatives = (d.alternatives ?? []).filter((a) => a?.id);
  const ids = new Set(alternatives.map((a) => a.id));
  const ratings = (d.ratings ?? []).filter((r) => r.value !== undefined && ids.has(r.alternativeId));
  if (alternatives.length < 2 || ratings.length === 0) return null;
  const dash = "–";
  const baseline = Math.max(
    0,
    alternatives.findIndex((a) => a.baseline),
  );
  const candidate = {
    ...d,
    basics: {
      ...d.basics,
      title: (d.basics?.title as string | undefined) || dash,
      decisionBody: (d.basics?.decisionBody as string | undefined) || dash,
      problem: (d.basics?.problem as string | undefined) || dash,
      objective: (d.basics?.objective as string | undefined) || dash,
      preparer: { name: dash, ...(d.basics?.preparer as object | undefined) },
      caseRef: {
        organization: "eva",
        system: "other",
        caseId: "0",
        ...(d.basics?.caseRef as object | undefined),
      },
    },
    screening: { outcome: "full", ...(d.screening as object | undefined) },
    alternatives: alternatives.slice(0, 6).map((a, i) => ({
      ...a,
      name: a.name?.trim() || `${i + 1}`,
      description: a.description?.trim() || dash,
      baseline: i === baseline,
    })),
    ratings,
    risks: d.risks
      ? {
          ...d.risks,
          items: (d.risks.items ?? [])
            .filter(
              (r) =>
                r.likelihood !== undefined &&
                r.consequence !== undefined &&
                ids.has(r.alternativeId as string),
            )
            .map((r) => ({ ...r, title: (r.title as string | undefined) || dash })),
        }
      : undefined,
    participation: (d.participation ?? [])
      .filter((p) => p.group && p.method)
      .map((p) => ({ ...p, summary: (p.summary as string | undefined) || dash })),
    conclusion: {
      ...d.conclusion,
      recommendedAlternativeId: ids.has(d.conclusion?.recommendedAlternativeId as string)
        ? d.conclusion?.recommendedAlternativeId
        : alternatives[0]?.id,
      justification: (d.conclusion?.justification as string | undefined) || dash,
    },
  };
  const parsed = AssessmentSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
