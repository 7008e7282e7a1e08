import { defaultFramework, type ImpactFramework, type Strategy } from "eva-core";
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import {
  Button,
  Heading,
  IconArrowLeft,
  IconArrowRight,
  InlineAlert,
  Notification,
} from "suomifi-ui-components";
import type { ApiClient } from "../api/client.js";
import type { AssessmentView } from "../api/types.js";
import { localDraft, useAutosave } from "../api/use-autosave.js";
import { usePageTitle } from "../app/page-title.js";
import { ErrorSummary, focusField } from "../components/field/index.js";
import { LinkButton } from "../components/link-button/index.js";
import { revealField } from "../components/rating-matrix/reveal.js";
import { ConflictDialog } from "../conflict/ConflictDialog.js";
import { formatTime } from "../format/dates.js";
import { asLocale } from "../format/locale.js";
import { AlternativesStep } from "../steps/AlternativesStep.js";
import { BasicsStep } from "../steps/BasicsStep.js";
import type { CriterionInfo } from "../steps/CriteriaStep.js";
import { IssueStore, IssuesContext } from "../validation/issue-store.js";
import type { FieldIssue } from "../validation/issues.js";
import { loadRules, rulesNow } from "../validation/rules-loader.js";
import { CaseHeader } from "./CaseHeader.js";
import { cleanDraft } from "./clean-draft.js";
import { lazyStep, StepLoadBoundary } from "./lazy-step.js";
import { type StepId, stepsOf } from "./steps.js";
import { useIssues } from "./use-issues.js";
import { type WorkflowAction, WorkflowBar } from "./WorkflowBar.js";

// The first two steps come with the wizard; every later step (the matrix, the weights, the
// economy table, the summary …), the live result and the locked case's document are fetched when
// first shown, so opening a case downloads what its first step needs.
const WeightsStep = lazyStep(() => import("../steps/WeightsStep.js").then((m) => m.WeightsStep));
const CriteriaStep = lazyStep(() => import("../steps/CriteriaStep.js").then((m) => m.CriteriaStep));
const EconomyStep = lazyStep(() => import("../steps/EconomyStep.js").then((m) => m.EconomyStep));
const RisksStep = lazyStep(() => import("../steps/RisksStep.js").then((m) => m.RisksStep));
const ParticipationStep = lazyStep(() =>
  import("../steps/ParticipationStep.js").then((m) => m.ParticipationStep),
);
const ConclusionStep = lazyStep(() => import("../steps/ConclusionStep.js").then((m) => m.ConclusionStep));
const SummaryStep = lazyStep(() => import("../steps/SummaryStep.js").then((m) => m.SummaryStep));
const AssessmentDocument = lazyStep(() =>
  import("../document/AssessmentDocument.js").then((m) => m.AssessmentDocument),
);
const LiveResultPanel = lazyStep(() => import("../result/LiveResultPanel.js").then((m) => m.LiveResultPanel));

/** Fetches every step's chunk and the submit rules (the wizard's tests: nothing suspends then). */
export const preloadWizard = () =>
  Promise.all(
    [
      WeightsStep,
      CriteriaStep,
      EconomyStep,
      RisksStep,
      ParticipationStep,
      ConclusionStep,
      SummaryStep,
      AssessmentDocument,
      LiveResultPanel,
    ].map((s) => s.preload()),
  ).then(() => loadRules());

/** Tells the wizard that the step's content is on the page (its chunk may have been fetched first). */
function StepShown({ onShown }: { onShown: () => void }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per mount (the wizard gives it a key per step)
  useEffect(() => onShown(), []);
  return null;
}

