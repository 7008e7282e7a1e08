import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { allow, type Env, now, principal, requireIfMatch, requireRole, router } from "../context.js";
import {
  CONDITIONAL,
  JSON_BODY,
  json,
  jsonBody,
  noContent,
  operation,
  problems,
  SIGNED_IN,
} from "../openapi/operation.js";
import { detail, ProblemError } from "../problem.js";
import { newId } from "../services/ids.js";
import { withEtag } from "../services/views.js";
import { makeEtag } from "../store/store.js";
import { checkWebhookUrl } from "../webhooks/address-guard.js";
import {
  type Delivery,
  newSecret,
  ROTATION_OVERLAP_MS,
  type WebhookEndpoint,
  WebhookEventTypeSchema,
} from "../webhooks/events.js";
import { webhookPolicyOf } from "../webhooks/settings.js";
import { opaqueId } from "./schemas.js";

const WebhookIdParam = z.object({
  id: opaqueId(200).openapi({ description: "the webhook endpoint's id", example: "a1b2c3d4e5f6" }),
});
const DeliveryParams = WebhookIdParam.extend({
  deliveryId: opaqueId(200).openapi({ description: "the delivery's id", example: "dlv_6nC2pZ…" }),
});

export const WebhookCreateSchema = z
  .object({
    url: z
      .string()
      .max(2000)
      .describe(
        "where events are POSTed: https, to a host that resolves to public addresses (or one in EVA_WEBHOOK_ALLOWED_HOSTS)",
      ),
    events: z.array(WebhookEventTypeSchema).min(1).max(5).describe("the events this endpoint gets"),
    description: z.string().max(500).optional().describe("what the endpoint is, for people"),
  })
  .strict()
  .openapi("WebhookCreate");

export const WebhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(WebhookEventTypeSchema),
    description: z.string().optional(),
    createdAt: z.string(),
    etag: z.string().describe("send it in If-Match to rotate the secret or delete the endpoint"),
    previousSecretValidUntil: z
      .string()
      .optional()
      .describe("after a rotation: until then the old secret's signature is sent too"),
  })
  .openapi("Webhook", { description: "A webhook endpoint (its secret is shown only when made)." });

export const WebhookWithSecretSchema = WebhookSchema.extend({
  secret: z
    .string()
    .describe("whsec_…: verify each request's webhook-signature with it (Standard Webhooks); shown only now"),
}).openapi("WebhookWithSecret");

const WebhookListSchema = z.object({ items: z.array(WebhookSchema) }).openapi("WebhookList");

export const WebhookDeliverySchema = z
  .object({
    id: z.string(),
    eventId: z.string().describe("the webhook-id header: the same on every attempt"),
    type: WebhookEventTypeSchema,
    status: z.enum(["pending", "delivered", "failed"]),
    attempts: z.int().min(0),
    createdAt: z.string(),
    expiresAt: z.string().describe("retried with backoff until then (3 days), then failed"),
    nextAttemptAt: z.string().nullable(),
    lastAttemptAt: z.string().optional(),
    responseStatus: z.int().optional().describe("the receiver's HTTP status at the last attempt"),
    responseExcerpt: z.string().optional().describe("the start of the receiver's answer (at most 256 bytes)"),
    error: z.string().optional().describe("why the last attempt got no answer (timeout, refused address, …)"),
  })
  .openapi("WebhookDelivery");

const DeliveryListSchema = z.object({ items: z.array(WebhookDeliverySchema) }).openapi("WebhookDeliveryList");

const view = (e: WebhookEndpoint, at: string) => ({
  id: e.id,
  url: e.url,
  events: e.events,
  ...(e.description !== undefined ? { description: e.description } : {}),
  createdAt: e.createdAt,
  etag: e.etag,
  ...(e.previousSecretUntil && e.previousSecretUntil > at
    ? { previousSecretValidUntil: e.previousSecretUntil }
    : {}),
});

const deliveryView = (d: Delivery) => ({
  id: d.id,
  eventId: d.event.id,
  type: d.event.type,
  status: d.status,
  attempts: d.attempts,
  createdAt: d.createdAt,
  expiresAt: d.expiresAt,
  nextAttemptAt: d.status === "pending" ? d.nextAttemptAt : null,
  ...(d.lastAttemptAt ? { lastAttemptAt: d.lastAttemptAt } : {}),
  ...(d.responseStatus !== undefined ? { responseStatus: d.responseStatus } : {}),
  ...(d.responseExcerpt !== undefined ? { responseExcerpt: d.responseExcerpt } : {}),
  ...(d.error !== undefined ? { error: d.error } : {}),
});

const hooksOf = (c: Context<Env>) => c.get("deps").store.webhooks();

async function loadEndpoint(c: Context<Env>, id: string): Promise<WebhookEndpoint> {
  const found = (await hooksOf(c).listEndpoints(principal(c).organization)).find((e) => e.id === id);
  if (!found) throw new ProblemError(404, "not-found", detail("no-webhook", { id }));
  return found;
}

