import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { createApiClient } from "../api/client.js";
import type { Me } from "../api/types.js";
import { usePageTitle } from "./page-title.js";

/** Sign-in with a pasted bearer token: the embedded default's demo users (or tokens.json entries). */
export function TokenSignIn({
  initialToken,
  onSignedIn,
  baseUrl = "",
  oneUserMayApprove = false,
  demo = false,
}: {
  initialToken: string | null;
  onSignedIn: (token: string, me: Me) => void;
  baseUrl?: string;
  /** demo mode with the four-eyes rule off: the page says that one user may prepare and approve */
  oneUserMayApprove?: boolean;
  /** demo mode: the field takes the demo users' tokens, and says so */
  demo?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [token, setToken] = useState(initialToken ?? "");
  const [failed, setFailed] = useState(false);
  const tryToken = async (value: string) => {
    try {
      const me = (await createApiClient(value, () => i18n.language, baseUrl).request<Me>("GET", "/v1/me"))
        .data;
      onSignedIn(value, me);
    } catch {
      setFailed(true);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount: a stored token signs in again after a reload
  useEffect(() => {
    if (initialToken) void tryToken(initialToken);
  }, []);
  usePageTitle(t("signIn.title"));
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        void tryToken(token.trim());
      }}
    >
      <h2>{demo ? t("signIn.demoTitle") : t("signIn.title")}</h2>
      {demo && <p>{t("signIn.demoIntro")}</p>}
      <label htmlFor="token">{t("signIn.token")}</label>
      <input
        id="token"
        type="password"
        autoComplete="off"
        aria-describedby="token-help"
        value={token}
        onChange={(e) => setToken(e.target.value)}
      />
      <p id="token-help" className="hint">
        {t("signIn.tokenHelp")}
      </p>
      {oneUserMayApprove && <p className="hint">{t("signIn.demoFourEyesOff")}</p>}
      {failed && <p role="alert">{t("signIn.failed")}</p>}
      <button type="submit">{t("signIn.submit")}</button>
    </form>
  );
}
