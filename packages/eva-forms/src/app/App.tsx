import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from "@tanstack/react-query";
import { defaultFramework, type Strategy } from "eva-core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiClient, createApiClient } from "../api/client.js";
import type { AssessmentView, Me } from "../api/types.js";
import { criterionName } from "../follow-up/criterion-name.js";
import { FollowUpPage } from "../follow-up/FollowUpPage.js";
import { HistoryView } from "../history/HistoryView.js";
import { languages } from "../i18n/i18n.js";
import { PortfolioPage } from "../portfolio/index.js";
import { PublicView } from "../public/PublicView.js";
import { StrategyReportPage } from "../report/StrategyReportPage.js";
import { AssessmentWizard } from "../wizard/AssessmentWizard.js";
import { AssessmentList } from "./AssessmentList.js";
import { SignIn } from "./SignIn.js";
import { browserToday } from "./today.js";

const TOKEN_KEY = "eva-token";

function Editor({ api, id, me, onBack }: { api: ApiClient; id: string; me: Me; onBack: () => void }) {
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
  if (!view.data || !strategy.data) return <p aria-busy="true">…</p>;
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

/** /public is the resident view: no sign-in, only the API's public endpoints. */
const isPublicPath = () =>
  typeof location !== "undefined" && location.pathname.replace(/\/$/, "") === "/public";

function Shell() {
  const { t, i18n } = useTranslation();
  const publicView = useMemo(isPublicPath, []);
  const publicApi = useMemo(() => createApiClient(null, () => i18n.language), [i18n]);
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const [me, setMe] = useState<Me | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [section, setSection] = useState<"list" | "report" | "portfolio">("list");
  const api = useMemo(() => (token ? createApiClient(token, () => i18n.language) : null), [token, i18n]);
  return (
    <>
      <a className="skip" href="#main">
        {t("app.skip")}
      </a>
      <header className="top">
        <p className="brand">{t("app.title")}</p>
        <label htmlFor="language">{t("app.language")}</label>
        <select
          id="language"
          value={i18n.language}
          onChange={(e) => void i18n.changeLanguage(e.target.value)}
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {l === "fi" ? "suomi" : l === "sv" ? "svenska" : "English"}
            </option>
          ))}
        </select>
        {!me && !publicView && <a href="/public">{t("public.open")}</a>}
        {publicView && <a href="/">{t("public.signIn")}</a>}
        {me && (
          <button
            type="button"
            className="link"
            onClick={() => {
              sessionStorage.removeItem(TOKEN_KEY);
              setToken(null);
              setMe(null);
              setOpen(null);
            }}
          >
            {t("app.signOut")} ({me.name})
          </button>
        )}
      </header>
      <main id="main">
        {publicView ? (
          <PublicView api={publicApi} />
        ) : !api || !me ? (
          <SignIn
            initialToken={token}
            onSignedIn={(tok, who) => {
              sessionStorage.setItem(TOKEN_KEY, tok);
              setToken(tok);
              setMe(who);
            }}
          />
        ) : open ? (
          <Editor api={api} id={open} me={me} onBack={() => setOpen(null)} />
        ) : section === "report" ? (
          <StrategyReportPage api={api} onBack={() => setSection("list")} />
        ) : section === "portfolio" ? (
          <PortfolioPage api={api} onBack={() => setSection("list")} />
        ) : (
          <>
            <AssessmentList api={api} me={me} onOpen={setOpen} />
            <p>
              <button type="button" className="link" onClick={() => setSection("report")}>
                {t("report.open")}
              </button>
              <button type="button" className="link" onClick={() => setSection("portfolio")}>
                {t("portfolio.open")}
              </button>
            </p>
          </>
        )}
      </main>
    </>
  );
}

export function App() {
  const client = useMemo(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }),
    [],
  );
  return (
    <QueryClientProvider client={client}>
      <Shell />
    </QueryClientProvider>
  );
}
