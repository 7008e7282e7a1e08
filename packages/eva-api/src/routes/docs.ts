import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { Hono } from "hono";
import type { Env } from "../context.js";

const require = createRequire(import.meta.url);
const swaggerDir = dirname(require.resolve("swagger-ui-dist/package.json"));
const assets: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui-standalone-preset.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>EVA API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css"><link rel="icon" href="/docs/favicon-32x32.png"></head>
<body><main id="swagger-ui"></main>
<script src="/docs/swagger-ui-bundle.js"></script><script src="/docs/eva-init.js"></script></body></html>`;
// external script (not inline), so the strict CSP (script-src 'self') still holds
const init = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });`;

/** /openapi.json (OpenAPI 3.1 generated from the zod schemas) and /docs (swagger-ui-dist, self-hosted). */
export function docsApp(api: OpenAPIHono<Env>) {
  api.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  const app = new Hono<Env>();
  // made once: generating it costs about 150 ms of CPU, which any anonymous caller could ask for
  let document: ReturnType<typeof api.getOpenAPI31Document> | undefined;
  app.get("/openapi.json", (c) => {
    document ??= api.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "EVA API",
        version: "1.0.0",
        description:
          "Ex-ante impact assessment (vaikutusten ennakkoarviointi) for Finnish municipalities. Errors are application/problem+json (RFC 9457) with errors[] of { path (JSON Pointer), code, message } in the Accept-Language (fi, sv, en).",
      },
    });
    return c.json(document);
  });
  app.get("/docs", (c) => c.html(page));
  app.get("/docs/", (c) => c.html(page));
  app.get("/docs/eva-init.js", (c) =>
    c.body(init, 200, { "Content-Type": "text/javascript; charset=utf-8" }),
  );
  app.get("/docs/:file", (c) => {
    const file = c.req.param("file");
    // own keys only: "constructor" or "__proto__" must not find Object.prototype's members
    const type = Object.hasOwn(assets, file) ? assets[file] : undefined;
    if (!type) return c.notFound();
    return c.body(readFileSync(join(swaggerDir, file)), 200, {
      "Content-Type": type,
      "Cache-Control": "public, max-age=86400",
    });
  });
  return app;
}
