import { createRoute, z } from "@hono/zod-openapi";
import { router } from "../context.js";
import { json, operation, problems, SERVICE } from "../openapi/operation.js";

/** What the sign-in page tells users of the deployment, whichever the sign-in. */
const modes = {
  demo: z
    .boolean()
    .optional()
    .openapi({ description: "demo mode (pnpm start's demo tokens): the page says so" }),
  fourEyes: z
    .boolean()
    .optional()
    .openapi({ description: "whether the approver must be another person than the preparer" }),
};

export const AppConfigSchema = z
  .union([
    z.object({ signIn: z.literal("token"), ...modes }).strict(),
    z
      .object({
        ...modes,
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
    const deps = c.get("deps");
    // said only when it differs from a production deployment's: demo mode, the rule turned off
    return c.json(
      {
        ...(deps.signIn ?? { signIn: "token" as const }),
        ...(deps.demo ? { demo: true } : {}),
        ...(deps.fourEyes === false ? { fourEyes: false } : {}),
      },
      200,
    );
  },
);
