import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Link, SkipLink, SuomifiThemeProvider } from "suomifi-ui-components";
import { createApiClient } from "../api/client.js";
import type { Me } from "../api/types.js";
import { LanguageChoice } from "./LanguageChoice.js";
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
      <SkipLink href="#main">{t("app.skip")}</SkipLink>
      <header className="top">
        <p className="brand">{t("app.title")}</p>
        <LanguageChoice />
        <div className="top-actions">
          {!me && !publicView && <Link href="/public">{t("public.open")}</Link>}
          {publicView && <Link href="/">{t("public.signIn")}</Link>}
          {me && (
            // who is signed in, then the way out (the name may carry the organisation in brackets)
            <span className="signed-in">{me.name}</span>
          )}
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
              {t("app.signOut")}
            </Button>
          )}
        </div>
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
      {/* the Suomi.fi design system's one theme for every page (its typeface is our self-hosted
          Source Sans 3) */}
      <SuomifiThemeProvider theme={{}}>
        <Shell />
      </SuomifiThemeProvider>
    </QueryClientProvider>
  );
}
