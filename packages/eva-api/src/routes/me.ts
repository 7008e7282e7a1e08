import { createRoute } from "@hono/zod-openapi";
import { principal, router } from "../context.js";
import { json, operation, problems, SIGNED_IN } from "../openapi/operation.js";
import { MeSchema } from "./schemas.js";

export const meApp = router().openapi(
  createRoute({
    method: "get",
    path: "/v1/me",
    ...operation(
      "getMe",
      "Service",
      "The caller's organization, roles and name",
      "Who the bearer token stands for: a case system calls it to check its token and tenant.",
    ),
    responses: { 200: json(MeSchema, "the caller"), ...problems(...SIGNED_IN) },
  }),
  (c) => {
    const p = principal(c);
    return c.json({ organization: p.organization, roles: p.roles, name: p.name }, 200);
  },
);
