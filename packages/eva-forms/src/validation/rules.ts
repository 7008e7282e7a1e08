import {
  AssessmentDraftSchema,
  AssessmentSchema,
  findingMessage,
  findingNames,
  findings,
  isScreenedOut,
  type Locale,
  localizeIssues,
  ScreenedOutAssessmentSchema,
  type Strategy,
} from "eva-core";
import { type Draft, dotPath, type RawIssue } from "./issues.js";

// The wizard's rules — what a save may send (the draft schema) and what submit needs (eva-core's
// findings, the engine they run, the complete schema) — are a chunk of their own, fetched when the
// official first works in the form (rules-loader.ts): the first step is shown without zod.

// The complete schema on a draft whose missing sections and texts are present but empty, so that
// its issues land on the fields ("basics.title") instead of their missing parents ("basics").
function skeleton(d: Draft): Record<string, unknown> {
  const b = d.basics ?? {};
  return {
    ...d,
    basics: {
      title: "",
      decisionBody: "",
      problem: "",
      objective: "",
      ...b,
      preparer: { name: "", ...(b.preparer ?? {}) },
      caseRef: b.caseRef ?? {},
    },
    screening: d.screening ?? {},
    alternatives: (d.alternatives ?? []).map((a) => ({ name: "", description: "", ...a })),
    risks: d.risks
      ? { ...d.risks, items: (d.risks.items ?? []).map((r) => ({ title: "", ...r })) }
      : undefined,
    participation: (d.participation ?? []).map((p) => ({ summary: "", ...p })),
    conclusion: { justification: "", ...(d.conclusion ?? {}) },
  };
}

/**
 * Everything that keeps a draft from being submitted, by the same rules as submit: the error
 * findings (with names, not codes) and the complete schema's issues (AssessmentSchema, or
 * ScreenedOutAssessmentSchema for a case that screening closed). Each issue once per control,
 * findings first.
 */
export function completeIssues(draft: Draft, strategy: Strategy, locale: Locale): RawIssue[] {
  const names = findingNames(draft, strategy, locale);
  const out: RawIssue[] = [];
  for (const f of findings(draft, strategy)) {
    if (f.severity !== "error") continue;
    const m = findingMessage(f, locale, names);
    const message = `${m.title} ${m.action}`;
    if (f.code === "missing_ratings") {
      const criterionId = String(f.params.criterionId ?? "");
      const rated = new Set(
        (draft.ratings ?? [])
          .filter((r) => r.criterionId === criterionId && r.value !== undefined)
          .map((r) => r.alternativeId),
      );
      const first = (draft.alternatives ?? []).find((a) => !rated.has(a.id));
      out.push({ path: "ratings", message, cell: { alternativeId: first?.id ?? "", criterionId } });
    } else if (f.code === "too_few_alternatives") {
      out.push({ path: "alternatives", message, fieldId: "alternatives-add" });
    } else out.push({ path: dotPath(f.path), message });
  }
  // what a finding already says (with better words) is not said again by the schema
  const covered = out.filter((r) => !r.cell).map((r) => r.path);
  const isCovered = (path: string) =>
    covered.some((c) => c === path || (c !== "ratings" && c !== "" && path.startsWith(`${c}.`)));
  const schema = isScreenedOut(draft) ? ScreenedOutAssessmentSchema : AssessmentSchema;
  const parsed = schema.safeParse(skeleton(draft));
  if (!parsed.success)
    for (const e of localizeIssues(parsed.error.issues, locale)) {
      const path = dotPath(e.path);
      if (!isCovered(path)) out.push({ path, message: e.message });
    }
  return out;
}

/**
 * What is malformed in a draft (AssessmentDraftSchema: types, ranges, at most one baseline, …):
 * the rules autosave must meet, as the server checks them.
 */
export function draftIssues(draft: Draft, locale: Locale): RawIssue[] {
  const parsed = AssessmentDraftSchema.safeParse(draft);
  if (parsed.success) return [];
  return localizeIssues(parsed.error.issues, locale).map((e) => ({
    path: dotPath(e.path),
    message: e.message,
  }));
}