export const webhooksApp = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/webhooks",
      ...operation(
        "listWebhooks",
        "Webhooks",
        "The organization's webhook endpoints (admin)",
        "Each endpoint's URL, events and ETag; never its secret.",
      ),
      middleware: [allow("admin")] as const,
      responses: { 200: json(WebhookListSchema, "the endpoints"), ...problems(...SIGNED_IN, 403) },
    }),
    async (c) => {
      const p = requireRole(c, "admin");
      const at = now(c);
      const items = (await hooksOf(c).listEndpoints(p.organization)).map((e) => view(e, at));
      return c.json({ items }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/v1/webhooks",
      ...operation(
        "createWebhook",
        "Webhooks",
        "Register a webhook endpoint (admin)",
        "Events are POSTed to the URL signed as Standard Webhooks describes (webhook-id, webhook-timestamp, webhook-signature: v1,<base64 HMAC-SHA256> with the secret). The secret is in this answer only. The URL must be https and resolve to public addresses (422 otherwise), unless its host is in EVA_WEBHOOK_ALLOWED_HOSTS.",
      ),
      middleware: [allow("admin")] as const,
      request: { body: jsonBody(WebhookCreateSchema) },
      responses: {
        201: json(WebhookWithSecretSchema, "registered; keep the secret now", "ETag", "Location"),
        ...problems(...SIGNED_IN, ...JSON_BODY, 403),
      },
    }),
    async (c) => {
      const p = requireRole(c, "admin");
      const body = c.req.valid("json");
      const refused = await checkWebhookUrl(body.url, webhookPolicyOf(c));
      if (refused)
        throw new ProblemError(422, "validation-failed", undefined, [
          { path: "/url", code: refused, key: refused },
        ]);
      const id = newId();
      const endpoint: WebhookEndpoint = {
        organization: p.organization,
        id,
        url: body.url,
        events: [...new Set(body.events)],
        ...(body.description !== undefined ? { description: body.description } : {}),
        secret: newSecret(),
        createdAt: now(c),
        revision: 1,
        etag: makeEtag("webhook", id, 1),
      };
      const saved = await hooksOf(c).putEndpoint(endpoint, null);
      c.header("Location", `/v1/webhooks/${id}`);
      return withEtag(c, saved, { ...view(saved, now(c)), secret: saved.secret }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/v1/webhooks/{id}",
      ...operation(
        "deleteWebhook",
        "Webhooks",
        "Remove a webhook endpoint (admin)",
        "No more events go to it; its pending deliveries end as failed.",
        { headers: ["IfMatch"] },
      ),
      middleware: [allow("admin")] as const,
      request: { params: WebhookIdParam },
      responses: { 204: noContent("removed"), ...problems(...SIGNED_IN, ...CONDITIONAL, 403, 404, 422) },
    }),
    async (c) => {
      const p = requireRole(c, "admin");
      const expected = requireIfMatch(c);
      const e = await loadEndpoint(c, c.req.valid("param").id);
      if (e.etag !== expected)
        throw new ProblemError(412, "precondition-failed", detail("precondition-failed"));
      await hooksOf(c).deleteEndpoint(p.organization, e.id, expected);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/v1/webhooks/{id}/rotate-secret",
      ...operation(
        "rotateWebhookSecret",
        "Webhooks",
        "A new secret for a webhook endpoint (admin)",
        "The new secret is in this answer only. For 24 hours every request carries two signatures (webhook-signature: v1,<new> v1,<old>), so the receiver can switch over without losing an event.",
        { headers: ["IfMatch"] },
      ),
      middleware: [allow("admin")] as const,
      request: { params: WebhookIdParam },
      responses: {
        200: json(WebhookWithSecretSchema, "the new secret; the old one verifies for 24 h more", "ETag"),
        ...problems(...SIGNED_IN, ...CONDITIONAL, 415, 403, 404, 422),
      },
    }),
    async (c) => {
      requireRole(c, "admin");
      const expected = requireIfMatch(c);
      const e = await loadEndpoint(c, c.req.valid("param").id);
      if (e.etag !== expected)
        throw new ProblemError(412, "precondition-failed", detail("precondition-failed"));
      const at = now(c);
      const next: WebhookEndpoint = {
        ...e,
        secret: newSecret(),
        previousSecret: e.secret,
        previousSecretUntil: new Date(Date.parse(at) + ROTATION_OVERLAP_MS).toISOString(),
        revision: e.revision + 1,
        etag: makeEtag("webhook", e.id, e.revision + 1),
      };
      const saved = await hooksOf(c).putEndpoint(next, expected);
      return withEtag(c, saved, { ...view(saved, at), secret: saved.secret });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/webhooks/{id}/deliveries",
      ...operation(
        "listWebhookDeliveries",
        "Webhooks",
        "The endpoint's deliveries, newest first (admin)",
        "Each event sent to the endpoint: pending (with the next attempt's time), delivered, or failed after 3 days of retries; the receiver's last status and the start of its answer.",
      ),
      middleware: [allow("admin")] as const,
      request: {
        params: WebhookIdParam,
        query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }),
      },
      responses: {
        200: json(DeliveryListSchema, "the deliveries"),
        ...problems(...SIGNED_IN, 403, 404, 422),
      },
    }),
    async (c) => {
      const p = requireRole(c, "admin");
      const e = await loadEndpoint(c, c.req.valid("param").id);
      const items = await hooksOf(c).listDeliveries(p.organization, e.id, c.req.valid("query").limit);
      return c.json({ items: items.map(deliveryView) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/v1/webhooks/{id}/deliveries/{deliveryId}/retry",
      ...operation(
        "retryWebhookDelivery",
        "Webhooks",
        "Send a delivery again now (admin)",
        "The delivery is pending again, due now, and retried for 3 more days; the webhook-id stays the same.",
      ),
      middleware: [allow("admin")] as const,
      request: { params: DeliveryParams },
      responses: {
        202: json(WebhookDeliverySchema, "queued: the delivery as it is now"),
        ...problems(...SIGNED_IN, 415, 403, 404, 422),
      },
    }),
    async (c) => {
      const p = requireRole(c, "admin");
      const { id, deliveryId } = c.req.valid("param");
      const e = await loadEndpoint(c, id);
      const d = await hooksOf(c).retry(p.organization, e.id, deliveryId, now(c));
      if (!d) throw new ProblemError(404, "not-found", detail("no-delivery", { id: deliveryId }));
      c.get("deps").webhooks?.notify?.();
      return c.json(deliveryView(d), 202);
    },
  );
