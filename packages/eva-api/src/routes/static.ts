import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { Hono } from "hono";
import type { Env } from "../context.js";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
};

/** The built wizard at / (files from `dir`, index.html for app routes). */
export function staticApp(dir: string) {
  const root = resolve(dir);
  const app = new Hono<Env>();
  app.get("*", async (c, next) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    if (
      path.startsWith("/v1/") ||
      path.startsWith("/public/") ||
      path.startsWith("/docs") ||
      path === "/openapi.json"
    )
      return next();
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return next();
    const target = existsSync(file) && statSync(file).isFile() ? file : join(root, "index.html");
    if (!existsSync(target)) return next();
    const type = types[extname(target)] ?? "application/octet-stream";
    const cache = target.includes(`${root}/assets/`) ? "public, max-age=31536000, immutable" : "no-cache";
    return c.body(readFileSync(target), 200, { "Content-Type": type, "Cache-Control": cache });
  });
  return app;
}
