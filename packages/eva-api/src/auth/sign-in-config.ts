/**
 * What the app's sign-in page offers. The embedded default signs in with a pasted bearer token
 * (the demo tokens); a production deployment names its identity provider and a public client,
 * and the app runs the Authorization Code flow with PKCE itself (no client secret in a browser).
 */
export type SignInConfig =
  | { signIn: "token" }
  | { signIn: "oidc"; issuer: string; clientId: string; scope: string; redirectPath: string };

export const defaultScope = "openid profile";
export const defaultRedirectPath = "/auth/callback";

/** http is only accepted for a loopback issuer (a developer's or a test's identity provider). */
export function isLoopback(url: URL): boolean {
  return ["127.0.0.1", "[::1]", "localhost"].includes(url.hostname);
}

/**
 * From the environment (server.ts passes it in): OIDC sign-in when EVA_OIDC_CLIENT_ID is set
 * next to EVA_OIDC_ISSUER. A half-made or unsafe configuration stops the start with a clear
 * message rather than giving users a sign-in button that cannot work.
 */
export function signInConfigFromEnv(env: Record<string, string | undefined>): SignInConfig {
  const clientId = env.EVA_OIDC_CLIENT_ID?.trim();
  if (!clientId) return { signIn: "token" };
  const issuer = env.EVA_OIDC_ISSUER?.trim();
  // the API must also accept the tokens the app will get, or every sign-in would end in a 401
  const missing = ["EVA_OIDC_ISSUER", "EVA_OIDC_AUDIENCE", "EVA_OIDC_JWKS_URL"].filter(
    (k) => !env[k]?.trim(),
  );
  if (!issuer || missing.length > 0)
    throw new Error(`EVA_OIDC_CLIENT_ID is set: set ${missing.join(", ")} too`);
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`EVA_OIDC_ISSUER is not a URL: ${issuer}`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url)))
    throw new Error(`EVA_OIDC_ISSUER must be https (http only on loopback): ${issuer}`);
  const redirectPath = env.EVA_OIDC_REDIRECT_PATH?.trim() || defaultRedirectPath;
  if (!/^\/[A-Za-z0-9/_.~-]*$/.test(redirectPath) || redirectPath.startsWith("//"))
    throw new Error(`EVA_OIDC_REDIRECT_PATH must be a path on this server: ${redirectPath}`);
  const scope = env.EVA_OIDC_SCOPE?.trim() || defaultScope;
  if (!scope.split(/\s+/).includes("openid")) throw new Error(`EVA_OIDC_SCOPE must include openid: ${scope}`);
  return { signIn: "oidc", issuer, clientId, scope, redirectPath };
}

/** The origins the browser may fetch from under the CSP: the app's own and the issuer's. */
export function connectSources(config: SignInConfig): string[] {
  return config.signIn === "oidc" ? ["'self'", new URL(config.issuer).origin] : ["'self'"];
}
