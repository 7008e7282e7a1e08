import { OpenAPIHono } from "@hono/zod-openapi";
import { localizeIssues } from "eva-core";
import type { Context, MiddlewareHandler } from "hono";
import type { Logger } from "pino";
import type { Auth, Principal, Role } from "./auth/auth.js";
import type { SignInConfig } from "./auth/sign-in-config.js";
import { localeOf } from "./locale.js";
import { detail, ProblemError } from "./problem.js";
import { type Evaluator, inlineEvaluator } from "./services/evaluator.js";
import type { PortfolioLimits } from "./services/run-portfolio.js";
import type { BlobStore } from "./store/blobs.js";
import type { Store } from "./store/store.js";
import type { WebhookDeps } from "./webhooks/settings.js";

/** What createApp needs: the store, the auth, a clock (the only source of time), a logger. */
export interface AppDeps {
  store: Store;
  /** where approved summaries' frozen files live; default the store's own (store.blobStore()) */
  blobs?: BlobStore;
  auth: Auth;
  clock: () => Date;
  logger?: Logger;
  /** requests per minute per token; default 600 */
  rateLimit?: number;
  /** requests per minute per client address to the public view (no token); default 600 */
  publicRateLimit?: number;
  /** reverse proxies in front that append to X-Forwarded-For, for the client address; default 0 */
  trustedProxies?: number;
  /** allowed CORS origins; empty = CORS off */
  corsOrigins?: string[];
  /** directory of the built wizard, served at / */
  staticDir?: string;
  /** the public base URL used in attachment links; default from the request */
  publicUrl?: string;
  /** what the app's sign-in page offers (GET /app-config.json); default a bearer token */
  signIn?: SignInConfig;
  /** where evaluate() runs; default on the event loop (the server gives a worker pool) */
  evaluator?: Evaluator;
  /** the four-eyes rule: who created or submitted an assessment may not approve it; default on */
  fourEyes?: boolean;
  /** demo mode (pnpm start's demo tokens), told to the app's sign-in page; default off */
  demo?: boolean;
  /** where POST /v1/portfolio computes (in a worker from 13 proposals) and for how long (20 s) */
  portfolio?: PortfolioLimits;
  /** where webhooks may go and how the worker is told of new deliveries; default: nowhere */
  webhooks?: WebhookDeps;
}

export type Env = { Variables: { principal: Principal; requestId: string; deps: AppDeps } };

/** One factory for every sub-app, so all share the validation hook (errors → problem+json). */
export function router(): OpenAPIHono<Env> {
  return new OpenAPIHono<Env>({
    defaultHook: (result, c) => {
      if (!result.success) {
        throw new ProblemError(
          422,
          "validation-failed",
          undefined,
          localizeIssues(result.error.issues, localeOf(c)),
        );
      }
    },
  });
}

export function principal(c: Context<Env>): Principal {
  return c.get("principal");
}

/** 403 unless the caller has one of the roles. */
export function requireRole(c: Context<Env>, ...allowed: Role[]): Principal {
  const p = principal(c);
  if (!p.roles.some((r) => allowed.includes(r))) {
    throw new ProblemError(403, "forbidden", detail("needs-role", { roles: allowed.join(" / ") }));
  }
  return p;
}

/**
 * Route middleware: 403 unless the caller has one of the roles. It runs before the body is
 * validated, so a role that may not write never learns what a valid body looks like.
 */
export function allow(...allowed: Role[]): MiddlewareHandler<Env> {
  return async (c, next) => {
    requireRole(c, ...allowed);
    await next();
  };
}

/** The If-Match header, 428 without it. */
export function requireIfMatch(c: Context): string {
  const v = c.req.header("if-match");
  if (!v) throw new ProblemError(428, "precondition-required", detail("precondition-required"));
  return v.trim();
}

/** The opaque part of an entity tag: weak comparison (RFC 9110 § 8.8.3.2) ignores `W/`. */
const opaqueTag = (tag: string) => tag.trim().replace(/^W\//, "");

/**
 * Whether the request's If-None-Match names `etag` or is `*`: then the client's copy is current
 * and a GET may answer 304 (RFC 9110 § 13.1.2, weak comparison). A list is split at commas, which
 * none of our tags contain: a tag with a comma of its own never matches, and gets a full answer.
 */
export function ifNoneMatchHits(c: Context, etag: string): boolean {
  const v = c.req.header("if-none-match");
  if (!v) return false;
  if (v.trim() === "*") return true;
  const ours = opaqueTag(etag);
  return v.split(",").some((t) => opaqueTag(t) === ours);
}

/** 304 Not Modified with the ETag again (RFC 9110 § 15.4.5: the headers a 200 would have sent). */
export function notModified(c: Context, etag: string) {
  c.header("ETag", etag);
  return c.body(null, 304) as never;
}

/**
 * The ETag of one representation of a record (one language and format of its summary): the
 * record's tag with the representation added inside the quotes, so that a cache never pairs one
 * language's body with another's tag, and a new revision changes every representation's tag.
 */
export function representationEtag(recordEtag: string, ...parts: string[]): string {
  const weak = recordEtag.startsWith("W/");
  const inner = opaqueTag(recordEtag).slice(1, -1);
  return `${weak ? "W/" : ""}"${inner}-${parts.join("-")}"`;
}

export function deps(c: Context<Env>): AppDeps {
  return c.get("deps");
}

/** Where this app runs evaluate(). */
export function evaluatorOf(c: Context<Env>): Evaluator {
  return c.get("deps").evaluator ?? inlineEvaluator;
}

export function now(c: Context<Env>): string {
  return deps(c).clock().toISOString();
}
