import type { AssessmentDraftInput, Locale, Strategy } from "eva-core";
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

export const dotPath = (pointer: string) =>
  pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");

export type Draft = AssessmentDraftInput & Record<string, unknown>;

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
