import { createRoute, z } from "@hono/zod-openapi";
import { router } from "../context.js";
import { jsonResponse } from "./schemas.js";

export const AppConfigSchema = z
  .union([
    z.object({ signIn: z.literal("token") }),
    z.object({
      signIn: z.literal("oidc"),
      issuer: z.string().openapi({ description: "the identity provider's issuer (discovery base)" }),
      clientId: z.string().openapi({ description: "the app's public client id (no secret)" }),
      scope: z.string().openapi({ example: "openid profile" }),
      redirectPath: z.string().openapi({ description: "path on this server registered as redirect URI" }),
    }),
  ])
  .openapi("AppConfig");

/** Public (before sign-in): which sign-in the app offers. Holds no secret by construction. */
export const appConfigApp = router().openapi(
  createRoute({
    method: "get",
    path: "/app-config.json",
    summary: "Which sign-in the app offers: a bearer token (embedded default) or OIDC (no sign-in needed)",
    responses: { 200: jsonResponse(AppConfigSchema, "the app's sign-in configuration") },
  }),
  (c) => {
    c.header("Cache-Control", "no-cache");
    return c.json(c.get("deps").signIn ?? { signIn: "token" as const }, 200);
  },
);
