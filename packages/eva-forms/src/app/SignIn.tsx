import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { fetchAppConfig } from "../api/app-config.js";
import type { Me } from "../api/types.js";
import { TokenSignIn } from "./TokenSignIn.js";

// the OpenID Connect client (oauth4webapi) is fetched only where the organisation signs in with it
const OidcSignIn = lazy(() => import("./OidcSignIn.js").then((m) => ({ default: m.OidcSignIn })));

/** The sign-in page the server asks for (GET /app-config.json): a token form or the OIDC button. */
export function SignIn({
  initialToken,
  onSignedIn,
  baseUrl = "",
  navigate,
}: {
  initialToken: string | null;
  onSignedIn: (token: string, me: Me) => void;
  /** where eva-api is; "" = the app's own origin */
  baseUrl?: string;
  /** how to leave for the identity provider; default location.assign */
  navigate?: (url: string) => void;
}) {
  const { t } = useTranslation();
  const config = useQuery({
    queryKey: ["app-config", baseUrl],
    queryFn: () => fetchAppConfig(baseUrl),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  if (!config.data) return <p aria-busy="true">{t("oidc.loading")}</p>;
  const form =
    config.data.signIn === "oidc" ? (
      <Suspense fallback={<p aria-busy="true">{t("oidc.loading")}</p>}>
        <OidcSignIn
          config={config.data}
          initialToken={initialToken}
          onSignedIn={onSignedIn}
          baseUrl={baseUrl}
          {...(navigate ? { navigate } : {})}
        />
      </Suspense>
    ) : (
      <TokenSignIn
        initialToken={initialToken}
        onSignedIn={onSignedIn}
        baseUrl={baseUrl}
        oneUserMayApprove={config.data.demo === true && config.data.fourEyes === false}
        demo={config.data.demo === true}
      />
    );
  // the front door: what EVA is, then the way in (the organisation's sign-in when configured)
  return (
    <div className="front-door">
      <section className="front-intro" aria-labelledby="front-title">
        <h1 id="front-title">{t("front.title")}</h1>
        <p className="lead">{t("front.lead")}</p>
        <ul className="front-points">
          <li>{t("front.point1")}</li>
          <li>{t("front.point2")}</li>
          <li>{t("front.point3")}</li>
        </ul>
      </section>
      {form}
    </div>
  );
}
