import * as oauth from "oauth4webapi";
import type { OidcConfig } from "../api/app-config.js";

// The Authorization Code flow with PKCE (S256) of a public client, with oauth4webapi doing the
// protocol checks (discovery issuer, state, iss, ID token claims and nonce). The verifier, state
// and nonce wait in sessionStorage: it survives the trip to the provider, only in this tab.

const PENDING_KEY = "eva-oidc-pending";

/** What went wrong, for a message in the user's language (oidc.error.<code>). */
export type OidcErrorCode = "denied" | "state" | "provider" | "token" | "rejected";

export class OidcError extends Error {
  constructor(
    readonly code: OidcErrorCode,
    message: string,
    /** the provider's own error code (e.g. access_denied), shown for support */
    readonly providerError?: string,
  ) {
    super(message);
  }
}

interface Pending {
  issuer: string;
  clientId: string;
  redirectUri: string;
  state: string;
  nonce: string;
  verifier: string;
}

// http only for a loopback issuer, the same rule as eva-api's configuration check
const loopback = (u: URL) => ["127.0.0.1", "[::1]", "localhost"].includes(u.hostname);
const httpOptions = (issuer: URL) => (loopback(issuer) ? { [oauth.allowInsecureRequests]: true } : {});

async function discover(config: OidcConfig): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(config.issuer);
  try {
    const res = await oauth.discoveryRequest(issuer, { algorithm: "oidc", ...httpOptions(issuer) });
    return await oauth.processDiscoveryResponse(issuer, res);
  } catch (e) {
    throw new OidcError("provider", `discovery failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export const redirectUriOf = (config: OidcConfig, origin: string) => `${origin}${config.redirectPath}`;

/** Is this page load the provider sending the browser back (with a code or an error)? */
export function isOidcCallback(config: OidcConfig, location: { pathname: string; search: string }): boolean {
  const q = new URLSearchParams(location.search);
  return location.pathname === config.redirectPath && (q.has("code") || q.has("error"));
}

/** Sends the browser to the provider's authorization endpoint. */
export async function beginOidcSignIn(
  config: OidcConfig,
  env: { origin: string; storage: Storage; navigate: (url: string) => void },
): Promise<void> {
  const as = await discover(config);
  if (!as.authorization_endpoint) throw new OidcError("provider", "no authorization_endpoint");
  const pending: Pending = {
    issuer: config.issuer,
    clientId: config.clientId,
    redirectUri: redirectUriOf(config, env.origin),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    verifier: oauth.generateRandomCodeVerifier(),
  };
  const url = new URL(as.authorization_endpoint);
  for (const [k, v] of Object.entries({
    response_type: "code",
    client_id: pending.clientId,
    redirect_uri: pending.redirectUri,
    scope: config.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: "S256",
  }))
    url.searchParams.set(k, v);
  env.storage.setItem(PENDING_KEY, JSON.stringify(pending));
  env.navigate(url.href);
}

async function exchange(config: OidcConfig, callback: URL, storage: Storage): Promise<string> {
  const raw = storage.getItem(PENDING_KEY);
  // one use only: a reload or a second tab cannot replay the same state
  storage.removeItem(PENDING_KEY);
  let pending: Pending | null = null;
  try {
    pending = raw ? (JSON.parse(raw) as Pending) : null;
  } catch {
    // not ours (or edited by hand): the same as no sign-in started
  }
  if (!pending || pending.issuer !== config.issuer || pending.clientId !== config.clientId)
    throw new OidcError("state", "no sign-in was started in this tab");
  const as = await discover(config);
  const client: oauth.Client = { client_id: config.clientId };
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, callback, pending.state);
  } catch (e) {
    if (e instanceof oauth.AuthorizationResponseError)
      throw new OidcError("denied", e.error_description ?? e.error, e.error);
    throw new OidcError("state", e instanceof Error ? e.message : String(e));
  }
  let res: Response;
  try {
    res = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      pending.redirectUri,
      pending.verifier,
      httpOptions(new URL(config.issuer)),
    );
  } catch (e) {
    throw new OidcError("provider", `token endpoint: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, res, {
      expectedNonce: pending.nonce,
      requireIdToken: true,
    });
    return tokens.access_token;
  } catch (e) {
    const providerError = e instanceof oauth.ResponseBodyError ? e.error : undefined;
    throw new OidcError("token", e instanceof Error ? e.message : String(e), providerError);
  }
}

let inflight: { url: string; result: Promise<string> } | null = null;

/**
 * Finishes the sign-in on the redirect back: the access token. While one exchange runs, the same
 * callback URL gives the same promise, so React's double effects in development do not spend
 * the state twice; once it has settled, a new call starts afresh.
 */
export function completeOidcSignIn(config: OidcConfig, callback: URL, storage: Storage): Promise<string> {
  if (inflight?.url === callback.href) return inflight.result;
  const current = {
    url: callback.href,
    result: exchange(config, callback, storage).finally(() => {
      if (inflight === current) inflight = null;
    }),
  };
  inflight = current;
  return current.result;
}
