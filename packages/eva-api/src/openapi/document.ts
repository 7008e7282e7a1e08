import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../context.js";
import "./named-schemas.js";
import { tags } from "./operation.js";

const description = `Ex-ante impact assessment (vaikutusten ennakkoarviointi, EVA) for Finnish municipalities: strategies, assessments of decision proposals, their workflow, evaluation and the board summary, keyed on the case's own id in the case-management system.

Conventions:
- JSON under /v1 with Authorization: Bearer <token>; /public, /healthz, /readyz, /app-config.json and this document need none.
- Errors are application/problem+json (RFC 9457): type, title, status, detail, instance, requestId, and for validation errors errors[] of { path (JSON Pointer), code, message }. Every text follows Accept-Language: fi (default), sv or en.
- Every resource that changes has an ETag; PUT, PATCH and the workflow actions need If-Match (428 without it, 412 when it is stale). GET of an assessment and of the summaries answers 304 to If-None-Match.
- Every GET answers HEAD too. OPTIONS answers 204 with Allow (a CORS preflight when CORS is configured); a method a path does not have is 405 with Allow.
- Rate limits: per caller (issuer, organization and subject) under /v1, failed sign-ins per client address, per client address under /public; 429 with Retry-After. The token is checked before the body is read.
- Request bodies over 1 MiB are 413; bodies that are not JSON are 415; JSON nested deeper than 32 levels is 422 (code too_deep); a URL with malformed percent-encoding is 400 malformed-uri.
- A request that needs an evaluation while too many wait for a worker thread is 503 service-busy with Retry-After.`;

const made = new WeakMap<OpenAPIHono<Env>, { serverUrl: string; doc: unknown }>();

/**
 * The OpenAPI 3.1 document of the app's routes (served at /openapi.json): the routes' own
 * declarations (operation.ts), the named schemas (named-schemas.ts), `serverUrl` as the server.
 * An app's routes never change once it serves, so its document is made once per server URL.
 */
export function openApiDocument(app: OpenAPIHono<Env>, serverUrl: string): unknown {
  let cached = made.get(app);
  if (cached?.serverUrl !== serverUrl) {
    cached = {
      serverUrl,
      doc: app.getOpenAPI31Document({
        openapi: "3.1.0",
        info: {
          title: "EVA API",
          version: "1.0.0",
          description,
          license: {
            name: "EUPL-1.2",
            url: "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12",
          },
        },
        servers: [{ url: serverUrl, description: "this EVA server" }],
        security: [{ bearer: [] }],
        tags: Object.entries(tags).map(([name, text]) => ({ name, description: text })),
      }),
    };
    made.set(app, cached);
  }
  return cached.doc;
}
