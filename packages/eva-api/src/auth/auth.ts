import { createHash, timingSafeEqual } from "node:crypto";

export const roles = ["admin", "preparer", "approver", "reader"] as const;
export type Role = (typeof roles)[number];

/** Who is calling: the tenant (organization), the roles and a display name. */
export interface Principal {
  /** who vouches for the subject: the OIDC issuer, or STATIC_TOKENS for tokens.json */
  issuer: string;
  organization: string;
  roles: Role[];
  name: string;
  /** a stable subject id, unique within the issuer (never the token) */
  subject: string;
}

/** The issuer of the static bearer tokens (tokens.json). */
export const STATIC_TOKENS = "eva:tokens";

/**
 * One caller, unambiguously: issuer, organization and subject (a `sub` is unique only within
 * its issuer, and the same person may act in two organizations). The rate limit counts by it,
 * and the four-eyes rule and Idempotency-Key compare it.
 */
export function callerId(p: Pick<Principal, "issuer" | "organization" | "subject">): string {
  return JSON.stringify([p.issuer, p.organization, p.subject]);
}

/** Turns a bearer token into a principal, or null when it is not valid. */
export interface Auth {
  authenticate(token: string): Promise<Principal | null>;
}

export interface TokenEntry {
  /** SHA-256 of the token, hex: tokens are never stored in clear */
  sha256: string;
  organization: string;
  roles: Role[];
  name: string;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Static bearer tokens (the embedded default): compared by hash in constant time. */
export function staticTokenAuth(entries: ReadonlyArray<TokenEntry>): Auth {
  const byHash = new Map(entries.map((e) => [e.sha256, e] as const));
  return {
    async authenticate(token) {
      const h = hashToken(token);
      const entry = byHash.get(h);
      if (!entry || !timingSafeEqual(Buffer.from(entry.sha256, "hex"), Buffer.from(h, "hex"))) return null;
      return {
        issuer: STATIC_TOKENS,
        organization: entry.organization,
        roles: [...entry.roles],
        name: entry.name,
        subject: `token:${h.slice(0, 12)}`,
      };
    },
  };
}

/** Tries each way of authenticating in turn (e.g. static tokens, then OIDC). */
export function anyOf(...auths: Auth[]): Auth {
  return {
    async authenticate(token) {
      for (const a of auths) {
        const p = await a.authenticate(token);
        if (p) return p;
      }
      return null;
    },
  };
}
