import { createRoute } from "@hono/zod-openapi";
import { defaultFramework, ImpactFrameworkSchema } from "eva-core";
import { allow, principal, requireIfMatch, requireRole, router } from "../context.js";
import { detail, ProblemError } from "../problem.js";
import { withEtag } from "../services/views.js";
import { makeEtag } from "../store/store.js";
import { bearer, commonErrors, jsonBody, jsonResponse, writeErrors } from "./schemas.js";

// an organization that has not saved its own framework reads EVA's default under this ETag
const DEFAULT_ETAG = '"default"';

export const frameworkApp = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/framework",
      summary: "The organization's impact framework and default weights",
      security: bearer,
      responses: { 200: jsonResponse(ImpactFrameworkSchema, "the framework"), ...commonErrors },
    }),
    async (c) => {
      const r = await c.get("deps").store.getFramework(principal(c).organization);
      if (!r) return withEtag(c, { etag: DEFAULT_ETAG }, defaultFramework);
      return withEtag(c, r, r.framework);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/v1/framework",
      summary: "Replace the organization's framework (admin, If-Match)",
      middleware: [allow("admin")] as const,
      security: bearer,
      request: { body: jsonBody(ImpactFrameworkSchema) },
      responses: { 200: jsonResponse(ImpactFrameworkSchema, "saved"), ...writeErrors },
    }),
    async (c) => {
      const p = requireRole(c, "admin");
      const expected = requireIfMatch(c);
      const store = c.get("deps").store;
      const current = await store.getFramework(p.organization);
      const currentEtag = current?.etag ?? DEFAULT_ETAG;
      if (expected !== currentEtag)
        throw new ProblemError(412, "precondition-failed", detail("precondition-failed"));
      const framework = c.req.valid("json");
      const revision = Number(/^"(\d+)-/.exec(current?.etag ?? "")?.[1] ?? 0) + 1;
      const saved = await store.putFramework(
        { organization: p.organization, etag: makeEtag("framework", p.organization, revision), framework },
        current ? current.etag : null,
      );
      return withEtag(c, saved, saved.framework);
    },
  );
