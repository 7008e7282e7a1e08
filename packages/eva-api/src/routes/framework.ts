import { createRoute } from "@hono/zod-openapi";
import { defaultFramework, ImpactFrameworkSchema } from "eva-core";
import { allow, principal, requireIfMatch, requireRole, router } from "../context.js";
import { JSON_BODY, json, jsonBody, operation, problems, SIGNED_IN } from "../openapi/operation.js";
import { detail, ProblemError } from "../problem.js";
import { withEtag } from "../services/views.js";
import { makeEtag } from "../store/store.js";

// an organization that has not saved its own framework reads EVA's default under this ETag
const DEFAULT_ETAG = '"default"';

export const frameworkApp = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/framework",
      ...operation(
        "getFramework",
        "Framework",
        "The organization's impact framework and default weights",
        'The impact dimensions (vaikutusalueet) the organization assesses; EVA\'s default until the organization saves its own (ETag "default").',
      ),
      responses: { 200: json(ImpactFrameworkSchema, "the framework", "ETag"), ...problems(...SIGNED_IN) },
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
      ...operation(
        "replaceFramework",
        "Framework",
        "Replace the organization's framework (admin)",
        "Saves the organization's own framework; new assessments use it.",
        { headers: ["IfMatch"] },
      ),
      middleware: [allow("admin")] as const,
      request: { body: jsonBody(ImpactFrameworkSchema) },
      responses: {
        200: json(ImpactFrameworkSchema, "saved", "ETag"),
        ...problems(...SIGNED_IN, ...JSON_BODY, 403, 412, 428),
      },
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
