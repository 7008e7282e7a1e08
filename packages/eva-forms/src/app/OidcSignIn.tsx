import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, InlineAlert, Paragraph } from "suomifi-ui-components";
import type { OidcConfig } from "../api/app-config.js";
import { createApiClient } from "../api/client.js";
import type { Me } from "../api/types.js";
import { beginOidcSignIn, completeOidcSignIn, isOidcCallback, OidcError } from "./oidc.js";
import { usePageTitle } from "./page-title.js";

const asOidcError = (e: unknown) =>
  e instanceof OidcError ? e : new OidcError("provider", e instanceof Error ? e.message : String(e));

/** One "Kirjaudu sisään" button that goes to the organization's identity provider and back. */
export function OidcSignIn({
  config,
  initialToken,
  onSignedIn,
  baseUrl = "",
  navigate = (url) => window.location.assign(url),
}: {
  config: OidcConfig;
  initialToken: string | null;
  onSignedIn: (token: string, me: Me) => void;
  baseUrl?: string;
  navigate?: (url: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<OidcError | null>(null);
  const signInWith = async (token: string) => {
    const me = (await createApiClient(token, () => i18n.language, baseUrl).request<Me>("GET", "/v1/me")).data;
    onSignedIn(token, me);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount: the redirect back, or a stored token after a reload
  useEffect(() => {
    if (isOidcCallback(config, window.location)) {
      setBusy(true);
      completeOidcSignIn(config, new URL(window.location.href), sessionStorage)
        .then((token) =>
          signInWith(token).catch((e: unknown) => {
            throw new OidcError("rejected", e instanceof Error ? e.message : String(e));
          }),
        )
        .catch((e: unknown) => setError(asOidcError(e)))
        .finally(() => {
          // the code is spent: a reload must not try it again
          window.history.replaceState(null, "", "/");
          setBusy(false);
        });
    } else if (initialToken) {
      // an expired token simply leaves the button
      signInWith(initialToken).catch(() => {});
    }
  }, []);
  const start = () => {
    setError(null);
    setBusy(true);
    beginOidcSignIn(config, { origin: window.location.origin, storage: sessionStorage, navigate }).catch(
      (e: unknown) => {
        setError(asOidcError(e));
        setBusy(false);
      },
    );
  };
  usePageTitle(t("oidc.title"));
  return (
    <section className="card sign-in" aria-labelledby="oidc-title">
      <Heading variant="h2" id="oidc-title">
        {t("oidc.title")}
      </Heading>
      <Paragraph>{t("oidc.help")}</Paragraph>
      <p role="status" className="sign-in-status">
        {busy ? t("oidc.working") : ""}
      </p>
      {error && (
        <InlineAlert status="error" role="alert">
          {t(`oidc.error.${error.code}`)}
          {error.providerError ? ` (${error.providerError})` : ""}
        </InlineAlert>
      )}
      <Button onClick={start} disabled={busy}>
        {t("oidc.signIn")}
      </Button>
    </section>
  );
}
