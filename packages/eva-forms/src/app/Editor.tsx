import { useQuery, useQueryClient } from "@tanstack/react-query";
import { defaultFramework, type Strategy } from "eva-core";
import { lazy, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiClient } from "../api/client.js";
import type { AssessmentView, Me } from "../api/types.js";
import { criterionName } from "../follow-up/criterion-name.js";
import { AssessmentWizard } from "../wizard/AssessmentWizard.js";
import { Loading } from "./Loading.js";
import { browserToday } from "./today.js";

// the wizard is in this chunk (no second round trip); the history and the follow-up are fetched
// when opened
const HistoryView = lazy(() => import("../history/HistoryView.js").then((m) => ({ default: m.HistoryView })));
const FollowUpPage = lazy(() =>
  import("../follow-up/FollowUpPage.js").then((m) => ({ default: m.FollowUpPage })),
);

/** One case: the wizard (or the submitted case as a document), its history and its follow-up. */
export function Editor({ api, id, me, onBack }: { api: ApiClient; id: string; me: Me; onBack: () => void }) {
  const client = useQueryClient();
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState<"wizard" | "history" | "followUp">("wizard");
  // the result of the last workflow action, kept across the reload that follows it
  const [notice, setNotice] = useState<string | null>(null);
  const view = useQuery({
    queryKey: ["assessment", id],
    queryFn: async () =>
      (await api.request<AssessmentView>("GET", `/v1/assessments/${encodeURIComponent(id)}`)).data,
  });
  const strategy = useQuery({
    queryKey: ["strategy", view.data?.strategyId, view.data?.strategyVersion],
    enabled: !!view.data,
    queryFn: async () =>
      (
        await api.request<Strategy>(
          "GET",
          `/v1/strategies/${encodeURIComponent(view.data?.strategyId ?? "")}/versions/${view.data?.strategyVersion ?? 1}`,
        )
      ).data,
  });
  if (!view.data || !strategy.data) return <Loading />;
  // the framework in force for the case: the snapshot taken when it was created, else EVA's
  // default, exactly what the API evaluates it with
  const fw = view.data.assessment.framework ?? defaultFramework;
  if (page === "history") {
    const lang = i18n.language as "fi" | "sv" | "en";
    const ids = [
      ...strategy.data.goals.map((g) => `goal:${g.id}`),
      ...strategy.data.values.map((v) => `value:${v.id}`),
      ...fw.dimensions.map((d) => `dim:${d.id}`),
    ];
    const names = Object.fromEntries(ids.map((c) => [c, criterionName(c, strategy.data, fw, lang)]));
    return (
      <HistoryView
        api={api}
        id={id}
        names={names}
        current={view.data.assessment}
        onBack={() => setPage("wizard")}
      />
    );
  }
  if (page === "followUp")
    return (
      <FollowUpPage
        api={api}
        view={view.data}
        strategy={strategy.data}
        framework={fw}
        roles={me.roles}
        today={browserToday()}
        who={me.name}
        onBack={() => setPage("wizard")}
        onRecorded={() => void client.invalidateQueries({ queryKey: ["assessment", id] })}
      />
    );
  return (
    <AssessmentWizard
      key={`${view.data.id}-${view.data.etag}`}
      api={api}
      view={view.data}
      strategy={strategy.data}
      framework={fw}
      roles={me.roles}
      notice={notice}
      onDismissNotice={() => setNotice(null)}
      onDone={(action) => setNotice(t(`workflow.result.${action}`))}
      onReload={() => {
        localStorage.removeItem(`eva-draft:${id}`);
        void client.invalidateQueries({ queryKey: ["assessment", id] });
      }}
      onBack={onBack}
      onHistory={() => setPage("history")}
      onFollowUp={() => setPage("followUp")}
    />
  );
}