export interface WizardProps {
  api: ApiClient;
  view: AssessmentView;
  strategy: Strategy;
  /** the framework in force for the case: its snapshot, else EVA's default (what the API evaluates) */
  framework?: ImpactFramework;
  roles: string[];
  onReload: () => void;
  onBack: () => void;
  /** opens the read-only history (versions and audit trail) */
  onHistory?: () => void;
  /** opens the follow-up of an approved assessment */
  onFollowUp?: () => void;
  /** a workflow action was done (the page reloads and shows its result) */
  onDone?: (action: WorkflowAction) => void;
  /** the result of the last workflow action ("Tehty: …"), shown at the top and focused */
  notice?: string | null;
  onDismissNotice?: () => void;
  /** where to start (tests, deep links) */
  initialStep?: StepId;
  autosaveDelayMs?: number;
  /** false: no live result beside the steps (tests of other things, where jsdom has no Worker) */
  liveResult?: boolean;
}

/**
 * The EVA wizard: one form, one step per file. Next checks the step by eva-core's rules (the ones
 * submit applies) and stops with an error summary; the step links move freely; autosave sends what
 * changed once it is well-formed. A submitted or approved case reads as a document.
 */
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
  onDone,
  notice,
  onDismissNotice,
  initialStep,
  autosaveDelayMs,
  liveResult = true,
}: WizardProps) {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const readOnly = view.status !== "draft" || !roles.includes("preparer");
  const store = useMemo(() => new IssueStore(), []);
  const defaults = useMemo(() => cleanDraft(localDraft(view.id) ?? view.assessment), [view]);
  const form = useForm({ defaultValues: defaults as Record<string, unknown>, mode: "onSubmit" });
  const issues = useIssues(form, store, strategy);
  const { save, flush, keepMine, state, etag, acknowledged } = useAutosave(api, view, {
    ...(autosaveDelayMs !== undefined ? { delayMs: autosaveDelayMs } : {}),
    check: issues.checkSave,
    onRejected: (problem) => store.replace("save", issues.fromProblem(problem)),
  });
  const outcome = useWatch({ control: form.control, name: "screening.outcome" }) as string | undefined;
  const hasValues = strategy.values.length > 0;
  const steps = useMemo(() => stepsOf({ screening: { outcome } }, hasValues), [outcome, hasValues]);
  const [stepId, setStepId] = useState<StepId>(initialStep ?? "basics");
  // the step whose content is on the page (a later step's chunk is fetched when first shown)
  const [shown, setShown] = useState<StepId | null>(null);
  const current: StepId = steps.includes(stepId) ? stepId : (steps[0] ?? "basics");
  const index = steps.indexOf(current);
  const [summary, setSummary] = useState<{ kind: "step" | "submit"; issues: FieldIssue[] } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [stepsOpen, setStepsOpen] = useState(false);
  useEffect(() => {
    if (state.kind === "conflict") setConflict(true);
  }, [state.kind]);
  const heading = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const pendingField = useRef<string | null>(null);
  const focusSummary = useRef(false);

  const criteria = useMemo(() => {
    const lang = locale;
    const goals: CriterionInfo[] = strategy.goals.map((g) => ({
      id: `goal:${g.id}`,
      label: g.name,
      help: g.successFactors.map((s) => s[lang] ?? s.fi),
    }));
    const values: CriterionInfo[] = strategy.values.map((v) => ({
      id: `value:${v.id}`,
      label: v.name,
      helpTitle: t("rating.meanings"),
      help: v.meanings.map(
        (m) => `${m.title[lang] ?? m.title.fi}: ${m.items.map((x) => x[lang] ?? x.fi).join("; ")}`,
      ),
    }));
    const impacts: CriterionInfo[] = framework.dimensions
      .filter((d) => d.measure === "rating" && (!d.bilingualOnly || strategy.bilingual))
      .map((d) => ({
        id: `dim:${d.id}`,
        label: d.label,
        question: d.question[lang],
        ...(d.legalBasis ? { legalBasis: d.legalBasis[lang] } : {}),
      }));
    return { goals, values, impacts };
  }, [strategy, framework, locale, t]);

  const render: Record<StepId, () => React.ReactNode> = {
    basics: () => <BasicsStep />,
    alternatives: () => <AlternativesStep />,
    weights: () => <WeightsStep strategy={strategy} framework={framework} />,
    strategy: () => <CriteriaStep criteria={criteria.goals} title={t("step.strategy")} />,
    values: () => <CriteriaStep criteria={criteria.values} title={t("step.values")} />,
    impacts: () => <CriteriaStep criteria={criteria.impacts} title={t("step.impacts")} />,
    economy: () => <EconomyStep />,
    risks: () => <RisksStep />,
    participation: () => <ParticipationStep />,
    conclusion: () => <ConclusionStep strategy={strategy} />,
    summary: () => (
      <SummaryStep
        api={api}
        id={view.id}
        strategy={strategy}
        savedAt={state.kind === "saved" ? state.at.toISOString() : view.updatedAt}
      />
    ),
  };
  // the live result sits beside the steps whose inputs move it (weights … conclusion)
  const withResult = liveResult && !readOnly && !["basics", "alternatives", "summary"].includes(current);

  useEffect(() => {
    if (readOnly) return;
    const sub = form.watch((values) => save(values));
    return () => sub.unsubscribe();
  }, [form, save, readOnly]);

  // the summary lists issues in the order of the steps and, within the step on screen, of its fields
  const inOrder = useCallback(
    (list: FieldIssue[]) =>
      [...list].sort((a, b) => {
        const byStep = steps.indexOf(a.step) - steps.indexOf(b.step);
        if (byStep !== 0) return byStep;
        const ea = document.getElementById(a.fieldId);
        const eb = document.getElementById(b.fieldId);
        if (!ea || !eb) return 0;
        return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      }),
    [steps],
  );
  // while the error summary is shown, it follows the fixes (what is fixed leaves the list)
  useEffect(() => {
    if (!summary) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = form.watch(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const now = inOrder(issues.check(summary.kind === "step" ? current : undefined));
        store.replace("check", now, (i) => summary.kind === "submit" || i.step === current);
        setSummary(now.length > 0 ? { kind: summary.kind, issues: now } : null);
      }, 400);
    });
    return () => {
      sub.unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [summary, form, issues, store, current, inOrder]);

  // after a step change the focus goes to the step's heading, or to the field a link named, or
  // to the error summary
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step or the summary changes
  useEffect(() => {
    // a step whose chunk is still on its way: the focus waits until its content is there
    if (shown !== current) return;
    if (focusSummary.current) {
      focusSummary.current = false;
      summaryRef.current?.focus();
      return;
    }
    const id = pendingField.current;
    pendingField.current = null;
    if (!(id && (focusField(id) || revealField(id)))) heading.current?.focus();
  }, [current, summary, shown]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const goTo = (step: StepId) => {
    setSummary(null);
    setStepId(step);
  };
  const next = () => {
    // the rules arrive with the first work in the form; a quick first Next waits for them
    if (!rulesNow()) {
      void loadRules().then(next, () => setSummary(null));
      return;
    }
    const found = inOrder(issues.check(current));
    store.replace("check", found, (i) => i.step === current);
    if (found.length > 0) {
      focusSummary.current = true;
      setSummary({ kind: "step", issues: found });
      return;
    }
    const following = steps[index + 1];
    if (following) goTo(following);
  };
  const showSubmitIssues = (found: FieldIssue[]) => {
    store.replace("check", found);
    focusSummary.current = true;
    setSummary({ kind: "submit", issues: inOrder(found) });
  };
  const caseTitle =
    (form.getValues("basics.title") as string | undefined)?.trim() || view.assessment.basics?.title;
  usePageTitle(
    readOnly
      ? t("document.pageTitle", { status: t(`list.status.${view.status}`) })
      : t("wizard.pageTitle", { n: index + 1, total: steps.length, step: t(`step.${current}`) }),
    caseTitle || view.assessment.basics?.caseRef?.caseId || view.id,
  );
  const stepTitle = (s: StepId) => t("wizard.inStep", { n: steps.indexOf(s) + 1, step: t(`step.${s}`) });

  const firstSaveIssue = store.list("save")[0];
  const savedText =
    state.kind === "saving"
      ? t("save.saving")
      : state.kind === "saved"
        ? t("save.saved", { time: formatTime(state.at, locale) })
        : state.kind === "invalid"
          ? t("save.invalid", { field: firstSaveIssue?.label ?? "" })
          : state.kind === "rejected"
            ? t("save.rejected")
            : state.kind === "failed"
              ? t("save.failed")
              : "";

  const errorSummary = summary && (
    <ErrorSummary
      ref={summaryRef}
      title={
        summary.kind === "submit"
          ? t("wizard.submitErrors", { count: summary.issues.length })
          : t("wizard.stepErrors")
      }
      intro={t("wizard.errorsIntro")}
      issues={summary.issues}
      {...(summary.kind === "submit" ? { stepTitle: (i: FieldIssue) => stepTitle(i.step) } : {})}
      onGo={(i) => {
        pendingField.current = i.fieldId;
        if (i.step !== current && steps.includes(i.step)) setStepId(i.step);
        else if (!focusField(i.fieldId)) revealField(i.fieldId);
      }}
    />
  );
  const workflow = (
    <WorkflowBar
      api={api}
      view={view}
      etag={etag}
      roles={roles}
      onDone={(action) => {
        onDone?.(action);
        onReload();
      }}
      beforeAction={flush}
      beforeSubmit={async () => {
        await loadRules();
        const found = issues.check();
        if (found.length > 0) showSubmitIssues(found);
        return found.length === 0;
      }}
      onRejected={(problem) => showSubmitIssues(issues.fromProblem(problem))}
    />
  );
  const links = (
    <p className="links">
      <LinkButton onClick={onBack}>{t("wizard.back")}</LinkButton>
      {onHistory && <LinkButton onClick={onHistory}>{t("history.open")}</LinkButton>}
      {onFollowUp && view.status === "approved" && (
        <LinkButton onClick={onFollowUp}>{t("followUp.open")}</LinkButton>
      )}
    </p>
  );
  // the result of the last action ("Tehty: …"): a Suomi.fi notification, focused when it appears
  // so that a screen reader reads it; neither it nor the app's chrome is printed
  const noticeBox = notice && (
    <Notification
      ref={noticeRef}
      tabIndex={-1}
      className="action-result"
      {...(onDismissNotice
        ? { closeText: t("workflow.dismiss"), onCloseButtonClick: onDismissNotice }
        : { showCloseButton: false as const })}
    >
      {notice}
    </Notification>
  );

  return (
    <IssuesContext.Provider value={store}>
      <FormProvider {...form}>
        {readOnly ? (
          <div className="wizard document-view">
            {noticeBox}
            <InlineAlert className="read-only-notice">
              {t("document.readOnly", { status: t(`list.status.${view.status}`) })}
            </InlineAlert>
            <Suspense fallback={<p aria-busy="true">{t("wizard.loading")}</p>}>
              <AssessmentDocument
                assessment={view.assessment}
                strategy={strategy}
                framework={framework}
                header={<CaseHeader view={view} strategy={strategy} titled />}
              />
            </Suspense>
            <section aria-labelledby="board-summary-title" className="document-summary">
              <Heading variant="h2" id="board-summary-title">
                {t("document.showSummary")}
              </Heading>
              <Suspense fallback={<p aria-busy="true">{t("wizard.loading")}</p>}>
                <SummaryStep
                  api={api}
                  id={view.id}
                  strategy={strategy}
                  savedAt={view.updatedAt}
                  headingLevel={3}
                />
              </Suspense>
            </section>
            {workflow}
            {links}
          </div>
        ) : (
          <div className={withResult ? "wizard with-result" : "wizard"}>
            <a className="skip" href="#step-title">
              {t("wizard.skipToForm")}
            </a>
            {/* compact: the current step named with a bar; the steps themselves in a row on a
                wide screen, behind "All steps" on a phone */}
            <nav aria-label={t("wizard.steps")} className="step-nav">
              <div className="step-now">
                <p className="step-count">
                  {t("wizard.now", { n: index + 1, total: steps.length, step: t(`step.${current}`) })}
                </p>
                <button
                  type="button"
                  className="link steps-toggle"
                  aria-expanded={stepsOpen}
                  aria-controls="wizard-steps"
                  onClick={() => setStepsOpen((o) => !o)}
                >
                  {t("wizard.showSteps")}
                </button>
              </div>
              <div className="step-bar" aria-hidden="true">
                <span style={{ width: `${((index + 1) / steps.length) * 100}%` }} />
              </div>
              <ol id="wizard-steps" className={stepsOpen ? "steps open" : "steps"}>
                {steps.map((s, i) => (
                  <li key={s}>
                    <button
                      type="button"
                      className="link"
                      aria-current={s === current ? "step" : undefined}
                      onClick={() => {
                        setStepsOpen(false);
                        goTo(s);
                      }}
                    >
                      {i + 1}. {t(`step.${s}`)}
                    </button>
                  </li>
                ))}
              </ol>
            </nav>
            {/* Enter in a field never leaves the step: the form does not submit, Next is a button */}
            <form
              className="step"
              noValidate
              // busy while a later step's chunk is on its way (its heading is there, its fields not yet)
              aria-busy={shown !== current}
              onSubmit={(e) => e.preventDefault()}
              // the first work in the form (a field or a button, not the heading the wizard focuses
              // itself) fetches the rules Next and autosave apply
              onFocus={(e) => {
                if ((e.target as HTMLElement).matches("input, textarea, select, button"))
                  void loadRules().catch(() => {});
              }}
            >
              {noticeBox}
              <CaseHeader view={view} strategy={strategy} />
              <h1 id="step-title" ref={heading} tabIndex={-1}>
                {t(`step.${current}`)}
              </h1>
              {steps.length === 2 && <p className="notice">{t("wizard.closedSteps")}</p>}
              {view.returnComment && (
                <p className="notice">{t("workflow.returnedNotice", { comment: view.returnComment })}</p>
              )}
              {errorSummary}
              <fieldset className="plain">
                <StepLoadBoundary
                  key={current}
                  fallback={(retry) => (
                    <p role="alert">
                      {t("wizard.loadFailed")} <LinkButton onClick={retry}>{t("wizard.tryAgain")}</LinkButton>
                    </p>
                  )}
                >
                  <Suspense fallback={<p aria-busy="true">{t("wizard.loading")}</p>}>
                    {render[current]()}
                    <StepShown onShown={() => setShown(current)} />
                  </Suspense>
                </StepLoadBoundary>
              </fieldset>
              <div className="buttons step-buttons">
                {index > 0 && (
                  <Button
                    variant="secondary"
                    icon={<IconArrowLeft />}
                    onClick={() => goTo(steps[index - 1] ?? "basics")}
                  >
                    {t("wizard.previous")}
                  </Button>
                )}
                {index < steps.length - 1 && (
                  <Button iconRight={<IconArrowRight />} onClick={next}>
                    {t("wizard.next")}
                  </Button>
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
                      c.label[locale] ?? c.label.fi,
                    ]),
                  )}
                />
              )}
              {workflow}
              {links}
            </form>
            {withResult && (
              <Suspense fallback={null}>
                <LiveResultPanel strategy={strategy} />
              </Suspense>
            )}
          </div>
        )}
      </FormProvider>
    </IssuesContext.Provider>
  );
}
