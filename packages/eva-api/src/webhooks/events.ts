import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * The webhook events (API.md "Additions"), their body and the deliveries the store keeps of them.
 * The body is the Standard Webhooks one: `{ type, timestamp, data }`, the event's id goes in the
 * `webhook-id` header (the same on every retry).
 */
export const WEBHOOK_EVENT_TYPES = [
  "assessment.submitted",
  "assessment.approved",
  "assessment.returned",
  "assessment.reopened",
  "follow_up.due",
] as const;
export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventTypeSchema>;

export const WebhookEventDataSchema = z.object({
  organization: z.string(),
  assessmentId: z.string(),
  version: z.int().min(1),
  status: z.enum(["draft", "submitted", "approved"]),
  caseRef: z.object({ system: z.string(), caseId: z.string() }).nullable(),
  /** the attachment record's URL (GET /v1/assessments/{id}/attachment) */
  attachmentUrl: z.string(),
});

export const WebhookEventSchema = z.object({
  /** `msg_…`, sent as webhook-id */
  id: z.string().min(1).max(100),
  type: WebhookEventTypeSchema,
  /** when it happened (ISO 8601) */
  timestamp: z.string(),
  data: WebhookEventDataSchema,
});
export type WebhookEvent = z.infer<typeof WebhookEventSchema>;

export const DeliveryStatusSchema = z.enum(["pending", "delivered", "failed"]);

/** One event for one endpoint, and how its attempts went. */
export const DeliverySchema = z.object({
  id: z.string().min(1),
  organization: z.string().min(1),
  endpointId: z.string().min(1),
  event: WebhookEventSchema,
  status: DeliveryStatusSchema,
  attempts: z.int().min(0),
  createdAt: z.string(),
  /** retried until then (3 days after the event, or after a manual retry) */
  expiresAt: z.string(),
  /** when the next attempt is due (pending only) */
  nextAttemptAt: z.string().nullable(),
  lastAttemptAt: z.string().optional(),
  responseStatus: z.int().optional(),
  /** the start of the receiver's answer, at most EXCERPT_BYTES */
  responseExcerpt: z.string().optional(),
  error: z.string().optional(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

/** A registered endpoint, as the store keeps it (with its secrets: never answered after creation). */
export interface WebhookEndpoint {
  organization: string;
  id: string;
  url: string;
  events: WebhookEventType[];
  description?: string;
  /** `whsec_…` */
  secret: string;
  /** the secret before the last rotation, which keeps verifying until `previousSecretUntil` */
  previousSecret?: string;
  previousSecretUntil?: string;
  createdAt: string;
  revision: number;
  etag: string;
}

/** How long deliveries are retried, and how long a rotated secret keeps verifying. */
export const RETRY_FOR_MS = 3 * 24 * 3600 * 1000;
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;
export const EXCERPT_BYTES = 256;

/** A new secret in the Standard Webhooks format: `whsec_` and 32 random bytes in base64. */
export const newSecret = () => `whsec_${randomBytes(32).toString("base64")}`;
/** A new event id (`msg_…`). */
export const newEventId = () => `msg_${randomBytes(16).toString("base64url")}`;

/** The deliveries of `event` to the endpoints that take it; a delivery's id follows from both, so making them twice makes the same. */
export function deliveriesOf(event: WebhookEvent, endpoints: readonly WebhookEndpoint[]): Delivery[] {
  const expiresAt = new Date(Date.parse(event.timestamp) + RETRY_FOR_MS).toISOString();
  return endpoints
    .filter((e) => e.organization === event.data.organization && e.events.includes(event.type))
    .map((e) => ({
      id: deliveryId(event.id, e.id),
      organization: e.organization,
      endpointId: e.id,
      event,
      status: "pending" as const,
      attempts: 0,
      createdAt: event.timestamp,
      expiresAt,
      nextAttemptAt: event.timestamp,
    }));
}

export const deliveryId = (eventId: string, endpointId: string) =>
  `dlv_${createHash("sha256").update(`${eventId} ${endpointId}`).digest("base64url").slice(0, 22)}`;

/** What is POSTed: the Standard Webhooks body. */
export const payloadOf = (event: WebhookEvent) =>
  JSON.stringify({ type: event.type, timestamp: event.timestamp, data: event.data });
