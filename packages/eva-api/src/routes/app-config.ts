import { createRoute, z } from "@hono/zod-openapi";
import { router } from "../context.js";
import { json, operation, problems, SERVICE } from "../openapi/operation.js";

export const AppConfigSchema = z
  .union([
    z.object({ signIn: z.literal("token") }).strict(),
    z
      .object({
        signIn: z.literal("oidc"),
        issuer: z.string().openapi({ description: "the identity provider's issuer (discovery base)" }),
        clientId: z.string().openapi({ description: "the app's public client id (no secret)" }),
        scope: z.string().openapi({ example: "openid profile" }),
        redirectPath: z.string().openapi({ description: "path on this server registered as redirect URI" }),
      })
      .strict(),
  ])
  .openapi("AppConfig");

/** Public (before sign-in): which sign-in the app offers. Holds no secret by construction. */
export const appConfigApp = router().openapi(
  createRoute({
    method: "get",
    path: "/app-config.json",
    ...operation(
      "getAppConfig",
      "Service",
      "Which sign-in the app offers",
      "A bearer token (the embedded default) or OIDC with the identity provider's issuer and the app's public client id. Needs no sign-in and holds no secret.",
      { public: true },
    ),
    responses: {
      200: json(AppConfigSchema, "the app's sign-in configuration", "Cache-Control"),
      ...problems(...SERVICE),
    },
  }),
  (c) => {
    c.header("Cache-Control", "no-cache");
    return c.json(c.get("deps").signIn ?? { signIn: "token" as const }, 200);
  },
);
