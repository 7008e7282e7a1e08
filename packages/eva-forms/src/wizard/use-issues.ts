import type { Locale, Strategy } from "eva-core";
import { useCallback } from "react";
import type { UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { Problem } from "../api/client.js";
import { asLocale } from "../format/locale.js";
import { fieldLabel } from "../validation/field-label.js";
import type { IssueStore } from "../validation/issue-store.js";
import { describeIssues, type FieldIssue, problemIssues, type RawIssue } from "../validation/issues.js";
import { loadRules, rulesNow } from "../validation/rules-loader.js";
import { cleanDraft } from "./clean-draft.js";
import { type StepId, stepOfPath } from "./steps.js";

/**
 * The wizard's one rule set, as eva-core defines it (the same schemas and findings the API applies
 * to autosave and submit): what blocks a step's Next, what blocks submit, what a save may not
 * send, and the server's own answers mapped back onto the fields.
 */
export function useIssues(form: UseFormReturn, store: IssueStore, strategy: Strategy) {
  const { t, i18n } = useTranslation();
  const locale: Locale = asLocale(i18n.language);
  const describe = useCallback(
    (raw: RawIssue[], draft: Record<string, unknown>) =>
      describeIssues(raw, draft as never, strategy, t, locale),
    [strategy, t, locale],
  );
  /** values typed that are not values yet (a euro field with "12,3,4"), with their step and label */
  const inputIssues = useCallback((): FieldIssue[] => {
    const draft = cleanDraft(form.getValues());
    return store.list("input").map((i) => ({
      ...i,
      step: stepOfPath(i.path, draft as never),
      label: fieldLabel(i.path, draft as never, strategy, t, locale),
    }));
  }, [form, store, strategy, t, locale]);
  /**
   * everything still open (complete level), or only one step's; needs the submit rules' chunk
   * (loadRules) to have arrived: the wizard waits for it before calling
   */
  const check = useCallback(
    (step?: StepId): FieldIssue[] => {
      const rules = rulesNow();
      if (!rules) throw new Error("check() before loadRules() resolved");
      const { completeIssues, draftIssues } = rules;
      const draft = cleanDraft(form.getValues());
      // findings and the complete schema first (their words are the better ones), then what the
      // draft schema refuses (its cross-field rules run even where the complete schema's do not)
      const all = [
        ...inputIssues(),
        ...describe(completeIssues(draft as never, strategy, locale), draft),
        ...describe(draftIssues(draft as never, locale), draft),
      ];
      const seen = new Set<string>();
      return all.filter(
        (i) => (step === undefined || i.step === step) && !seen.has(i.fieldId) && seen.add(i.fieldId),
      );
    },
    [form, inputIssues, describe, strategy, locale],
  );
  /**
   * autosave's check: the draft-level rules; refused values are marked and nothing is sent (the
   * first save waits for the rules' chunk if the first focus has not fetched it already)
   */
  const checkSave = useCallback(
    async (draft: Record<string, unknown>) => {
      const { draftIssues } = rulesNow() ?? (await loadRules());
      const raw = draftIssues(draft as never, locale);
      store.replace("save", describe(raw, draft));
      return raw.length === 0;
    },
    [store, describe, locale],
  );
  /** a 422's errors and error findings, on the fields they name */
  const fromProblem = useCallback(
    (problem: Problem): FieldIssue[] => {
      const draft = cleanDraft(form.getValues());
      const raw = [
        ...problemIssues(problem.errors ?? []),
        ...(problem.findings ?? [])
          .filter((f) => f.severity === "error")
          .map((f) => ({
            path: (f.path ?? "").split("/").slice(1).join("."),
            message: `${f.title} ${f.action}`,
          })),
      ];
      return describe(raw, draft);
    },
    [form, describe],
  );
  return { check, checkSave, fromProblem };
}
