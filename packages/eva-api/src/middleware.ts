import type { MiddlewareHandler } from "hono";
import type { Env } from "./context.js";
import { ProblemError } from "./problem.js";

/** Bearer auth for /v1: 401 without a valid token (with WWW-Authenticate). */
export const authenticate: MiddlewareHandler<Env> = async (c, next) => {
  if (c.req.method === "OPTIONS") return next();
  const header = c.req.header("authorization") ?? "";
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const p = m?.[1] ? await c.get("deps").auth.authenticate(m[1]) : null;
  if (!p) {
    throw new ProblemError(
      401,
      "unauthorized",
      "Send a valid token: Authorization: Bearer <token>.",
      undefined,
      {},
      {
        "WWW-Authenticate": 'Bearer realm="eva"',
      },
    );
  }
  c.set("principal", p);
  await next();
};

/** A fixed one-minute window per caller: 429 with Retry-After past the limit. */
export function rateLimit(perMinute: number): MiddlewareHandler<Env> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const now = c.get("deps").clock().getTime();
    const key = c.get("principal").subject;
    let w = windows.get(key);
    if (!w || now - w.start >= 60_000) {
      w = { start: now, count: 0 };
      windows.set(key, w);
      if (windows.size > 10_000) for (const [k, v] of windows) if (now - v.start >= 60_000) windows.delete(k);
    }
    w.count++;
    if (w.count > perMinute) {
      const retry = Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
      throw new ProblemError(
        429,
        "too-many-requests",
        `Try again in ${retry} s.`,
        undefined,
        {},
        { "Retry-After": String(retry) },
      );
    }
    await next();
  };
}

/** Bodies are JSON (or JSON Merge Patch): anything else is 415. */
export const requireJsonBody: MiddlewareHandler<Env> = async (c, next) => {
  if (["POST", "PUT", "PATCH"].includes(c.req.method)) {
    const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    const length = c.req.header("content-length");
    const hasBody =
      (length !== undefined && length !== "0") || c.req.header("transfer-encoding") !== undefined;
    if (hasBody && type !== "application/json" && type !== "application/merge-patch+json") {
      throw new ProblemError(
        415,
        "unsupported-media-type",
        "Send application/json (or application/merge-patch+json for PATCH).",
      );
    }
  }
  await next();
};
