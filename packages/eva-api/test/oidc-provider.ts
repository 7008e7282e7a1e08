import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

type KeyLike = Parameters<SignJWT["sign"]>[0];

/** How the provider answers the next sign-ins (to see the app's error messages). */
export type ProviderMode = "ok" | "deny" | "bad-nonce" | "no-roles";

export interface AuthorizeSeen {
  params: Record<string, string>;
}

/**
 * A minimal OpenID provider on 127.0.0.1 for the browser tests: discovery, an authorization
 * endpoint that signs "Sanna" in at once and redirects back with a code, a token endpoint that
 * enforces PKCE S256 and one use per code, and the JWKS. It checks what a real provider checks
 * of a public client (client id, exact redirect URI, code_challenge_method S256, verifier).
 */
export async function startOidcProvider(options: { clientId: string; audience: string }) {
  const pair = await generateKeyPair("RS256");
  const key = pair.privateKey as KeyLike;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  const codes = new Map<string, { challenge: string; nonce: string; redirectUri: string }>();
  const state = {
    mode: "ok" as ProviderMode,
    redirectUris: [] as string[],
    authorizeRequests: [] as AuthorizeSeen[],
    tokenErrors: [] as string[],
    issuedAccessTokens: [] as string[],
  };
  let issuer = "";

  const sign = (claims: Record<string, unknown>, audience: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject("sanna-1")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(key);

  const cors = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader("access-control-allow-origin", req.headers.origin ?? "*");
    res.setHeader("access-control-allow-methods", "GET, POST");
    res.setHeader("access-control-allow-headers", req.headers["access-control-request-headers"] ?? "");
  };
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify(body));
  };
  const tokenError = (res: ServerResponse, error: string, why: string) => {
    state.tokenErrors.push(why);
    json(res, 400, { error, error_description: why });
  };

  const authorize = (url: URL, res: ServerResponse) => {
    const p = Object.fromEntries(url.searchParams);
    state.authorizeRequests.push({ params: p });
    const redirectUri = p.redirect_uri ?? "";
    // a wrong client or redirect URI gets an error page, never a redirect (RFC 6749 4.1.2.1)
    if (p.client_id !== options.clientId || !state.redirectUris.includes(redirectUri)) {
      res.writeHead(400, { "content-type": "text/plain" });
      return res.end("unknown client or redirect_uri");
    }
    const back = new URL(redirectUri);
    back.searchParams.set("iss", issuer);
    if (p.state) back.searchParams.set("state", p.state);
    const bad =
      p.response_type !== "code" || p.code_challenge_method !== "S256" || !p.code_challenge || !p.nonce;
    if (bad || state.mode === "deny") {
      back.searchParams.set("error", bad ? "invalid_request" : "access_denied");
    } else {
      const code = randomBytes(16).toString("base64url");
      codes.set(code, { challenge: p.code_challenge ?? "", nonce: p.nonce ?? "", redirectUri });
      back.searchParams.set("code", code);
    }
    res.writeHead(302, { location: back.href });
    res.end();
  };

  const token = async (body: URLSearchParams, res: ServerResponse) => {
    if (body.get("grant_type") !== "authorization_code")
      return tokenError(res, "unsupported_grant_type", "grant");
    if (body.get("client_id") !== options.clientId) return tokenError(res, "invalid_client", "client_id");
    const code = codes.get(body.get("code") ?? "");
    codes.delete(body.get("code") ?? ""); // one use
    if (!code) return tokenError(res, "invalid_grant", "unknown or used code");
    if (body.get("redirect_uri") !== code.redirectUri)
      return tokenError(res, "invalid_grant", "redirect_uri");
    const verifier = body.get("code_verifier") ?? "";
    if (createHash("sha256").update(verifier).digest("base64url") !== code.challenge)
      return tokenError(res, "invalid_grant", "PKCE verifier");
    const roles = state.mode === "no-roles" ? [] : ["preparer"];
    const accessToken = await sign({ org: "kaarina", roles, name: "Sanna Suomalainen" }, options.audience);
    state.issuedAccessTokens.push(accessToken);
    const nonce = state.mode === "bad-nonce" ? "not-the-nonce" : code.nonce;
    json(res, 200, {
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: 300,
      id_token: await sign({ nonce, name: "Sanna Suomalainen" }, options.clientId),
    });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    cors(req, res);
    if (req.method === "OPTIONS") {
      res.writeHead(204);
      return res.end();
    }
    if (url.pathname === "/idp/.well-known/openid-configuration")
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        grant_types_supported: ["authorization_code"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["none"],
        id_token_signing_alg_values_supported: ["RS256"],
        subject_types_supported: ["public"],
        authorization_response_iss_parameter_supported: true,
      });
    if (url.pathname === "/idp/jwks") return json(res, 200, { keys: [jwk] });
    if (url.pathname === "/idp/authorize" && req.method === "GET") return authorize(url, res);
    if (url.pathname === "/idp/token" && req.method === "POST") {
      let raw = "";
      req.on("data", (d) => {
        raw += String(d);
      });
      req.on("end", () => {
        token(new URLSearchParams(raw), res).catch(() => json(res, 500, { error: "server_error" }));
      });
      return;
    }
    json(res, 404, { error: "not_found" });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/idp`;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    state,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
