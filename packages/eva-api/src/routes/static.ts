import type { IncomingMessage } from "node:http";
import { resolve } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";
import type { Env } from "../context.js";

/** Vite names the files in assets/ by their content's hash: a new build makes new names. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/** The server's own paths: never a file of the app, nor its index.html. */
const isApiPath = (path: string) =>
  path === "/v1" ||
  path.startsWith("/v1/") ||
  path.startsWith("/public/") ||
  path === "/docs" ||
  path.startsWith("/docs/") ||
  path === "/openapi.json";

/**
 * Whether the request target, as the client sent it, tries to leave the directory: a `.` or `..`
 * segment, or a `/` or `\` inside one, written plainly or percent-encoded. The URL parser has
 * already resolved such segments in the path the router sees (`/%2e%2e/x` is `/x` there), so
 * they are refused outright (404) rather than answered as some other path.
 */
function leavesRoot(target: string): boolean {
  const path = target.split("?")[0] ?? "";
  return path.split("/").some((segment) => {
    let s: string;
    try {
      s = decodeURIComponent(segment);
    } catch {
      return true;
    }
    return s === "." || s === ".." || s.includes("/") || s.includes("\\");
  });
}

/** A page the browser asks for (an app route), not a script, style or image that is missing. */
const isPageRequest = (c: Context) =>
  !c.req.path.startsWith("/assets/") &&
  ((c.req.header("accept") ?? "").includes("text/html") ||
    !(c.req.path.split("/").at(-1) ?? "").includes("."));

/**
 * The built wizard at / (@hono/node-server's serveStatic over `dir`): the brotli or gzip file
 * the build made next to each one (`.br`, `.gz`) when the client accepts it, with `Vary:
 * Accept-Encoding`; the hashed files in assets/ cached for a year, everything else revalidated
 * (`no-cache`); index.html for the app's own routes, never for the API's paths or a missing
 * asset. Nothing outside `dir` is answered.
 */
export function staticApp(dir: string) {
  const root = resolve(dir);
  const onFound = (path: string, c: Context) => {
    c.header("Cache-Control", path.startsWith(`${root}/assets/`) ? IMMUTABLE : "no-cache");
    // on every answer, not only a compressed one: the uncompressed answer varies by it too
    c.header("Vary", "Accept-Encoding");
  };
  const files = serveStatic({ root, precompressed: true, onFound });
  const index = serveStatic({ root, path: "index.html", precompressed: true, onFound });
  return new Hono<Env>().on(["GET", "HEAD"], "*", async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (leavesRoot(incoming?.url ?? new URL(c.req.url).pathname)) return c.notFound();
    return files(c, async () => {
      if (!isPageRequest(c)) return next();
      const page = await index(c, next);
      if (page) c.res = page;
    });
  });
}
