import {
  type AssessmentDraftInput,
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
import type { TFunction } from "i18next";
import { type StepId, stepOfCriterion, stepOfPath } from "../wizard/steps.js";
import { fieldIdOf, ratingFieldId } from "./field-id.js";
import { fieldLabel } from "./field-label.js";

/** One thing to fix, where it is and what it says, as the wizard shows it beside the field and in the summary. */
export interface FieldIssue {
  /** the DOM id of the control (fieldIdOf) */
  fieldId: string;
  /** the draft's dot path ("alternatives.1.name"); a rating cell without a row has "ratings" */
  path: string;
  step: StepId;
  /** the field's label as the user sees it */
  label: string;
  message: string;
}

export interface RawIssue {
  path: string;
  message: string;
  /** a rating cell that has no row yet */
  cell?: { alternativeId: string; criterionId: string };
  /** the control, when it is not the path's own (fieldIdOf) */
  fieldId?: string;
}

const dotPath = (pointer: string) =>
  pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");

type Draft = AssessmentDraftInput & Record<string, unknown>;

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

/** Raw issues with their control, step and label; one issue per control (the first wins). */
export function describeIssues(
  raw: RawIssue[],
  draft: Draft,
  strategy: Strategy,
  t: TFunction,
  locale: Locale,
): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const r of raw) {
    const fieldId =
      r.fieldId ??
      (r.cell
        ? ratingFieldId(r.cell.alternativeId, r.cell.criterionId, "value")
        : fieldIdOf(r.path, draft as never));
    if (seen.has(fieldId)) continue;
    seen.add(fieldId);
    out.push({
      fieldId,
      path: r.path,
      step: r.cell ? stepOfCriterion(r.cell.criterionId) : stepOfPath(r.path, draft as never),
      label: fieldLabel(r.path, draft as never, strategy, t, locale, r.cell),
      message: r.message,
    });
  }
  return out;
}

/** A problem's `errors` (JSON Pointer paths, messages in the caller's language) as raw issues. */
export function problemIssues(errors: ReadonlyArray<{ path: string; message: string }>): RawIssue[] {
  return errors.map((e) => ({ path: dotPath(e.path), message: e.message }));
}
