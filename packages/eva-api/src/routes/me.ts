import { createRoute, z } from "@hono/zod-openapi";
import { principal, router } from "../context.js";
import { bearer, commonErrors, jsonResponse } from "./schemas.js";

export const meApp = router().openapi(
  createRoute({
    method: "get",
    path: "/v1/me",
    summary: "The caller's organization, roles and name",
    security: bearer,
    responses: {
      200: jsonResponse(
        z.object({ organization: z.string(), roles: z.array(z.string()), name: z.string() }),
        "the caller",
      ),
      401: commonErrors[401],
    },
  }),
  (c) => {
    const p = principal(c);
    return c.json({ organization: p.organization, roles: p.roles, name: p.name }, 200);
  },
);
