import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "../context.js";
import { assessmentsApp } from "./assessments.js";
import { casesApp } from "./cases.js";
import { evaluateApp } from "./evaluate.js";
import { frameworkApp } from "./framework.js";
import { meApp } from "./me.js";
import { portfolioApp } from "./portfolio.js";
import { publicApp } from "./public.js";
import { reportsApp } from "./reports.js";
import { strategiesApp } from "./strategies.js";
import { webhooksApp } from "./webhooks.js";
import { workflowApp } from "./workflow.js";

/**
 * Mounts every resource of API.md (`/v1/…`, `/public/…`) on the app, chained so that the result's
 * type carries every route's request and response schema: the typed client (hono/client) is built
 * on `EvaRoutes`.
 */
export function mountRoutes(app: OpenAPIHono<Env>) {
  return app
    .route("/", meApp)
    .route("/", strategiesApp)
    .route("/", frameworkApp)
    .route("/", assessmentsApp)
    .route("/", workflowApp)
    .route("/", casesApp)
    .route("/", evaluateApp)
    .route("/", reportsApp)
    .route("/", portfolioApp)
    .route("/", webhooksApp)
    .route("/", publicApp);
}

export type EvaRoutes = ReturnType<typeof mountRoutes>;
