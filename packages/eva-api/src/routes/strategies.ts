import { createRoute, z } from "@hono/zod-openapi";
import { StrategySchema } from "eva-core";
import { allow, principal, requireIfMatch, requireRole, router } from "../context.js";
import {
  CONDITIONAL,
  JSON_BODY,
  json,
  jsonBody,
  operation,
  problems,
  SIGNED_IN,
} from "../openapi/operation.js";
import { detail, ProblemError } from "../problem.js";
import { withEtag } from "../services/views.js";
import { makeEtag, type StrategyRecord } from "../store/store.js";
import { opaqueId, StrategyListSchema } from "./schemas.js";

const strategyId = opaqueId(100).openapi({ description: "the strategy's id", example: "kaarina-strategia" });
const StrategyParam = z.object({ id: strategyId });
const VersionParam = z.object({
  id: strategyId,
  n: z.coerce.number().int().min(1).max(10_000).openapi({ description: "the version number, 1 = first" }),
});
const current = (r: StrategyRecord) => r.versions[r.versions.length - 1];

export const strategiesApp = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/strategies",
      ...operation(
        "listStrategies",
        "Strategies",
        "The organization's strategies",
        "The current version of each of the organization's strategies.",
      ),
      responses: { 200: json(StrategyListSchema, "the strategies"), ...problems(...SIGNED_IN) },
    }),
    async (c) => {
      const list = await c.get("deps").store.listStrategies(principal(c).organization);
      return c.json({ items: list.flatMap((r) => (current(r) ? [current(r)] : [])) } as never, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/v1/strategies",
      ...operation(
        "createStrategy",
        "Strategies",
        "Create a strategy (admin)",
        "The new strategy becomes version 1; its organization is the caller's. 409 when the id is taken (PUT makes a new version).",
      ),
      middleware: [allow("admin")] as const,
      request: { body: jsonBody(StrategySchema) },
      responses: {
        201: json(StrategySchema, "created: version 1", "ETag", "Location"),
        ...problems(...SIGNED_IN, ...JSON_BODY, 403, 409),
      },
    }),
    async (c) => {
      const p = requireRole(c, "admin");
      const body = c.req.valid("json");
      const store = c.get("deps").store;
      if (await store.getStrategy(p.organization, body.id)) {
        throw new ProblemError(409, "conflict", detail("strategy-exists", { id: body.id }));
      }
      const strategy = { ...body, organization: p.organization, version: 1 };
      const saved = await store.putStrategy(
        {
          organization: p.organization,
          id: body.id,
          etag: makeEtag("strategy", body.id, 1),
          versions: [strategy],
        },
        null,
      );
      c.header("Location", `/v1/strategies/${encodeURIComponent(body.id)}`);
      return withEtag(c, saved, current(saved), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/strategies/{id}",
      ...operation(
        "getStrategy",
        "Strategies",
        "The current version of a strategy",
        "Its ETag is what PUT needs in If-Match.",
      ),
      request: { params: StrategyParam },
      responses: {
        200: json(StrategySchema, "the current version", "ETag"),
        ...problems(...SIGNED_IN, 404, 422),
      },
    }),
    async (c) => {
      const r = await c.get("deps").store.getStrategy(principal(c).organization, c.req.valid("param").id);
      if (!r) throw new ProblemError(404, "not-found", detail("no-strategy"));
      return withEtag(c, r, current(r));
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/v1/strategies/{id}",
      ...operation(
        "createStrategyVersion",
        "Strategies",
        "Save a new version of a strategy (admin)",
        "The body becomes the next version; the old versions stay readable, and assessments keep pointing at the version they used.",
        { headers: ["IfMatch"] },
      ),
      middleware: [allow("admin")] as const,
      request: { params: StrategyParam, body: jsonBody(StrategySchema) },
      responses: {
        200: json(StrategySchema, "the new version", "ETag"),
        ...problems(...SIGNED_IN, ...JSON_BODY, ...CONDITIONAL, 403, 404),
      },
    }),
    async (c) => {
      const p = requireRole(c, "admin");
      const expected = requireIfMatch(c);
      const { id } = c.req.valid("param");
      const store = c.get("deps").store;
      const r = await store.getStrategy(p.organization, id);
      if (!r) throw new ProblemError(404, "not-found", detail("no-strategy"));
      if (r.etag !== expected)
        throw new ProblemError(412, "precondition-failed", detail("precondition-failed"));
      const version = (current(r)?.version ?? 0) + 1;
      const strategy = { ...c.req.valid("json"), id, organization: p.organization, version };
      const saved = await store.putStrategy(
        { ...r, etag: makeEtag("strategy", id, version), versions: [...r.versions, strategy] },
        expected,
      );
      return withEtag(c, saved, current(saved));
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/strategies/{id}/versions/{n}",
      ...operation(
        "getStrategyVersion",
        "Strategies",
        "One version of a strategy",
        "A past or the current version: an assessment's strategyRef names the version it was made against.",
      ),
      request: { params: VersionParam },
      responses: { 200: json(StrategySchema, "that version"), ...problems(...SIGNED_IN, 404, 422) },
    }),
    async (c) => {
      const { id, n } = c.req.valid("param");
      const r = await c.get("deps").store.getStrategy(principal(c).organization, id);
      const v = r?.versions.find((x) => x.version === n);
      if (!v) throw new ProblemError(404, "not-found", detail("no-strategy-version"));
      return c.json(v, 200);
    },
  );
