import { createRemoteJWKSet, jwtVerify } from "jose";
import { type Auth, type Role, roles } from "./auth.js";

/** Seconds a token's times may be off from ours (exp, nbf, and an iat ahead of our clock). */
export const DEFAULT_CLOCK_SKEW = 60;
/**
 * The longest lifetime (exp − iat, seconds) a token may have: 2 h. Identity providers issue
 * access tokens for 5 min (Keycloak) to 60–90 min (Entra ID); a token meant to live for days
 * is a misconfiguration or a forgery whose theft would last as long.
 */
export const DEFAULT_MAX_TOKEN_LIFETIME = 7200;

export interface OidcOptions {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** the claim that names the organization (tenant); default "org" */
  organizationClaim?: string;
  /** the claim with the roles (array or space-separated string); default "roles" */
  rolesClaim?: string;
  /** the longest lifetime (exp − iat) accepted, seconds; default DEFAULT_MAX_TOKEN_LIFETIME */
  maxTokenLifetime?: number;
  /** clock skew tolerated, seconds; default DEFAULT_CLOCK_SKEW */
  clockSkew?: number;
  /** the time to check tokens against; default the system clock */
  clock?: () => Date;
}

/**
 * OIDC access tokens (JWT) verified against the identity provider's JWKS: signature, issuer,
 * audience; `sub`, `iat` and `exp` required (RFC 9068 § 2.2); `iat` not ahead of our clock by
 * more than the skew; `exp` − `iat` at most the lifetime cap.
 */
export function oidcAuth(options: OidcOptions): Auth {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl));
  const orgClaim = options.organizationClaim ?? "org";
  const rolesClaim = options.rolesClaim ?? "roles";
  const maxLifetime = options.maxTokenLifetime ?? DEFAULT_MAX_TOKEN_LIFETIME;
  const skew = options.clockSkew ?? DEFAULT_CLOCK_SKEW;
  return {
    async authenticate(token) {
      if (token.split(".").length !== 3) return null;
      try {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: options.issuer,
          audience: options.audience,
          requiredClaims: ["sub", "iat", "exp"],
          clockTolerance: skew,
          // jose then also refuses an iat ahead of the clock by more than the tolerance
          maxTokenAge: maxLifetime,
          ...(options.clock ? { currentDate: options.clock() } : {}),
        });
        const { iat, exp, sub, iss } = payload;
        if (typeof iat !== "number" || typeof exp !== "number" || exp - iat > maxLifetime) return null;
        if (typeof sub !== "string" || !sub || typeof iss !== "string") return null;
        const org = payload[orgClaim];
        const raw = payload[rolesClaim];
        const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/\s+/) : [];
        const granted = list.filter((r): r is Role => (roles as readonly unknown[]).includes(r));
        if (typeof org !== "string" || !org || granted.length === 0) return null;
        const name = typeof payload.name === "string" ? payload.name : sub;
        return { issuer: iss, organization: org, roles: granted, name, subject: sub };
      } catch {
        return null;
      }
    },
  };
}
