import { createRoute, z } from "@hono/zod-openapi";
import { router } from "../context.js";
import { json, operation, problems, SERVICE } from "../openapi/operation.js";

const HealthSchema = z
  .object({ status: z.literal("ok") })
  .strict()
  .openapi("Health");
const ReadinessSchema = z
  .object({ status: z.enum(["ready", "not ready"]) })
  .strict()
  .openapi("Readiness");

/** Liveness and readiness, for the load balancer and the orchestrator (no token). */
export const serviceApp = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/healthz",
      ...operation("getHealth", "Service", "Liveness", "200 while the process answers.", { public: true }),
      responses: { 200: json(HealthSchema, "the process is alive"), ...problems(...SERVICE) },
    }),
    (c) => c.json({ status: "ok" as const }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/readyz",
      ...operation(
        "getReadiness",
        "Service",
        "Readiness, the store included",
        "200 when the store answers; 503 while it does not (take the instance out of the load balancer).",
        { public: true },
      ),
      responses: {
        200: json(ReadinessSchema, "ready"),
        503: json(ReadinessSchema, "not ready: the store does not answer"),
        ...problems(...SERVICE),
      },
    }),
    async (c) => {
      const ok = await c
        .get("deps")
        .store.ready()
        .catch(() => false);
      return ok ? c.json({ status: "ready" as const }, 200) : c.json({ status: "not ready" as const }, 503);
    },
  );
