import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, InlineAlert, Paragraph, Text, TextInput } from "suomifi-ui-components";
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
      className="card sign-in"
      aria-labelledby="sign-in-title"
      onSubmit={(e) => {
        e.preventDefault();
        void tryToken(token.trim());
      }}
    >
      <Heading variant="h2" id="sign-in-title">
        {demo ? t("signIn.demoTitle") : t("signIn.title")}
      </Heading>
      {demo && <Paragraph>{t("signIn.demoIntro")}</Paragraph>}
      <TextInput
        id="token"
        type="password"
        autoComplete="off"
        fullWidth
        labelText={t("signIn.token")}
        hintText={t("signIn.tokenHelp")}
        value={token}
        onChange={(v) => setToken(String(v ?? ""))}
        status={failed ? "error" : "default"}
        {...(failed ? { "aria-describedby": "token-error" } : {})}
      />
      {oneUserMayApprove && (
        <Paragraph className="hint">
          <Text smallScreen>{t("signIn.demoFourEyesOff")}</Text>
        </Paragraph>
      )}
      {failed && (
        <InlineAlert status="error" role="alert" id="token-error">
          {t("signIn.failed")}
        </InlineAlert>
      )}
      <Button type="submit">{t("signIn.submit")}</Button>
    </form>
  );
}
