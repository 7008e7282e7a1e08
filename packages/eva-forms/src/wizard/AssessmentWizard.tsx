import { zodResolver } from "@hookform/resolvers/zod";
import { AssessmentSchema, defaultFramework, type ImpactFramework, type Strategy } from "eva-core";
import { useEffect, useMemo, useRef, useState } from "react";
import { type FieldErrors, FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { ApiClient } from "../api/client.js";
import type { AssessmentView } from "../api/types.js";
import { localDraft, useAutosave } from "../api/use-autosave.js";
import { ConflictDialog } from "../conflict/ConflictDialog.js";
import { LiveResultPanel } from "../result/LiveResultPanel.js";
import * as alternatives from "../steps/AlternativesStep.js";
import * as basics from "../steps/BasicsStep.js";
import * as conclusion from "../steps/ConclusionStep.js";
import { CriteriaStep, type CriterionInfo } from "../steps/CriteriaStep.js";
import * as economy from "../steps/EconomyStep.js";
import * as participation from "../steps/ParticipationStep.js";
import * as risks from "../steps/RisksStep.js";
import { SummaryStep } from "../steps/SummaryStep.js";
import * as weights from "../steps/WeightsStep.js";
import { cleanDraft } from "./clean-draft.js";
import { WorkflowBar } from "./WorkflowBar.js";

type StepId =
  | "basics"
  | "alternatives"
  | "weights"
  | "strategy"
  | "values"
  | "impacts"
  | "economy"
  | "risks"
  | "participation"
  | "conclusion"
  | "summary";
const stepFields: Record<StepId, readonly string[]> = {
  basics: basics.fields,
  alternatives: alternatives.fields,
  weights: weights.fields,
  strategy: ["ratings"],
  values: ["ratings"],
  impacts: ["ratings"],
  economy: economy.fields,
  risks: risks.fields,
  participation: participation.fields,
  conclusion: conclusion.fields,
  summary: [],
};

function flatErrors(errors: FieldErrors, prefix = ""): Array<{ path: string; message: string }> {
  return Object.entries(errors).flatMap(([k, v]) => {
    if (!v || typeof v !== "object") return [];
    const path = prefix ? `${prefix}.${k}` : k;
    const message = (v as { message?: unknown }).message;
    // useFieldArray keeps an array's own error under "root"
    return typeof message === "string"
      ? [{ path: path.replace(/\.root$/, ""), message }]
      : flatErrors(v as FieldErrors, path);
  });
}

export interface WizardProps {
  api: ApiClient;
  view: AssessmentView;
  strategy: Strategy;
  framework?: ImpactFramework;
  roles: string[];
  onReload: () => void;
  onBack: () => void;
  /** opens the read-only history (versions and audit trail) */
  onHistory?: () => void;
  /** opens the follow-up of an approved assessment */
  onFollowUp?: () => void;
}

/** The EVA wizard: one form, one step per file; Next validates only that step; autosave on change. */
export function AssessmentWizard({
  api,
  view,
  strategy,
  framework = defaultFramework,
  roles,
  onReload,
  onBack,
  onHistory,
  onFollowUp,
}: WizardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as "fi" | "sv" | "en";
  const readOnly = view.status !== "draft" || !roles.includes("preparer");
  const restored = useMemo(
    () => (localDraft(view.id) as AssessmentView["assessment"] | null) ?? view.assessment,
    [view],
  );
  const form = useForm({
    defaultValues: restored as Record<string, unknown>,
    resolver: zodResolver(AssessmentSchema) as never,
    mode: "onSubmit",
  });
  const { save, flush, keepMine, state, etag, acknowledged } = useAutosave(api, view);
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Array<{ path: string; message: string }>>([]);
  // the dialog stays open while "keep mine" is saving (state is then "saving"), until the reload
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    if (state.kind === "conflict") setConflict(true);
  }, [state.kind]);
  const heading = useRef<HTMLHeadingElement>(null);

  const criteria = useMemo(() => {
    const goals: CriterionInfo[] = strategy.goals.map((g) => ({
      id: `goal:${g.id}`,
      label: g.name,
      help: g.successFactors.map((s) => s[lang] ?? s.fi),
    }));
    const values: CriterionInfo[] = strategy.values.map((v) => ({
      id: `value:${v.id}`,
      label: v.name,
      help: v.meanings.map(
        (m) => `${m.title[lang] ?? m.title.fi}: ${m.items.map((x) => x[lang] ?? x.fi).join("; ")}`,
      ),
    }));
    const impacts: CriterionInfo[] = framework.dimensions
      .filter((d) => d.measure === "rating" && (!d.bilingualOnly || strategy.bilingual))
      .map((d) => ({
        id: `dim:${d.id}`,
        label: d.label,
        help: [d.question[lang]],
        ...(d.legalBasis ? { legalBasis: d.legalBasis[lang] } : {}),
      }));
    return { goals, values, impacts };
  }, [strategy, framework, lang]);

  const steps: Array<{ id: StepId; render: () => React.ReactNode }> = [
    { id: "basics", render: () => <basics.BasicsStep /> },
    { id: "alternatives", render: () => <alternatives.AlternativesStep /> },
    { id: "weights", render: () => <weights.WeightsStep strategy={strategy} framework={framework} /> },
    { id: "strategy", render: () => <CriteriaStep criteria={criteria.goals} readOnly={readOnly} /> },
    ...(criteria.values.length
      ? [
          {
            id: "values" as const,
            render: () => <CriteriaStep criteria={criteria.values} readOnly={readOnly} />,
          },
        ]
      : []),
    { id: "impacts", render: () => <CriteriaStep criteria={criteria.impacts} readOnly={readOnly} /> },
    { id: "economy", render: () => <economy.EconomyStep readOnly={readOnly} /> },
    { id: "risks", render: () => <risks.RisksStep readOnly={readOnly} /> },
    { id: "participation", render: () => <participation.ParticipationStep readOnly={readOnly} /> },
    { id: "conclusion", render: () => <conclusion.ConclusionStep readOnly={readOnly} /> },
    {
      id: "summary",
      render: () => (
        <SummaryStep
          api={api}
          id={view.id}
          strategy={strategy}
          savedAt={state.kind === "saved" ? state.at.toISOString() : view.updatedAt}
        />
      ),
    },
  ];
  const current = steps[step] ?? steps[0];
  // the live result sits beside the steps whose inputs move it (weights … conclusion); the
  // summary step has the board summary itself, and basics/alternatives nothing to weigh yet
  const withResult = !["basics", "alternatives", "summary"].includes(current?.id ?? "basics");

  useEffect(() => {
    if (readOnly) return;
    const sub = form.watch((values) => save(cleanDraft(values)));
    return () => sub.unsubscribe();
  }, [form, save, readOnly]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the heading whenever the step changes
  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  const go = async (next: number) => {
    if (next > step && current && !readOnly) {
      const ok = await form.trigger(stepFields[current.id] as never, { shouldFocus: true });
      const found = flatErrors(form.formState.errors);
      setErrors(ok ? [] : found);
      if (!ok && found.length > 0) return;
    } else setErrors([]);
    setStep(Math.max(0, Math.min(steps.length - 1, next)));
  };

  const savedText =
    state.kind === "saving"
      ? t("save.saving")
      : state.kind === "saved"
        ? t("save.saved", {
            time: new Intl.DateTimeFormat(lang === "en" ? "en-GB" : `${lang}-FI`, {
              hour: "2-digit",
              minute: "2-digit",
            }).format(state.at),
          })
        : state.kind === "failed"
          ? t("save.failed")
          : "";

  return (
    <FormProvider {...form}>
      <div className={withResult ? "wizard with-result" : "wizard"}>
        <nav aria-label={t("wizard.steps")}>
          <ol className="steps">
            {steps.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="link"
                  aria-current={i === step ? "step" : undefined}
                  onClick={() => void go(i)}
                >
                  {i + 1}. {t(`step.${s.id}`)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <form
          className="step"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void go(step + 1);
          }}
        >
          <p className="progress">{t("wizard.step", { n: step + 1, total: steps.length })}</p>
          <h2 ref={heading} tabIndex={-1}>
            {t(`step.${current?.id ?? "basics"}`)}
          </h2>
          {readOnly && (
            <p className="notice">{t("wizard.readOnly", { status: t(`list.status.${view.status}`) })}</p>
          )}
          {view.returnComment && view.status === "draft" && <p className="notice">{view.returnComment}</p>}
          {errors.length > 0 && (
            <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
              <h3 id="error-summary-title">{t("wizard.errors")}</h3>
              <ul>
                {errors.map((e) => (
                  <li key={e.path}>
                    <a href={`#${e.path}`}>
                      {e.path}: {e.message}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <fieldset className="plain" disabled={readOnly && current?.id !== "summary"}>
            {current?.render()}
          </fieldset>
          <div className="buttons">
            {step > 0 && (
              <button type="button" onClick={() => void go(step - 1)}>
                {t("wizard.previous")}
              </button>
            )}
            {step < steps.length - 1 && <button type="submit">{t("wizard.next")}</button>}
            <button type="button" className="link" onClick={onBack}>
              {t("wizard.back")}
            </button>
            {onHistory && (
              <button type="button" className="link" onClick={onHistory}>
                {t("history.open")}
              </button>
            )}
            {onFollowUp && view.status === "approved" && (
              <button type="button" className="link" onClick={onFollowUp}>
                {t("followUp.open")}
              </button>
            )}
          </div>
          <p className="save-status" aria-live="polite">
            {savedText}
          </p>
          {conflict && (
            <ConflictDialog
              api={api}
              id={view.id}
              base={acknowledged.current}
              mine={cleanDraft(form.getValues())}
              onKeepMine={async (newer, patch) => {
                await keepMine(newer, patch);
                onReload();
              }}
              onLoadNewer={onReload}
              names={Object.fromEntries(
                [...criteria.goals, ...criteria.values, ...criteria.impacts].map((c) => [
                  c.id,
                  c.label[lang] ?? c.label.fi,
                ]),
              )}
            />
          )}
          <WorkflowBar
            api={api}
            view={view}
            etag={etag}
            roles={roles}
            onDone={onReload}
            beforeAction={flush}
          />
        </form>
        {withResult && <LiveResultPanel strategy={strategy} />}
      </div>
    </FormProvider>
  );
}
