import type { z } from "zod";
import { type FieldError, safeParseLocalized } from "../i18n/localize-issues.js";
import { type AssessmentDraft, AssessmentDraftSchema } from "./assessment.js";
import { checkAssessmentReferences, referenceSections } from "./assessment-refinements.js";
import type { Locale } from "./common.js";

const shape = AssessmentDraftSchema.shape as Record<string, z.ZodType>;
const sections = Object.keys(shape);
const references = new Set<string>(referenceSections);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Validates `next`, an edit of `previous`, with exactly the result of
 * `safeParseLocalized(AssessmentDraftSchema, next, locale)`, but faster for the usual autosave,
 * which changes one section of a large draft.
 *
 * `previous` must be a draft that AssessmentDraftSchema has produced (the stored one, say). A
 * top-level section of `next` that is the very same object as in `previous` (a JSON Merge Patch
 * keeps untouched sections as they are) is taken as it is, because parsing a parsed section
 * again gives the same section; every other section is parsed, and the cross-field rules run
 * over the whole draft when a section they read has changed (`previous` passed them, and they
 * read nothing else). Whenever anything fails, or the set of sections differs, the whole draft
 * is parsed, so errors (paths, codes, wording) are the same as from the full schema.
 *
 * @example
 * const previous = AssessmentDraftSchema.parse(stored);
 * const r = safeParseDraftUpdate(previous, { ...previous, basics: { ...previous.basics, title: "Uusi" } }, "fi");
 * if (r.success) save(r.data);
 */
export function safeParseDraftUpdate(
  previous: AssessmentDraft,
  next: unknown,
  locale: Locale = "fi",
): { success: true; data: AssessmentDraft } | { success: false; errors: FieldError[] } {
  const full = () => safeParseLocalized(AssessmentDraftSchema, next, locale);
  if (!isObject(next) || !isObject(previous)) return full();
  const before = previous as Record<string, unknown>;
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(before).length || keys.some((k) => !Object.hasOwn(before, k)))
    return full();
  const out: Record<string, unknown> = {};
  let referencesChanged = false;
  // the full schema's output lists the sections in the schema's order
  for (const k of sections) {
    if (!Object.hasOwn(next, k)) continue;
    const value = next[k];
    if (value === before[k]) out[k] = value;
    else {
      const r = (shape[k] as z.ZodType).safeParse(value);
      if (!r.success) return full();
      out[k] = r.data;
      if (references.has(k)) referencesChanged = true;
    }
  }
  if (!referencesChanged) return { success: true, data: out as AssessmentDraft };
  let failed = false;
  checkAssessmentReferences(
    out as AssessmentDraft,
    {
      addIssue: () => {
        failed = true;
      },
      value: out,
    } as unknown as z.RefinementCtx,
  );
  return failed ? full() : { success: true, data: out as AssessmentDraft };
}
