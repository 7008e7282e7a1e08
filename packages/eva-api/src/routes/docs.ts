import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { type Env, router } from "../context.js";
import { openApiDocument } from "../openapi/document.js";
import { json, operation, problems, registerComponents, SERVICE } from "../openapi/operation.js";

const require = createRequire(import.meta.url);
const swaggerDir = dirname(require.resolve("swagger-ui-dist/package.json"));
const assets: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui-standalone-preset.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

const swaggerVersion = (require("swagger-ui-dist/package.json") as { version: string }).version;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
type Encoding = "br" | "gzip" | "identity";
/**
 * swagger-ui's files as sent: read once and compressed once (brotli at level 5: 1.7 MB of script
 * becomes 0.4 MB in about 0.3 s; level 11 would take 16 s), kept in memory for the process.
 */
const sent = new Map<string, Promise<Buffer>>();
const body = (file: string, encoding: Encoding): Promise<Buffer> => {
  const key = `${file}:${encoding}`;
  let b = sent.get(key);
  if (!b) {
    const raw = readFile(join(swaggerDir, file));
    b =
      encoding === "br"
        ? raw.then((x) =>
            brotli(x, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: x.length },
            }),
          )
        : encoding === "gzip"
          ? raw.then((x) => gzipped(x, { level: 9 }))
          : raw;
    // a failed read is not remembered: the next request tries again
    b.catch(() => sent.delete(key));
    sent.set(key, b);
  }
  return b;
};
/** The best encoding the client accepts (a q=0 refuses one). */
const encodingFor = (accept: string | undefined, compressible: boolean): Encoding => {
  if (!compressible || !accept) return "identity";
  const offered = new Map(
    accept.split(",").map((part) => {
      const [name = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((x) => x.trim()).find((x) => x.startsWith("q="));
      return [name.trim(), q ? Number(q.slice(2)) : 1] as const;
    }),
  );
  const ok = (name: string) => (offered.get(name) ?? offered.get("*") ?? 0) > 0;
  return ok("br") ? "br" : ok("gzip") ? "gzip" : "identity";
};

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>EVA API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css"><link rel="stylesheet" href="/docs/eva-docs.css"><link rel="icon" href="/docs/favicon-32x32.png"></head>
<body><main id="swagger-ui"></main>
<script src="/docs/swagger-ui-bundle.js"></script><script src="/docs/eva-init.js"></script></body></html>`;
// external script (not inline), so the strict CSP (script-src 'self') still holds
// deepLinking off: its link inside each operation's toggle button is a control nested in a control
// (axe: nested-interactive); the servers select (only this server) has no label, so it is left out
const init = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: false, validatorUrl: null,
  plugins: [function () { return { wrapComponents: { ServersContainer: function () { return function () { return null; }; } } }; }] });`;
// swagger-ui's colours below WCAG AA contrast (white on light method badges, grey on white), darkened
const css = `.swagger-ui .opblock .opblock-summary-method{color:#fff;text-shadow:none}
.swagger-ui .opblock.opblock-get .opblock-summary-method{background:#0b5394}
.swagger-ui .opblock.opblock-post .opblock-summary-method{background:#17693f}
.swagger-ui .opblock.opblock-put .opblock-summary-method{background:#8a4b00}
.swagger-ui .opblock.opblock-patch .opblock-summary-method{background:#0d6e63}
.swagger-ui .opblock.opblock-delete .opblock-summary-method{background:#b3001b}
.swagger-ui .opblock.opblock-head .opblock-summary-method,.swagger-ui .opblock.opblock-options .opblock-summary-method{background:#4a2a8a}
.swagger-ui .info .title small,.swagger-ui .info .title small pre{background:#3d3d3d;color:#fff}
.swagger-ui .info .title small.version-stamp,.swagger-ui .info .title small.version-stamp pre{background:#17693f;color:#fff}
.swagger-ui .info .base-url,.swagger-ui .url{color:#3d3d3d}
.swagger-ui .info a,.swagger-ui a.link,.swagger-ui .info__license__url .link{color:#00347a}
.swagger-ui .btn,.swagger-ui .btn span{color:#1a1a1a}
.swagger-ui .btn.authorize,.swagger-ui .btn.authorize span{color:#17693f;border-color:#17693f}
.swagger-ui .btn.authorize svg{fill:#17693f}
.swagger-ui .json-schema-2020-12-expand-deep-button{color:#3d3d3d}
.swagger-ui .opblock-description-wrapper p,.swagger-ui .opblock-summary-description,.swagger-ui .parameter__in,.swagger-ui .parameter__type,.swagger-ui .prop-format,.swagger-ui .response-col_links{color:#1a1a1a}
`;

const OpenApiDocumentSchema = z
  .looseObject({ openapi: z.literal("3.1.0"), info: z.looseObject({}), paths: z.looseObject({}) })
  .openapi("OpenApiDocument", { description: "an OpenAPI 3.1 document" });

/** /openapi.json (OpenAPI 3.1 generated from the zod schemas) and /docs (swagger-ui-dist, self-hosted). */
export function docsApp(api: OpenAPIHono<Env>) {
  registerComponents(api);
  const app = router().openapi(
    createRoute({
      method: "get",
      path: "/openapi.json",
      ...operation(
        "getOpenApiDocument",
        "Service",
        "This document",
        "The API's OpenAPI 3.1 document, generated from the routes and eva-core's zod schemas; its server is this one.",
        { public: true },
      ),
      responses: { 200: json(OpenApiDocumentSchema, "the OpenAPI document"), ...problems(...SERVICE) },
    }),
    (c) => c.json(openApiDocument(api, c.get("deps").publicUrl ?? new URL(c.req.url).origin) as never, 200),
  );
  app.get("/docs", (c) => c.html(page));
  app.get("/docs/", (c) => c.html(page));
  app.get("/docs/eva-init.js", (c) =>
    c.body(init, 200, { "Content-Type": "text/javascript; charset=utf-8" }),
  );
  app.get("/docs/eva-docs.css", (c) =>
    c.body(css, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=86400" }),
  );
  app.get("/docs/:file", async (c) => {
    const file = c.req.param("file");
    // own keys only: "constructor" or "__proto__" must not find Object.prototype's members
    const type = Object.hasOwn(assets, file) ? assets[file] : undefined;
    if (!type) return c.notFound();
    const encoding = encodingFor(c.req.header("accept-encoding"), !type.startsWith("image/"));
    const etag = `"swagger-ui-${swaggerVersion}-${file}-${encoding}"`;
    const headers: Record<string, string> = {
      "Content-Type": type,
      "Cache-Control": "public, max-age=86400",
      ETag: etag,
      Vary: "Accept-Encoding",
      ...(encoding === "identity" ? {} : { "Content-Encoding": encoding }),
    };
    if (
      c.req
        .header("if-none-match")
        ?.split(",")
        .some((x) => x.trim() === etag)
    )
      return c.body(null, 304, headers);
    return c.body(new Uint8Array(await body(file, encoding)), 200, headers);
  });
  return app;
}
