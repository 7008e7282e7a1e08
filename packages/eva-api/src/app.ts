import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { connectSources } from "./auth/sign-in-config.js";
import type { AppDeps, Env } from "./context.js";
import { methodGuard, PathMethods } from "./method-guard.js";
import {
  authenticate,
  clientAddress,
  limitBody,
  limitJsonDepth,
  rateLimit,
  rejectMalformedUri,
  requireJsonBody,
} from "./middleware.js";
import { detail, ProblemError, problemResponse } from "./problem.js";
import { appConfigApp } from "./routes/app-config.js";
import { docsApp } from "./routes/docs.js";
import { mountRoutes } from "./routes/index.js";
import { landingApp } from "./routes/landing.js";
import { serviceApp } from "./routes/service.js";
import { staticApp } from "./routes/static.js";
import { EvaluatorBusyError } from "./services/evaluator.js";
import { PreconditionFailedError } from "./store/store.js";

const MAX_BODY = 1024 * 1024; // 1 MiB (API.md)

const honoProblems: Partial<
  Record<number, "malformed-json" | "unauthorized" | "payload-too-large" | "unsupported-media-type">
> = {
  400: "malformed-json",
  401: "unauthorized",
  413: "payload-too-large",
  415: "unsupported-media-type",
};

/** The whole HTTP API. Only server.ts opens a port or reads the environment. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<Env>();
  app.use("*", requestId(), async (c, next) => {
    c.set("deps", deps);
    const started = performance.now();
    await next();
    deps.logger?.info(
      {
        requestId: c.get("requestId"),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
  });
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        // the app fetches the identity provider's discovery document and token endpoint itself
        connectSrc: connectSources(deps.signIn ?? { signIn: "token" }),
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    }),
  );
  // OPTIONS (a CORS preflight when configured) and methods a path does not have are answered
  // before the body limit, authentication and the rate limit (method-guard.ts)
  const methods = new PathMethods(app);
  const corsHeaders =
    deps.corsOrigins && deps.corsOrigins.length > 0
      ? cors({
          origin: deps.corsOrigins,
          allowMethods: (_origin, c) => methods.of(c.req.path) ?? [],
          exposeHeaders: ["ETag", "Location", "Retry-After", "X-Request-Id"],
        })
      : undefined;
  app.use("*", methodGuard(methods, corsHeaders));
  if (corsHeaders) app.use("/v1/*", corsHeaders);
  app.use("*", rejectMalformedUri);
  // who is calling, before any body is read: a request without a valid token is answered 401
  // (or 429) without the server reading its body first
  const trusted = deps.trustedProxies ?? 0;
  const failedSignIns = rateLimit(deps.rateLimit ?? 600, (c) => clientAddress(c, trusted));
  app.use("/v1/*", authenticate(failedSignIns), rateLimit(deps.rateLimit ?? 600));
  // the public view has no token: its limit is per client address
  app.use(
    "/public/*",
    rateLimit(deps.publicRateLimit ?? 600, (c) => clientAddress(c, trusted)),
  );
  app.use("*", requireJsonBody);
  const limit = limitBody(
    MAX_BODY,
    bodyLimit({
      maxSize: MAX_BODY,
      onError: () => {
        throw new ProblemError(413, "payload-too-large", detail("payload-too-large"));
      },
    }),
  );
  // bodyLimit looks at c.req.raw.body, which makes the Node adapter build a whole fetch Request
  // (about a tenth of a GET's CPU). A GET/HEAD/DELETE without Content-Length or Transfer-Encoding
  // has no body (RFC 9112 §6.3), so it skips that; writes are always checked.
  const bodiless = new Set(["GET", "HEAD", "DELETE", "OPTIONS"]);
  app.use("*", (c, next) =>
    bodiless.has(c.req.method) &&
    c.req.header("content-length") === undefined &&
    c.req.header("transfer-encoding") === undefined
      ? next()
      : limit(c, next),
  );
  app.use("*", limitJsonDepth);

  app.route("/", serviceApp);
  app.route("/", appConfigApp);
  mountRoutes(app);
  app.route("/", docsApp(app));
  if (deps.staticDir) app.route("/", staticApp(deps.staticDir));
  else app.route("/", landingApp);

  app.notFound((c) =>
    problemResponse(c, new ProblemError(404, "not-found", detail("no-such-path", { path: c.req.path }))),
  );
  app.onError((err, c: Context) => {
    if (err instanceof ProblemError) return problemResponse(c, err);
    if (err instanceof EvaluatorBusyError) {
      return problemResponse(
        c,
        new ProblemError(
          503,
          "service-busy",
          detail("service-busy", { retry: err.retryAfterSeconds }),
          undefined,
          {},
          {
            "Retry-After": String(err.retryAfterSeconds),
          },
        ),
      );
    }
    if (err instanceof PreconditionFailedError) {
      return problemResponse(c, new ProblemError(412, "precondition-failed", detail("precondition-failed")));
    }
    if (err instanceof HTTPException) {
      // what Hono's own validators throw: malformed JSON, a body of a type the route does not take
      const known = honoProblems[err.status];
      return problemResponse(
        c,
        new ProblemError(err.status as 400, known ?? "invalid-state", known ? detail(known) : undefined),
      );
    }
    deps.logger?.error(
      { requestId: c.get("requestId"), err: { name: err.name, message: err.message } },
      "unhandled error",
    );
    return problemResponse(c, new ProblemError(500, "internal-error", detail("internal-error")));
  });
  return app;
}

export type EvaApp = ReturnType<typeof createApp>;
