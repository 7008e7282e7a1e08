import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { defaultFramework, type Strategy } from "eva-core";
import type { ApiClient } from "../api/client.js";
import type { AssessmentView } from "../api/types.js";
import { AssessmentWizard, preloadWizard } from "../wizard/AssessmentWizard.js";
import type { StepId } from "../wizard/steps.js";

/**
 * Opens an assessment as the app does: its view and its strategy version come from the API (the
 * real one in process, see real-api.ts), the framework is the case's own, then the wizard renders.
 */
export async function openWizard(
  api: ApiClient,
  id: string,
  options: { roles?: string[]; autosaveDelayMs?: number; initialStep?: StepId; liveResult?: boolean } = {},
) {
  const view = (await api.request<AssessmentView>("GET", `/v1/assessments/${encodeURIComponent(id)}`)).data;
  const strategy = (
    await api.request<Strategy>(
      "GET",
      `/v1/strategies/${encodeURIComponent(view.strategyId)}/versions/${view.strategyVersion}`,
    )
  ).data;
  // the later steps' chunks and the submit rules, fetched before the wizard renders: no step
  // suspends in a test (in the browser each is fetched when first needed)
  await preloadWizard();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const utils = render(
    <QueryClientProvider client={client}>
      <AssessmentWizard
        api={api}
        view={view}
        strategy={strategy}
        framework={view.assessment.framework ?? defaultFramework}
        roles={options.roles ?? ["preparer"]}
        onReload={() => {}}
        onBack={() => {}}
        {...(options.autosaveDelayMs !== undefined ? { autosaveDelayMs: options.autosaveDelayMs } : {})}
        {...(options.initialStep ? { initialStep: options.initialStep } : {})}
        {...(options.liveResult !== undefined ? { liveResult: options.liveResult } : {})}
      />
    </QueryClientProvider>,
  );
  return { ...utils, view };
}
