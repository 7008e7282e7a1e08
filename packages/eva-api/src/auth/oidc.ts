import { createRemoteJWKSet, jwtVerify } from "jose";
import { type Auth, type Role, roles } from "./auth.js";

export interface OidcOptions {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** the claim that names the organization (tenant); default "org" */
  organizationClaim?: string;
  /** the claim with the roles (array or space-separated string); default "roles" */
  rolesClaim?: string;
}

/** OIDC access tokens (JWT) verified against the identity provider's JWKS: issuer, audience, expiry, signature. */
export function oidcAuth(options: OidcOptions): Auth {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl));
  const orgClaim = options.organizationClaim ?? "org";
  const rolesClaim = options.rolesClaim ?? "roles";
  return {
    async authenticate(token) {
      if (token.split(".").length !== 3) return null;
      try {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: options.issuer,
          audience: options.audience,
        });
        const org = payload[orgClaim];
        const raw = payload[rolesClaim];
        const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/\s+/) : [];
        const granted = list.filter((r): r is Role => (roles as readonly unknown[]).includes(r));
        if (typeof org !== "string" || !org || granted.length === 0) return null;
        const name = typeof payload.name === "string" ? payload.name : (payload.sub ?? "oidc user");
        return { organization: org, roles: granted, name, subject: `oidc:${payload.sub ?? "?"}` };
      } catch {
        return null;
      }
    },
  };
}
