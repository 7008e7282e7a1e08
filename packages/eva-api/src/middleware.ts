import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import type { Context, MiddlewareHandler } from "hono";
import { callerId } from "./auth/auth.js";
import type { Env } from "./context.js";
import { localeOf } from "./locale.js";
import { detail, ProblemError } from "./problem.js";
import { tooDeepAt, tooDeepMessage } from "./services/json-depth.js";

/**
 * Bearer auth for /v1: 401 without a valid token (with WWW-Authenticate). It runs before any body
 * is read, so a caller without a token cannot make the server read a megabyte first. Each failure
 * passes through `countFailure` (a rate limit by client address), which answers 429 instead once
 * an address has failed too often; a valid token is never held back by others' failures.
 */
export const authenticate =
  (countFailure: MiddlewareHandler<Env>): MiddlewareHandler<Env> =>
  async (c, next) => {
    if (c.req.method === "OPTIONS") return next();
    const header = c.req.header("authorization") ?? "";
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const p = m?.[1] ? await c.get("deps").auth.authenticate(m[1]) : null;
    if (p) {
      c.set("principal", p);
      return next();
    }
    await countFailure(c, async () => {});
    throw new ProblemError(
      401,
      "unauthorized",
      detail("unauthorized"),
      undefined,
      {},
      {
        "WWW-Authenticate": 'Bearer realm="eva"',
      },
    );
  };

/**
 * The address a request came from: the socket's peer, or, behind `trustedProxies` reverse proxies
 * that each append the address they saw to X-Forwarded-For, the entry that many from the right
 * (what the outermost trusted proxy saw; entries left of it are the client's own claims). A
 * request with fewer entries than that did not pass all the proxies: its peer is used.
 */
export function clientAddress(c: Context, trustedProxies: number): string {
  const peer =
    (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress ?? "unknown";
  if (trustedProxies <= 0) return peer;
  const hops = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return hops[hops.length - trustedProxies] ?? peer;
}

/**
 * A fixed one-minute window per caller (by default the signed-in caller: issuer, organization and
 * subject, callerId): 429 with Retry-After past the limit.
 */
export function rateLimit(
  perMinute: number,
  callerOf: (c: Context<Env>) => string = (c) => callerId(c.get("principal")),
): MiddlewareHandler<Env> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const now = c.get("deps").clock().getTime();
    const key = callerOf(c);
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
        detail("too-many-requests", { retry }),
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
      throw new ProblemError(415, "unsupported-media-type", detail("unsupported-media-type"));
    }
  }
  await next();
};

/**
 * The 1 MiB body limit (413), reading a write's body straight from Node's request stream when
 * the app runs under @hono/node-server. Hono's bodyLimit reads `c.req.raw.body`, which makes the
 * Node adapter build a whole fetch Request and a web stream for every write (about a tenth of an
 * autosave's CPU); here the bytes are collected from the IncomingMessage and handed to Hono's
 * body cache, so `c.req.json()` and the validators parse them as usual. Decoding is the same as
 * `Request.text()`: UTF-8, a leading BOM dropped, invalid bytes as U+FFFD. Elsewhere (app.request
 * in tests, other runtimes) it falls back to Hono's bodyLimit.
 */
export function limitBody(maxSize: number, fallback: MiddlewareHandler): MiddlewareHandler {
  const tooLarge = () => new ProblemError(413, "payload-too-large", detail("payload-too-large"));
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (!(incoming instanceof Readable) || incoming.readableEnded) return fallback(c, next);
    const declared = c.req.header("content-length");
    if (declared !== undefined && Number(declared) > maxSize) throw tooLarge();
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (e?: Error) => {
        incoming.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
        if (e) reject(e);
        else resolve(Buffer.concat(chunks, size));
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxSize) {
          // the adapter drains (or closes) what is left once the 413 is sent
          incoming.pause();
          done(tooLarge());
        } else chunks.push(chunk);
      };
      const onEnd = () => done();
      const onError = (e: Error) => done(e);
      const onClose = () => done(new Error("The client closed the connection before the body ended."));
      incoming.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
    });
    // Hono keeps promises in its body cache, though its type says values
    (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(utf8.decode(bytes));
    await next();
  };
}
const utf8 = new TextDecoder("utf-8");

/**
 * 400 for a request target whose percent-encoding is malformed (`%ZZ`, a lone `%`, bytes that are
 * not UTF-8): such a target names no resource, and the router would otherwise see it half decoded.
 * Path parameters are then decoded exactly once, by the router; no handler decodes them again.
 */
export const rejectMalformedUri: MiddlewareHandler<Env> = async (c, next) => {
  const url = c.req.url;
  if (url.includes("%")) {
    const start = url.indexOf("/", url.indexOf("//") + 2);
    try {
      decodeURIComponent(start === -1 ? "" : url.slice(start));
    } catch {
      throw new ProblemError(400, "malformed-uri", detail("malformed-uri"));
    }
  }
  await next();
};

/**
 * 422 for a JSON body nested deeper than MAX_JSON_DEPTH, with the JSON Pointer where it gets too
 * deep: checked on the text before anything parses or walks it.
 */
export const limitJsonDepth: MiddlewareHandler<Env> = async (c, next) => {
  if (["POST", "PUT", "PATCH"].includes(c.req.method) && c.req.header("content-type") !== undefined) {
    const path = tooDeepAt(await c.req.text());
    if (path !== null) {
      throw new ProblemError(422, "validation-failed", undefined, [
        { path, code: "too_deep", message: tooDeepMessage[localeOf(c)] },
      ]);
    }
  }
  await next();
};
