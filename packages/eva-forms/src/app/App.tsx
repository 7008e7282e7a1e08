import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { createApiClient } from "../api/client.js";
import type { Me } from "../api/types.js";
import { languages } from "../i18n/i18n.js";
import { Loading } from "./Loading.js";
import { SignIn } from "./SignIn.js";

const TOKEN_KEY = "eva-token";

// Route-level code splitting: each page is its own chunk, fetched when it is first opened, so
// sign-in downloads only what sign-in needs (the portfolio's drag-and-drop, the reports, the
// resident view and the follow-up never reach an official who fills in a case).
// the list (and with it the schemas) loads after sign-in, while the sign-in page is already usable
const AssessmentList = lazy(() => import("./AssessmentList.js").then((m) => ({ default: m.AssessmentList })));
const Editor = lazy(() => import("./Editor.js").then((m) => ({ default: m.Editor })));
const PortfolioPage = lazy(() => import("../portfolio/index.js").then((m) => ({ default: m.PortfolioPage })));
const PublicView = lazy(() => import("../public/PublicView.js").then((m) => ({ default: m.PublicView })));
const StrategyReportPage = lazy(() =>
  import("../report/StrategyReportPage.js").then((m) => ({ default: m.StrategyReportPage })),
);

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
        <Suspense fallback={<Loading />}>
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
        </Suspense>
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
