import { createRoute, z } from "@hono/zod-openapi";
import { StrategySchema } from "eva-core";
import { allow, principal, requireIfMatch, requireRole, router } from "../context.js";
import { detail, ProblemError } from "../problem.js";
import { withEtag } from "../services/views.js";
import { makeEtag, type StrategyRecord } from "../store/store.js";
import { bearer, commonErrors, jsonBody, jsonResponse, opaqueId, writeErrors } from "./schemas.js";

const StrategyParam = z.object({ id: opaqueId(100) });
const VersionParam = z.object({
  id: opaqueId(100),
  n: z.coerce.number().int().min(1).max(10_000),
});
const current = (r: StrategyRecord) => r.versions[r.versions.length - 1];

export const strategiesApp = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/strategies",
      summary: "The organization's strategies (current versions)",
      security: bearer,
      responses: {
        200: jsonResponse(z.object({ items: z.array(StrategySchema) }), "strategies"),
        ...commonErrors,
      },
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
      summary: "Create a strategy (admin); it becomes version 1",
      middleware: [allow("admin")] as const,
      security: bearer,
      request: { body: jsonBody(StrategySchema) },
      responses: { 201: jsonResponse(StrategySchema, "created"), ...writeErrors },
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
      summary: "The current version of a strategy",
      security: bearer,
      request: { params: StrategyParam },
      responses: { 200: jsonResponse(StrategySchema, "the current version"), ...commonErrors },
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
      summary: "Save a new version of a strategy (admin, If-Match); old versions stay readable",
      middleware: [allow("admin")] as const,
      security: bearer,
      request: { params: StrategyParam, body: jsonBody(StrategySchema) },
      responses: { 200: jsonResponse(StrategySchema, "the new version"), ...writeErrors },
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
      summary: "A past version (assessments point at the version they used)",
      security: bearer,
      request: { params: VersionParam },
      responses: { 200: jsonResponse(StrategySchema, "that version"), ...commonErrors },
    }),
    async (c) => {
      const { id, n } = c.req.valid("param");
      const r = await c.get("deps").store.getStrategy(principal(c).organization, id);
      const v = r?.versions.find((x) => x.version === n);
      if (!v) throw new ProblemError(404, "not-found", detail("no-strategy-version"));
      return c.json(v, 200);
    },
  );
