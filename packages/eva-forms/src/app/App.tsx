import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from "@tanstack/react-query";
import { defaultFramework, type Strategy } from "eva-core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Link, SkipLink, SuomifiThemeProvider } from "suomifi-ui-components";
import { type ApiClient, createApiClient } from "../api/client.js";
import type { AssessmentView, Me } from "../api/types.js";
import { criterionName } from "../follow-up/criterion-name.js";
import { FollowUpPage } from "../follow-up/FollowUpPage.js";
import { HistoryView } from "../history/HistoryView.js";
import { PortfolioPage } from "../portfolio/index.js";
import { PublicView } from "../public/PublicView.js";
import { StrategyReportPage } from "../report/StrategyReportPage.js";
import { AssessmentWizard } from "../wizard/AssessmentWizard.js";
import { AssessmentList } from "./AssessmentList.js";
import { LanguageChoice } from "./LanguageChoice.js";
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
      <SkipLink href="#main">{t("app.skip")}</SkipLink>
      <header className="top">
        <p className="brand">{t("app.title")}</p>
        <div className="top-actions">
          {!me && !publicView && <Link href="/public">{t("public.open")}</Link>}
          {publicView && <Link href="/">{t("public.signIn")}</Link>}
          {me && (
            <Button
              variant="secondaryNoBorder"
              className="sign-out"
              onClick={() => {
                sessionStorage.removeItem(TOKEN_KEY);
                setToken(null);
                setMe(null);
                setOpen(null);
              }}
            >
              {t("app.signOut")} ({me.name})
            </Button>
          )}
          <LanguageChoice />
        </div>
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
            <nav className="more-pages" aria-label={t("pages.morePages")}>
              <Button variant="secondary" onClick={() => setSection("report")}>
                {t("report.open")}
              </Button>
              <Button variant="secondary" onClick={() => setSection("portfolio")}>
                {t("portfolio.open")}
              </Button>
            </nav>
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
      {/* the Suomi.fi design system's one theme for every page (its typeface is our self-hosted
          Source Sans 3) */}
      <SuomifiThemeProvider theme={{}}>
        <Shell />
      </SuomifiThemeProvider>
    </QueryClientProvider>
  );
}
